package clean

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"unicode/utf8"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// ErrNoText is returned by HTML when a page has no text at all.
var ErrNoText = errors.New("clean: page has no text")

// HTML extracts the article of an HTML page: its main text (paragraphs
// separated by "\n"), title, byline and publication date (from JSON-LD, meta
// tags and <time> elements), with go-trafilatura. pageURL, if not "", is the
// page's address (it helps resolve metadata); it may be empty.
//
// go-trafilatura refuses pages with too little text; those, and pages where
// it finds no main text, fall back to the visible text of the page's
// <article>, <main> or <body>, cleaned by [Text]. The dateline and agency are
// read from the first paragraph of the body. RawChars counts the code points
// of the HTML. The error is ErrNoText when the page holds no text, or a parse
// error prefixed "clean: ".
func HTML(page []byte, pageURL string) (Result, error) {
	res := Result{RawChars: utf8.RuneCount(page)}
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return res, fmt.Errorf("clean: parse html: %w", err)
	}
	opts := trafilatura.Options{
		ExcludeComments: true,
		Deduplicate:     true,
		HtmlDateMode:    trafilatura.Fast,
	}
	if u, err := url.Parse(pageURL); err == nil && pageURL != "" && u.Host != "" {
		opts.OriginalURL = u
	}
	var meta trafilatura.Metadata
	body := ""
	if ex, err := extract(doc, opts); err == nil && ex != nil {
		meta = ex.Metadata
		if ex.ContentNode != nil {
			body = blockText(ex.ContentNode)
		}
		body = dropTitle(body, meta.Title)
	}
	if body == "" || utf8.RuneCountInString(body) < 40 {
		// Too little for trafilatura: read the page as scraped text. The
		// extractor prunes the tree it is given, so parse the page again.
		fresh, err := html.Parse(bytes.NewReader(page))
		if err != nil {
			return res, fmt.Errorf("clean: parse html: %w", err)
		}
		fb := Text(visibleText(fresh))
		if utf8.RuneCountInString(fb.Body) > utf8.RuneCountInString(body) {
			body = fb.Body
			fillFrom(&meta, fb)
		}
	}
	if strings.TrimSpace(body) == "" {
		return res, ErrNoText
	}
	res.Body = body
	res.Title = strings.TrimSpace(meta.Title)
	res.Byline = strings.TrimSpace(meta.Author)
	if t, ok := pageDate(page); ok && (meta.Date.IsZero() || sameDay(t, meta.Date)) {
		// The page's own machine-readable date keeps the time of day that
		// trafilatura's date finder drops.
		meta.Date = t
	}
	if !meta.Date.IsZero() {
		t := meta.Date.UTC()
		res.Published = &t
	}
	if first, _, _ := strings.Cut(body, "\n"); first != "" {
		res.Dateline, res.Agency, _ = parseDateline(first)
	}
	return res, nil
}

// extract runs go-trafilatura, turning its panics (it has had some on odd
// pages) into errors: a page must never stop a run.
func extract(doc *html.Node, opts trafilatura.Options) (res *trafilatura.ExtractResult, err error) {
	defer func() {
		if r := recover(); r != nil {
			res, err = nil, fmt.Errorf("clean: trafilatura: %v", r)
		}
	}()
	return trafilatura.ExtractDocument(doc, opts)
}

// fillFrom completes trafilatura's metadata with what Text found.
func fillFrom(meta *trafilatura.Metadata, r Result) {
	if meta.Title == "" {
		meta.Title = r.Title
	}
	if meta.Author == "" {
		meta.Author = r.Byline
	}
	if meta.Date.IsZero() && r.Published != nil {
		meta.Date = *r.Published
	}
}

// dropTitle removes the headline from the start of an extracted body, where
// extractors keep the page's <h1>.
func dropTitle(body, title string) string {
	title = strings.TrimSpace(title)
	if first, rest, ok := strings.Cut(body, "\n"); ok && title != "" && strings.EqualFold(strings.TrimSpace(first), title) {
		return rest
	}
	return body
}

// blockTags are the elements whose text stands on lines of its own.
var blockTags = map[string]bool{
	"p": true, "div": true, "section": true, "article": true, "main": true, "header": true,
	"footer": true, "aside": true, "nav": true, "li": true, "ul": true, "ol": true, "h1": true,
	"h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "blockquote": true, "pre": true,
	"table": true, "tr": true, "td": true, "th": true, "br": true, "hr": true, "figure": true,
	"figcaption": true, "dd": true, "dt": true, "dl": true, "address": true, "time": false,
	"title": true, "form": true, "body": true,
}

// hiddenTags never hold visible text.
var hiddenTags = map[string]bool{
	"script": true, "style": true, "noscript": true, "template": true, "head": true,
	"svg": true, "iframe": true, "object": true, "button": true, "select": true, "textarea": true,
}

// visibleText is the text a reader sees in the page's <article>, else its
// <main>, else its <body>: one line per block element, the <title> first.
func visibleText(doc *html.Node) string {
	root := find(doc, "article")
	if root == nil || len(strings.TrimSpace(textOf(root))) < 40 {
		root = find(doc, "main")
	}
	if root == nil || len(strings.TrimSpace(textOf(root))) < 40 {
		root = find(doc, "body")
	}
	if root == nil {
		root = doc
	}
	title := ""
	if t := find(doc, "title"); t != nil {
		title = strings.TrimSpace(textOf(t)) + "\n"
	}
	return title + blockText(root)
}

// blockText is the visible text under n, one line per block element, spaces
// collapsed, empty lines dropped.
func blockText(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			return
		case html.ElementNode:
			if hiddenTags[n.Data] {
				return
			}
		}
		block := n.Type == html.ElementNode && blockTags[n.Data]
		if block {
			b.WriteByte('\n')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			b.WriteByte('\n')
		}
	}
	walk(n)
	var out strings.Builder
	for l := range strings.SplitSeq(b.String(), "\n") {
		if l = strings.Join(strings.Fields(l), " "); l != "" {
			if out.Len() > 0 {
				out.WriteByte('\n')
			}
			out.WriteString(l)
		}
	}
	return out.String()
}

// find returns the first element named tag in document order, or nil.
func find(n *html.Node, tag string) *html.Node {
	if n.Type == html.ElementNode && n.Data == tag {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := find(c, tag); f != nil {
			return f
		}
	}
	return nil
}

// textOf is the text of n and its descendants, hidden elements excluded.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		if n.Type == html.ElementNode && hiddenTags[n.Data] {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

package clean

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/newsnlp/newsnlp/internal/readability"
	"golang.org/x/net/html"
)

// ErrNoText is returned by HTML when a page has no text at all.
var ErrNoText = errors.New("clean: page has no text")

// pageMetadata is the metadata read from a page.
type pageMetadata struct {
	title, byline string
	date          time.Time
}

// HTML extracts the article of an HTML page: its main text (paragraphs
// separated by "\n"), title, byline and publication date (from JSON-LD, meta
// tags and <time> elements). pageURL, if not "", is the page's address (it
// resolves relative links and names the site); it may be empty.
//
// The main text is chosen among candidates (see choose): the container
// go-readability (a port of Mozilla's Readability.js) finds, the element
// the page marks as its article body, the element holding the most running
// text, and the JSON-LD articleBody. The title is the page's headline
// without the site's name. When no candidate has text the page falls back
// to the visible text of its <article>, <main> or <body>, cleaned by
// [Text]. The dateline and agency are read from the first paragraph of the
// body. RawChars counts the code points of the HTML. The error is ErrNoText
// when the page holds no text, ErrNoArticle (wrapped, naming the kind of
// page) when it holds no article, or a parse error prefixed "clean: ".
func HTML(page []byte, pageURL string) (Result, error) {
	res := Result{RawChars: runeCount(page)}
	// Scripts and style sheets are half a news page: they are left out of
	// the parse (nothing reads them but JSON-LD, which stays).
	doc, err := html.Parse(bytes.NewReader(stripCode(page)))
	if err != nil {
		return res, fmt.Errorf("clean: parse html: %w", err)
	}
	var u *url.URL
	if pu, err := url.Parse(pageURL); err == nil && pageURL != "" && pu.Host != "" {
		u = pu
	}
	info := readPageInfo(doc)
	visible := visibleText(doc)
	cands := domCandidates(doc, info)
	var m pageMetadata
	scraped := false
	if a, err := extract(doc, u); err == nil {
		m.title, m.byline = pageTitle(info, a.Title(), u), cleanByline(a.Byline())
		if t, err := a.PublishedTime(); err == nil {
			m.date = t
		}
		if a.Node != nil {
			cands = append(cands, newCandidate(fromReadability, contentBlocks(a.Node)))
		}
	}
	body := dropFurniture(dropTitle(choose(cands).text(), m.title), &m)
	var visibleClean *Result
	cleanVisible := func() Result {
		if visibleClean == nil {
			r := Text(visible)
			visibleClean = &r
		}
		return *visibleClean
	}
	if body == "" || utf8.RuneCountInString(body) < 40 {
		// Too little for the extractors: read the page as scraped text.
		fb := cleanVisible()
		if utf8.RuneCountInString(fb.Body) > utf8.RuneCountInString(body) {
			body, scraped = fb.Body, true
			fillFrom(&m, fb)
		}
	}
	if strings.TrimSpace(body) == "" {
		return res, ErrNoText
	}
	if k := classifyPage(info, body); k != articlePage {
		return res, noArticle(k)
	}
	res.Body = body
	res.Title = strings.TrimSpace(m.title)
	res.Byline = strings.TrimSpace(m.byline)
	if t, ok := pageDate(page); ok && (m.date.IsZero() || sameDay(t, m.date)) {
		// The page's machine-readable date as this package reads it (a
		// zone-less time is UTC, a <time> keeps its time of day).
		m.date = t
	}
	if m.date.IsZero() {
		m.date, _ = urlDate(page, pageURL)
	}
	if m.date.IsZero() && !scraped && mayHoldDateLine(visible) {
		// The extractor drops the date line near the headline: read the
		// page's visible text as scraped text for it.
		if fb := cleanVisible(); fb.Published != nil {
			m.date = *fb.Published
		}
	}
	if !m.date.IsZero() {
		t := m.date.UTC()
		res.Published = &t
	}
	if first, _, _ := strings.Cut(body, "\n"); first != "" {
		res.Dateline, res.Agency, _ = parseDateline(first)
	}
	return res, nil
}

// extract runs go-readability (our fork, internal/readability: the same
// output at a lower cost) on doc, which it prunes, turning its panics
// into errors: a page must never stop a run. A Parser holds the state of one
// parse, so each call has its own.
func extract(doc *html.Node, pageURL *url.URL) (a readability.Article, err error) {
	defer func() {
		if r := recover(); r != nil {
			a, err = readability.Article{}, fmt.Errorf("clean: readability: %v", r)
		}
	}()
	p := readability.NewParser()
	p.KeepClasses = true
	p.TextOnly = true // only the container's text is read
	return p.ParseAndMutate(doc, pageURL)
}

// mayHoldDateLine reports whether Text(s) may find a publication date:
// that takes a date line (parseMetaLine: 160 bytes at most) with a year
// in it (parseDate: four digits in a row).
func mayHoldDateLine(s string) bool {
	for l := range strings.SplitSeq(s, "\n") {
		if l = strings.TrimSpace(l); len(l) <= 160 && hasFourDigits(l) {
			return true
		}
	}
	return false
}

// fillFrom completes the extractor's metadata with what Text found.
func fillFrom(m *pageMetadata, r Result) {
	if m.title == "" {
		m.title = r.Title
	}
	if m.byline == "" {
		m.byline = r.Byline
	}
	if m.date.IsZero() && r.Published != nil {
		m.date = *r.Published
	}
}

// maxFurnitureRunes is the length above which classify calls no line
// furniture (chrome, breadcrumb, meta) and isBoilerplateLine no line
// boilerplate.
const maxFurnitureRunes = 400

// dropFurniture removes from an extracted body the lines [Text] would call
// furniture on their own — byline and date lines, "Advertisement", "Read
// more: …", share and copyright lines — which an extractor keeps when they sit
// inside the article's container. A byline or date read from a dropped line
// completes m.
func dropFurniture(body string, m *pageMetadata) string {
	var out strings.Builder
	out.Grow(len(body))
	for l := range strings.SplitSeq(body, "\n") {
		text := strings.TrimSpace(l)
		if text == "" {
			continue
		}
		n := utf8.RuneCountInString(text)
		if n <= maxFurnitureRunes {
			// Only furniture is dropped: classify's other kinds are not
			// needed, nor the line's stats unless a chrome phrase asks.
			k, ml, ok := furniture(text, n, isTerminal(text), func() stats { return lineStats(text) })
			if ok {
				if k == meta {
					if m.byline == "" {
						m.byline = ml.byline
					}
					if m.date.IsZero() && ml.kind >= bareDate {
						m.date = ml.published
					}
				}
				continue
			}
			if isBoilerplateLine(text) {
				continue
			}
		}
		if out.Len() > 0 {
			out.WriteByte('\n')
		}
		out.WriteString(l)
	}
	return out.String()
}

// cleanByline turns the byline an extractor found into names: "By Jane Doe
// March 3, 2024" → "Jane Doe". A byline that is only a date or a date label
// ("Updated: March 3, 2024") is "".
func cleanByline(s string) string {
	s = collapseSpace(s)
	if _, a, _, ok := parseDate(s); ok {
		s = strings.TrimRight(s[:a], " ,|•·-–—")
	}
	if s == "" || datePrefixRE.FindString(s) == s {
		return ""
	}
	if ml := parseMetaLine(s); ml.byline != "" {
		return ml.byline
	}
	if m := bylineRE.FindStringSubmatch(s); m != nil {
		return strings.TrimRight(m[1], " .")
	}
	return s
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

// blockTag reports whether element tag's text stands on lines of its own.
func blockTag(tag string) bool {
	switch tag {
	case "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "li", "ul", "ol",
		"h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr", "td", "th", "br", "hr",
		"figure", "figcaption", "dd", "dt", "dl", "address", "title", "form", "body":
		return true
	}
	return false
}

// hiddenTag reports whether element tag never holds visible text.
func hiddenTag(tag string) bool {
	switch tag {
	case "script", "style", "noscript", "template", "head", "svg", "iframe", "object", "button", "select", "textarea":
		return true
	}
	return false
}

// visibleText is the text a reader sees in the page's <article>, else its
// <main>, else its <body>: one line per block element, the <title> first.
func visibleText(doc *html.Node) string {
	root := find(doc, "article")
	if root == nil || !trimmedTextAtLeast(root, 40) {
		root = find(doc, "main")
	}
	if root == nil || !trimmedTextAtLeast(root, 40) {
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
	c := collapser{lines: true}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			c.write(n.Data)
			return
		case html.ElementNode:
			if hiddenTag(n.Data) {
				return
			}
		}
		block := n.Type == html.ElementNode && blockTag(n.Data)
		if block {
			c.end()
		}
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			walk(ch)
		}
		if block {
			c.end()
		}
	}
	walk(n)
	return c.b.String()
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

// trimmedTextAtLeast reports whether len(strings.TrimSpace(textOf(n))) >=
// min, reading no further than it needs.
func trimmedTextAtLeast(n *html.Node, min int) bool {
	span, end := -1, 0 // bytes from the first non-space; where the last non-space ends
	var walk func(n *html.Node) bool
	walk = func(n *html.Node) bool {
		if n.Type == html.TextNode {
			s := n.Data
			for i := 0; i < len(s); {
				space, size := spaceAt(s, i)
				i += size
				if span >= 0 {
					span += size
				}
				if !space {
					if span < 0 {
						span = size
					}
					if end = span; end >= min {
						return true
					}
				}
			}
			return false
		}
		if n.Type == html.ElementNode && hiddenTag(n.Data) {
			return false
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if walk(c) {
				return true
			}
		}
		return false
	}
	return walk(n) || end >= min
}

// textOf is the text of n and its descendants, hidden elements excluded.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		if n.Type == html.ElementNode && hiddenTag(n.Data) {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

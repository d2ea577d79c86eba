package show_test

import (
	"bytes"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/newsnlp/newsnlp/internal/runtest"
	"github.com/newsnlp/newsnlp/report/show"
	"github.com/newsnlp/newsnlp/runread"
)

func render(t *testing.T, r *runread.Run, o show.Options) *html.Node {
	t.Helper()
	var b bytes.Buffer
	if err := show.Write(&b, r, o); err != nil {
		t.Fatal(err)
	}
	for _, banned := range []string{`href="http`, "<link", "src=", "url(", "@import"} {
		if strings.Contains(b.String(), banned) {
			t.Errorf("page refers outside itself: %q", banned)
		}
	}
	doc, err := html.Parse(&b)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func attrOf(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

func walk(n *html.Node, fn func(*html.Node)) {
	fn(n)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, fn)
	}
}

func hasClass(n *html.Node, class string) bool {
	v, _ := attrOf(n, "class")
	for _, c := range strings.Fields(v) {
		if c == class {
			return true
		}
	}
	return false
}

// TestHighlightsSitOnTheirSpans checks the page as the browser test does,
// on the parsed HTML: each article's text is the article text, every
// highlight's text is its span, every mention and quote is drawn, and
// every fragment link has its target.
func TestHighlightsSitOnTheirSpans(t *testing.T) {
	r, err := runread.Read(runtest.Sample(t, "parquet"))
	if err != nil {
		t.Fatal(err)
	}
	doc := render(t, r, show.Options{})
	ids := map[string]bool{}
	var links []string
	articles := 0
	walk(doc, func(n *html.Node) {
		if n.Type != html.ElementNode {
			return
		}
		if id, ok := attrOf(n, "id"); ok {
			if ids[id] {
				t.Errorf("duplicate id %q", id)
			}
			ids[id] = true
		}
		if href, ok := attrOf(n, "href"); ok && strings.HasPrefix(href, "#") {
			links = append(links, href[1:])
		}
		if !hasClass(n, "article") {
			return
		}
		articles++
		aid, _ := attrOf(n, "data-article-id")
		d := r.Doc(aid)
		if d == nil {
			t.Fatalf("section for unknown article %q", aid)
		}
		text := []rune(d.Text)
		highlights := map[string]int{}
		walk(n, func(c *html.Node) {
			if c.Type != html.ElementNode {
				return
			}
			if hasClass(c, "text") && textOf(c) != d.Text {
				t.Errorf("%s: the text box differs from articles.text", aid)
			}
			sp, ok := attrOf(c, "data-span")
			if !ok {
				return
			}
			s, e, _ := strings.Cut(sp, ",")
			si, _ := strconv.Atoi(s)
			ei, _ := strconv.Atoi(e)
			if got, want := textOf(c), string(text[si:ei]); got != want {
				t.Errorf("%s: highlight %s–%s shows %q, span is %q", aid, s, e, got, want)
			}
			switch {
			case c.Data == "a":
				highlights["m"]++
			case hasClass(c, "q"):
				highlights["q"]++
			}
		})
		if highlights["m"] != len(d.Mentions) || highlights["q"] != len(d.Quotes) {
			t.Errorf("%s: %d mention and %d quote highlights, want %d and %d", aid, highlights["m"], highlights["q"], len(d.Mentions), len(d.Quotes))
		}
	})
	if articles != len(r.Docs) {
		t.Errorf("%d article sections, want %d", articles, len(r.Docs))
	}
	for _, l := range links {
		if !ids[l] {
			t.Errorf("link #%s has no target", l)
		}
	}
}

func TestOneArticle(t *testing.T) {
	r, err := runread.Read(runtest.Sample(t, "jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	want := r.Docs[len(r.Docs)-1]
	doc := render(t, r, show.Options{Articles: []string{want.ArticleID}})
	var sections []string
	walk(doc, func(n *html.Node) {
		if id, ok := attrOf(n, "id"); ok && id == "index" {
			t.Error("single-article page has an index")
		}
		if hasClass(n, "article") {
			id, _ := attrOf(n, "data-article-id")
			sections = append(sections, id)
		}
	})
	if len(sections) != 1 || sections[0] != want.ArticleID {
		t.Errorf("sections %v, want [%s]", sections, want.ArticleID)
	}
	var b bytes.Buffer
	if err := show.Write(&b, r, show.Options{Articles: []string{"no-such-article"}}); err == nil {
		t.Error("unknown article: no error")
	}
}

func TestPaging(t *testing.T) {
	r, err := runread.Read(runtest.Sample(t, "jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	doc := render(t, r, show.Options{PageSize: 2, MaxArticles: 3})
	pages, sections, listed := 0, 0, 0
	walk(doc, func(n *html.Node) {
		switch {
		case hasClass(n, "page"):
			pages++
		case hasClass(n, "article"):
			sections++
		case n.Type == html.ElementNode && hasClass(n, "art") && n.Data == "a":
			listed++
		}
	})
	if pages != 2 || sections != 3 || listed != 3 {
		t.Errorf("pages %d, sections %d, listed %d; want 2, 3, 3", pages, sections, listed)
	}
}

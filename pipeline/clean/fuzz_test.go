package clean

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"unicode/utf8"

	"golang.org/x/net/html"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzText checks that Text never panics, never invents text (the lines of
// Body are lines of the input, in input order) and is idempotent (cleaning
// a cleaned body changes nothing).
func FuzzText(f *testing.F) {
	files, _ := filepath.Glob("testdata/text/*.input.txt")
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
	f.Add("Title\n\nBy Jane Doe\nDate: 2024-01-02\nA sentence that is long enough to be a paragraph of text, for sure.\nRelated\n- a\n- b\n")
	f.Add("\r\n\r\n")
	f.Fuzz(func(t *testing.T, raw string) {
		r := Text(raw)
		if !linesSubsequence(r.Body, raw) {
			t.Fatalf("body is not a subsequence of the input's lines\nbody %q\ninput %q", r.Body, raw)
		}
		if again := Text(r.Body); again.Body != r.Body {
			t.Fatalf("not idempotent\nfirst  %q\nsecond %q", r.Body, again.Body)
		}
	})
}

// linesSubsequence reports whether the non-blank lines of body (trailing
// "\r" aside) appear among the lines of input in the same order.
func linesSubsequence(body, input string) bool {
	if body == "" {
		return true
	}
	in := strings.Split(input, "\n")
	j := 0
	for l := range strings.SplitSeq(body, "\n") {
		l = strings.TrimRight(l, "\r")
		if strings.TrimSpace(l) == "" {
			continue // blank lines separate paragraphs; they carry no text
		}
		for j < len(in) && strings.TrimRight(in[j], "\r") != l {
			j++
		}
		if j == len(in) {
			return false
		}
		j++
	}
	return true
}

// FuzzHTML checks that HTML never panics, is deterministic, and that a body
// it returns is valid UTF-8 made of non-blank lines whose words all occur
// in the page's text (its text nodes, scripts included, entities decoded,
// either apart or run together as inline elements are, as in 0<b>00):
// extraction picks text, it does not write any.
func FuzzHTML(f *testing.F) {
	for _, pattern := range []string{"testdata/html/*.html", "testdata/noarticle/*.html", "testdata/furniture/*.html"} {
		files, _ := filepath.Glob(pattern)
		for _, p := range files {
			if b, err := os.ReadFile(p); err == nil {
				f.Add(b)
			}
		}
	}
	f.Add([]byte("<html><body><p>By Jane Doe</p><p>Advertisement</p></body></html>"))
	f.Add([]byte("<time datetime='2024-13-45'>x</time>"))
	f.Add([]byte(`<script type="application/ld+json">{"@type":"NewsArticle","articleBody":"<p>One.</p>"}</script><p>x</p>`))
	f.Fuzz(func(t *testing.T, page []byte) {
		r, err := HTML(page, "https://example.org/a")
		again, err2 := HTML(page, "https://example.org/a")
		if (err == nil) != (err2 == nil) || !reflect.DeepEqual(r, again) {
			t.Fatalf("not deterministic: %v / %v", err, err2)
		}
		if err != nil {
			return
		}
		if !utf8.ValidString(r.Body) && utf8.Valid(page) {
			t.Fatalf("body is not valid UTF-8: %q", r.Body)
		}
		text, joined := pageText(page)
		for l := range strings.SplitSeq(r.Body, "\n") {
			if strings.TrimSpace(l) == "" {
				t.Fatalf("blank line in body %q", r.Body)
			}
			for _, w := range strings.FieldsFunc(l, notWordRune) {
				if !strings.Contains(text, w) && !strings.Contains(joined, w) {
					t.Fatalf("word %q of the body is not in the page", w)
				}
			}
		}
	})
}

// pageText is the text of every text node of a page, scripts included,
// with entities decoded, and of the JSON strings in its scripts, each node
// apart; joined is the text of the nodes outside scripts and styles run
// together, as the extractor joins the words of inline elements.
func pageText(page []byte) (text, joined string) {
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return "", ""
	}
	var b, j strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteByte(' ')
			if n.Parent == nil || (n.Parent.Data != "script" && n.Parent.Data != "style") {
				j.WriteString(n.Data)
			}
			if n.Parent != nil && n.Parent.Data == "script" {
				var v any
				if json.Unmarshal([]byte(n.Data), &v) == nil {
					fmt.Fprint(&b, v)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return b.String(), j.String()
}

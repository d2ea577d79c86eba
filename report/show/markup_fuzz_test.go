package show

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// FuzzMarkup checks markup's invariants on any text and spans: the text
// comes out unchanged, every drawn element's text is exactly its span, and
// every span is drawn or returned as dropped.
func FuzzMarkup(f *testing.F) {
	f.Add("He said “yes” <today> & more.", []byte{0, 2, 8, 11, 9, 10, 3, 20})
	f.Add("ééé\nabc", []byte{0, 3, 1, 2, 1, 2, 0, 7})
	f.Fuzz(func(t *testing.T, text string, raw []byte) {
		runes := []rune(strings.ToValidUTF8(text, "?"))
		if len(runes) == 0 || len(runes) > 2000 {
			return
		}
		var spans []span
		for i := 0; i+1 < len(raw) && len(spans) < 40; i += 2 {
			s, e := int(raw[i])%(len(runes)+1), int(raw[i+1])%(len(runes)+1)
			if s > e {
				s, e = e, s
			}
			spans = append(spans, span{s: s, e: e, kind: spanKind(i % 3),
				open: fmt.Sprintf(`<span data-span="%d,%d">`, s, e), close: "</span>"})
		}
		var b strings.Builder
		dropped := markup(&b, runes, spans)
		doc, err := html.Parse(strings.NewReader("<div>" + b.String() + "</div>"))
		if err != nil {
			t.Fatal(err)
		}
		var box *html.Node
		var walk func(*html.Node)
		drawn := 0
		walk = func(n *html.Node) {
			if n.Type == html.ElementNode && n.Data == "div" && box == nil {
				box = n
			}
			for _, a := range n.Attr {
				if a.Key != "data-span" {
					continue
				}
				drawn++
				s, e, _ := strings.Cut(a.Val, ",")
				si, _ := strconv.Atoi(s)
				ei, _ := strconv.Atoi(e)
				if got := textContent(n); got != shown(runes[si:ei]) {
					t.Errorf("element %s holds %q, span is %q", a.Val, got, string(runes[si:ei]))
				}
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
		walk(doc)
		if got, want := textContent(box), shown(runes); got != want {
			t.Errorf("text changed: %q, want %q", got, want)
		}
		if drawn+len(dropped) != len(spans) {
			t.Errorf("%d drawn + %d dropped, want %d spans", drawn, len(dropped), len(spans))
		}
	})
}

// shown is text as the page shows it: NUL becomes U+FFFD.
func shown(r []rune) string { return strings.ReplaceAll(string(r), "\x00", "\uFFFD") }

func textContent(n *html.Node) string {
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

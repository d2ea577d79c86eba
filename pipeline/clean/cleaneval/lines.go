package cleaneval

import (
	"strings"

	"golang.org/x/net/html"
)

// hidden elements hold no visible text.
var hidden = map[string]bool{
	"script": true, "style": true, "noscript": true, "template": true, "head": true,
	"svg": true, "iframe": true, "object": true, "select": true, "textarea": true,
}

// inline elements continue the line they are on; every other element
// starts and ends a line.
var inline = map[string]bool{
	"a": true, "abbr": true, "b": true, "bdi": true, "bdo": true, "cite": true, "code": true,
	"data": true, "dfn": true, "em": true, "font": true, "i": true, "kbd": true, "mark": true,
	"q": true, "s": true, "samp": true, "small": true, "span": true, "strong": true, "sub": true,
	"sup": true, "time": true, "u": true, "var": true, "wbr": true, "label": true, "button": true,
	"del": true, "ins": true, "strike": true, "tt": true, "big": true, "nobr": true,
}

// Lines is the visible text under n, one line per block element, spaces
// collapsed, empty lines dropped.
func Lines(n *html.Node) []string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(strings.ReplaceAll(n.Data, "\n", " "))
			return
		case html.ElementNode:
			if hidden[n.Data] {
				return
			}
		}
		block := n.Type == html.ElementNode && !inline[n.Data]
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
	var out []string
	for l := range strings.SplitSeq(b.String(), "\n") {
		if l = strings.Join(strings.Fields(l), " "); l != "" {
			out = append(out, l)
		}
	}
	return out
}

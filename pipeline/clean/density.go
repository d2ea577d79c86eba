package clean

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// bodyHintRE matches the class, id and itemprop values sites give to the
// element holding an article's text.
var bodyHintRE = regexp.MustCompile(`(?i)^(articlebody|article[-_]?body|article__body|article[-_]?content|article[-_]?text|articletext|story[-_]?body|story[-_]?content|story[-_]?text|entry[-_]?content|post[-_]?content|post[-_]?body|post[-_]?entry|blog[-_]?post[-_]?content|content[-_]?body|body[-_]?text|text[-_]?body|main[-_]?text|article__content|c-entry-content|rich-text|field--name-body|node__content)$`)

// bodyHints are the values bodyHintRE matches, lowercased: [-_]? spelled
// out.
var bodyHints = func() map[string]bool {
	m := map[string]bool{}
	for _, h := range []string{"articlebody", "article~body", "article__body", "article~content", "article~text",
		"articletext", "story~body", "story~content", "story~text", "entry~content", "post~content", "post~body",
		"post~entry", "blog~post~content", "content~body", "body~text", "text~body", "main~text", "article__content",
		"c-entry-content", "rich-text", "field--name-body", "node__content"} {
		vs := []string{""}
		for part := range strings.SplitSeq(h, "~") {
			if vs[0] != "" || len(vs) > 1 {
				var next []string
				for _, v := range vs {
					next = append(next, v, v+"-", v+"_")
				}
				vs = next
			}
			for i := range vs {
				vs[i] += part
			}
		}
		for _, v := range vs {
			m[v] = true
		}
	}
	return m
}()

// isBodyHint reports whether bodyHintRE matches class or id token t: by
// looking its lower case up in bodyHints when t is ASCII (the expression's
// case folding reaches beyond ASCII only for K and S, from the Kelvin and
// long-s signs, which are not ASCII).
func isBodyHint(t string) bool {
	var buf [64]byte
	if lower, ok := lowerASCII(buf[:], t); ok {
		return bodyHints[string(lower)]
	}
	return containsAnyFold(t, bodyHintKeys) && bodyHintRE.MatchString(t)
}

// bodyHintKeys are words one of which every match of bodyHintRE holds,
// in any case: a class without any needs no regular expression.
var bodyHintKeys = []string{"body", "content", "text", "entry"}

// hintedContainers are the elements whose class, id or itemprop marks
// them as holding the article's text (outermost ones, in document order:
// some sites cut a story into several), or nil when together they hold
// less than minRunes of text.
func hintedContainers(root *html.Node, minRunes int) []*html.Node {
	var found []*html.Node
	total := 0
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			if hiddenTag(n.Data) {
				return
			}
			if hinted(n) {
				found = append(found, n)
				total += textRunes(n, minRunes)
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	if total < minRunes {
		return nil
	}
	return found
}

func hinted(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "itemprop":
			if a.Val == "articleBody" {
				return true
			}
		case "class", "id":
			if !containsAnyFold(a.Val, bodyHintKeys) {
				continue
			}
			for t := range strings.FieldsSeq(a.Val) {
				if isBodyHint(t) {
					return true
				}
			}
		}
	}
	return false
}

// densityContainer is the element holding the most running text: every
// paragraph (a <p>, <pre> or <blockquote>, or another element with text of
// its own) of at least 40 code points that is less than a third link text
// gives its length to its parent, half of it to its grandparent and a
// third to the element above; the element with the highest total wins.
// Furniture (comments, related boxes, captions…) is skipped unless it
// holds a long paragraph. It returns nil when the page has no paragraph.
func densityContainer(root *html.Node) *html.Node {
	scores := map[*html.Node]int{}
	var order []*html.Node // scored elements, in the order first scored
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type != html.ElementNode && n.Type != html.DocumentNode {
			return
		}
		if n.Type == html.ElementNode && (hiddenTag(n.Data) || isFurniture(n) && !hasParagraph(n)) {
			return
		}
		if runes, links, ok := paragraph(n); ok && runes >= 40 && links*3 < runes {
			p := n.Parent
			for div := 1; p != nil && div <= 3; div, p = div+1, p.Parent {
				if _, ok := scores[p]; !ok {
					order = append(order, p)
				}
				scores[p] += runes / div
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	var best *html.Node
	bestScore := 0
	for _, n := range order {
		if s := scores[n]; s > bestScore {
			best, bestScore = n, s
		}
	}
	return best
}

// paragraph reports whether n is a paragraph — a <p>, <pre> or
// <blockquote>, or an element with text directly inside it — and its length
// and link text length in code points.
func paragraph(n *html.Node) (runes, links int, ok bool) {
	switch n.Data {
	case "p", "pre", "blockquote":
		ok = true
	default:
		own := 0
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.TextNode {
				own += len(strings.TrimSpace(c.Data))
			}
		}
		ok = own >= 40
	}
	if !ok {
		return 0, 0, false
	}
	runes, links = paragraphText(n)
	return runes, links, true
}

// paragraphText measures the text under n and the part of it that is link
// text, in code points.
func paragraphText(n *html.Node) (runes, links int) {
	var walk func(n *html.Node, inLink bool)
	walk = func(n *html.Node, inLink bool) {
		if n.Type == html.TextNode {
			r := utf8.RuneCountInString(n.Data)
			runes += r
			if inLink {
				links += r
			}
			return
		}
		if n.Type == html.ElementNode && hiddenTag(n.Data) {
			return
		}
		inLink = inLink || n.Data == "a"
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inLink)
		}
	}
	walk(n, false)
	return runes, links
}

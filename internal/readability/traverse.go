package readability

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// hasTextContent reports whether a node or any of its descendants have text content other than spaces.
func hasTextContent(node *html.Node) bool {
	if node.Type == html.TextNode {
		return hasContent(node.Data)
	}
	for child := range node.ChildNodes() {
		if hasTextContent(child) {
			return true
		}
	}
	return false
}

// runs summarizes a piece of text for counting its characters the way
// Readability.js does: leading and trailing whitespace ignored, every run
// of whitespace between words counted as one character. Summaries of
// consecutive pieces combine (add), so a text is counted once and its count
// reused by every counter it falls under.
type runs struct {
	// total is the count of the piece alone.
	total int
	// lead: a space comes before the piece's first non-space (or the
	// piece is spaces only and not empty).
	lead bool
	// trail: the piece ends with a space.
	trail bool
	// seen: the piece holds a non-space.
	seen bool
}

// add appends b to a: the count of a's text followed by b's.
func (a runs) add(b runs) runs {
	if !b.seen {
		if b.lead {
			a.trail = true
			if !a.seen {
				a.lead = true
			}
		}
		return a
	}
	if a.seen && (a.trail || b.lead) {
		a.total++
	}
	if !a.seen {
		a.lead = a.lead || b.lead
	}
	a.total += b.total
	a.trail = b.trail
	a.seen = true
	return a
}

// reset forgets the context of what was counted, keeping the total: the
// next word counts as the first.
func (a runs) reset() runs { return runs{total: a.total} }

// asciiSpaceByte marks the ASCII bytes unicode.IsSpace calls spaces.
var asciiSpaceByte = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// textRuns summarizes s and counts its commas (the comma variants of
// Latin, Sindhi, Chinese and other scripts).
func textRuns(s string) (r runs, commas int) {
	last := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf && !asciiSpaceByte[c] {
			// A run of ASCII non-space bytes: one character each.
			j := i
			for ; j < len(s) && s[j] < utf8.RuneSelf && !asciiSpaceByte[s[j]]; j++ {
				if s[j] == ',' {
					commas++
				}
			}
			if last && r.seen {
				r.total++ // the space before the run
			}
			r.total += j - i
			last, r.seen = false, true
			i = j
			continue
		}
		var space bool
		if c < utf8.RuneSelf {
			space = true
			i++
		} else {
			ru, n := utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(ru)
			switch ru {
			case '\u060C', '\uFE50', '\uFE10', '\uFE11', '\u2E41', '\u2E34', '\u2E32', '\uFF0C':
				commas++
			}
			i += n
		}
		if space {
			if !r.seen {
				r.lead = true
			}
			last = true
			continue
		}
		if last && r.seen {
			r.total += 2
		} else {
			r.total++
		}
		last = false
		r.seen = true
	}
	r.trail = last
	return r, commas
}

// textStats are the counts of a subtree that scoring asks for.
type textStats struct {
	// all counts all the text; free the text outside any <a> (the <a>
	// itself excluded).
	all, free runs
	commas    int
	// links is the subtree's link text: each <a>'s own text (outside
	// nested links) times its weight, summed.
	links float64
	// hashLink: the subtree holds an in-page link, weighted 0.3. Such
	// sums depend on the order of addition; they are computed by the
	// original walk.
	hashLink bool
}

// statsIndex caches the text statistics of the nodes scoring asks about,
// in a tree that does not change while it is in use.
type statsIndex map[*html.Node]textStats

// get returns n's statistics and caches them.
func (ix statsIndex) get(n *html.Node) textStats {
	s := ix.compute(n)
	if n.Type != html.TextNode {
		ix[n] = s
	}
	return s
}

// compute returns n's statistics from its children's, reusing those
// cached; it caches nothing: the nodes between the ones asked about are
// met once.
func (ix statsIndex) compute(n *html.Node) textStats {
	if n.Type == html.TextNode {
		r, c := textRuns(n.Data)
		return textStats{all: r, free: r, commas: c}
	}
	if s, ok := ix[n]; ok {
		return s
	}
	var s textStats
	var inner runs
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		cs := ix.compute(c)
		s.all = s.all.add(cs.all)
		inner = inner.add(cs.free)
		s.commas += cs.commas
		s.links += cs.links
		s.hashLink = s.hashLink || cs.hashLink
	}
	s.free = inner
	if n.Type == html.ElementNode && n.Data == "a" {
		s.free = runs{}
		coef := getLinkDensityCoefficient(n)
		if coef != 1 {
			s.hashLink = true
		}
		s.links += float64(inner.total) * coef
	}
	return s
}

// charsAndCommas is countCharsAndCommas(n).
func (ix statsIndex) charsAndCommas(n *html.Node) (int, int) {
	s := ix.get(n)
	return s.all.total, s.commas
}

// linkDensity is ps.getLinkDensity(n).
func (ix statsIndex) linkDensity(ps *Parser, n *html.Node) float64 {
	s := ix.get(n)
	if s.hashLink {
		return ps.getLinkDensity(n)
	}
	if s.all.total == 0 {
		return 0
	}
	return s.links / float64(s.all.total)
}

// countCharsAndCommas returns counts for both characters and commas in a node's
// text. Leading and trailing whitespace is not counted, nor are consecutive
// runs of whitespace.
func countCharsAndCommas(node *html.Node) (int, int) {
	var chars runs
	commas := 0
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			r, c := textRuns(n.Data)
			chars = chars.add(r)
			commas += c
			return
		}
		for child := n.FirstChild; child != nil; child = child.NextSibling {
			walk(child)
		}
	}
	walk(node)
	return chars.total, commas
}

package clean

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"

	"github.com/newsnlp/newsnlp/internal/ascii"
)

// furnitureTag reports whether element tag holds page furniture, never
// article text: figures and their captions, navigation, asides, form
// controls.
func furnitureTag(tag string) bool {
	switch tag {
	case "figure", "figcaption", "nav", "aside", "footer", "button", "input", "select", "textarea", "label",
		"dialog", "menu":
		return true
	}
	return false
}

// furnitureWords are the words that, inside a class or id value, mark page
// furniture: captions and credits, galleries, share and social buttons,
// related and recommended links, newsletter and subscription boxes,
// advertisements, comments, bylines and bios.
var furnitureWords = []string{
	"caption", "credit", "gallery", "slideshow", "carousel", "share", "sharing", "social",
	"related", "recommend", "newsletter", "subscri", "signup", "sign-up", "promo", "advert",
	"sponsor", "comment", "breadcrumb", "sidebar", "widget", "popular", "trending", "mostread",
	"most-read", "cookie", "consent", "modal", "popup", "outbrain", "taboola", "more-stories",
	"readmore", "read-more", "disclaimer", "copyright", "byline", "author",
}

// furnitureNames are whole class or id values that mark page furniture.
var furnitureNames = map[string]bool{
	"ad": true, "ads": true, "ad-slot": true, "tags": true, "meta": true, "nav": true, "menu": true,
	"footer": true, "toolbar": true, "print": true, "hidden": true, "hide": true,
	"visually-hidden": true, "sr-only": true, "bio": true,
}

// furnitureToken reports whether one class name or an id names furniture.
// WordPress's taxonomy classes ("tag-social", "category-share") name the
// article's topics, not furniture.
func furnitureToken(t string) bool {
	var buf [64]byte
	if lower, ok := lowerASCII(buf[:], t); ok {
		// Most tokens: lowered without allocating (the map lookup of a
		// converted slice does not allocate either).
		if ascii.HasPrefixFold(lower, "tag-") || ascii.HasPrefixFold(lower, "category-") {
			return false
		}
		if furnitureNames[string(lower)] {
			return true
		}
		for i := 0; i+1 < len(lower); i++ {
			if k := uint16(lower[i])<<8 | uint16(lower[i+1]); furnitureWordPairs[k/64]&(1<<(k%64)) == 0 {
				continue // no word starts with these two bytes
			}
			for _, w := range furnitureWordsFrom[lower[i]] {
				if ascii.HasPrefixFold(lower[i:], w) {
					return true
				}
			}
		}
		return false
	}
	t = strings.ToLower(t)
	if strings.HasPrefix(t, "tag-") || strings.HasPrefix(t, "category-") {
		return false
	}
	if furnitureNames[t] {
		return true
	}
	for i := 0; i < len(t); i++ {
		for _, w := range furnitureWordsFrom[t[i]] {
			if strings.HasPrefix(t[i:], w) {
				return true
			}
		}
	}
	return false
}

// lowerASCII is strings.ToLower(s) written into buf, when s is ASCII and
// fits; ok is false otherwise.
func lowerASCII(buf []byte, s string) (lower []byte, ok bool) {
	if len(s) > len(buf) {
		return nil, false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return nil, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf[:len(s)], true
}

// furnitureWordPairs marks the first two bytes of the furnitureWords.
var furnitureWordPairs = func() (m [1 << 16 / 64]uint64) {
	for _, w := range furnitureWords {
		k := uint16(w[0])<<8 | uint16(w[1])
		m[k/64] |= 1 << (k % 64)
	}
	return m
}()

// furnitureWordsFrom lists furnitureWords by their first byte.
var furnitureWordsFrom = func() (m [256][]string) {
	for _, w := range furnitureWords {
		m[w[0]] = append(m[w[0]], w)
	}
	return m
}()

// isFurniture reports whether element n holds page furniture.
func isFurniture(n *html.Node) bool {
	if furnitureTag(n.Data) {
		return true
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "class", "id":
			for t := range strings.FieldsSeq(a.Val) {
				if furnitureToken(t) {
					return true
				}
			}
		case "hidden", "aria-hidden":
			if a.Key == "hidden" || a.Val == "true" {
				return true
			}
		case "style":
			if strings.Contains(strings.ReplaceAll(a.Val, " ", ""), "display:none") {
				return true
			}
		}
	}
	return false
}

// block is a line of text from one block element, with the number of its
// code points that are link text.
type block struct {
	text      string
	runes     int
	linkRunes int
}

// linkDensity is the share of a block's text that is link text.
func (b block) linkDensity() float64 {
	if b.runes == 0 {
		return 0
	}
	return float64(b.linkRunes) / float64(b.runes)
}

// blockWalker collects the blocks under a node, skipping furniture.
type blockWalker struct {
	blocks []block
	cur    collapser
	link   int // link code points on the current line
	inLink int // depth of <a> elements
	// furnitureLimit is the size (in code points of text) above which an
	// element marked as furniture is kept all the same: a page that
	// wraps its article in a "related" or "share" class must not lose it.
	furnitureLimit int
}

func (w *blockWalker) flush() {
	t := w.cur.take()
	if t != "" {
		n := utf8.RuneCountInString(t)
		w.blocks = append(w.blocks, block{text: t, runes: n, linkRunes: min(w.link, n)})
	}
	w.link = 0
}

func (w *blockWalker) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.cur.write(n.Data)
		if w.inLink > 0 {
			w.link += collapsedRunes(n.Data)
		}
		return
	case html.ElementNode:
		if hiddenTag(n.Data) {
			return
		}
		if isFurniture(n) && textRunes(n, w.furnitureLimit) < w.furnitureLimit && !hasParagraph(n) {
			return
		}
	}
	block := n.Type == html.ElementNode && blockTag(n.Data)
	if n.Data == "td" || n.Data == "th" {
		// A table row is one line, its cells separated by spaces.
		block = false
		w.cur.write(" ")
	}
	if block {
		w.flush()
	}
	if n.Data == "a" {
		w.inLink++
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
	if n.Data == "a" {
		w.inLink--
	}
	if block {
		w.flush()
	}
}

// paragraphRunes is the length from which a paragraph is article text
// wherever it stands.
const paragraphRunes = 300

// hasParagraph reports whether n holds a paragraph of running text: an
// element marked as furniture that does is a section of the article whose
// id or class happens to look like furniture ("sharing-history").
func hasParagraph(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && utf8.RuneCountInString(c.Data) >= paragraphRunes:
			return true
		case c.Type != html.ElementNode || hiddenTag(c.Data):
		case c.Data == "p" && textRunes(c, paragraphRunes) >= paragraphRunes:
			return true
		case hasParagraph(c):
			return true
		}
	}
	return false
}

// textRunes counts the code points of the text under n, stopping once it
// reaches limit.
func textRunes(n *html.Node, limit int) int {
	total := 0
	var walk func(n *html.Node) bool
	walk = func(n *html.Node) bool {
		if n.Type == html.TextNode {
			total += utf8.RuneCountInString(n.Data)
			return total >= limit
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
	walk(n)
	return total
}

// contentBlocks is the blocks of text under n without furniture: elements
// marked as furniture (unless they hold most of n's text), link lists
// (blocks that are mostly link text).
func contentBlocks(n *html.Node) []block {
	w := blockWalker{furnitureLimit: max(textRunes(n, 1<<30)/2, 200)}
	w.walk(n)
	w.flush()
	out := w.blocks[:0]
	for _, b := range w.blocks {
		if b.linkDensity() <= 0.5 {
			out = append(out, b)
		}
	}
	return out
}

// joinBlocks is the text of bs, one block per line.
func joinBlocks(bs []block) string {
	var b strings.Builder
	for i, bl := range bs {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(bl.text)
	}
	return b.String()
}

package readability

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsnlp/newsnlp/internal/ascii"
	"github.com/newsnlp/newsnlp/internal/readability/re2go"
	"golang.org/x/net/html"
)

// wordSet finds any of its words (lower-case ASCII, two bytes or more) in
// a string, in any ASCII case: what the re2go matchers built from an
// alternation of words with re2c's case-insensitive flag report, without
// copying the string. A position is tried only when its first two bytes,
// lowered, begin a word.
type wordSet struct {
	pairs   [1 << 16 / 64]uint64
	byFirst [256][]string
}

func newWordSet(words ...string) *wordSet {
	var ws wordSet
	for _, w := range words {
		k := uint16(w[0])<<8 | uint16(w[1])
		ws.pairs[k/64] |= 1 << (k % 64)
		ws.byFirst[w[0]] = append(ws.byFirst[w[0]], w)
	}
	return &ws
}

// lowerByte is the ASCII lower case of c.
func lowerByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// in reports whether s holds one of the words.
func (ws *wordSet) in(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		c0 := lowerByte(s[i])
		k := uint16(c0)<<8 | uint16(lowerByte(s[i+1]))
		if ws.pairs[k/64]&(1<<(k%64)) == 0 {
			continue
		}
		for _, w := range ws.byFirst[c0] {
			if ascii.HasPrefixFold(s[i:], w) {
				return true
			}
		}
	}
	return false
}

// The word lists of the re2go matchers (re2go/*.re).
var (
	unlikelyWords = newWordSet("-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment", "community",
		"cover-wrap", "disqus", "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark",
		"replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental",
		"ad-break", "agegate", "pagination", "pager", "popup", "yom-remote")
	maybeCandidateWords = newWordSet("and", "article", "body", "column", "content", "main", "mathjax", "shadow")
	bylineWords         = newWordSet("byline", "author", "dateline", "writtenby", "p-author")
	positiveWords       = newWordSet("article", "body", "content", "entry", "hentry", "h-entry", "main", "page",
		"pagination", "post", "text", "blog", "story")
	negativeWords = newWordSet("-ad-", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr",
		"masthead", "meta", "outbrain", "promo", "related", "share", "shoutbox", "sidebar", "skyscraper",
		"sponsor", "shopping", "tags", "widget")
	// imageExtensions are held by every match of rxImgExtensions,
	// rxLazyImageSrcset and rxLazyImageSrc; having no k or s, they fold to
	// no other character than their ASCII cases, so matching them in any
	// ASCII case finds every match.
	imageExtensions = newWordSet(".jpg", ".jpeg", ".png", ".webp")
	// hiddenClassKeys are held by every match of re2go's
	// (^| )(hid|hidden|d-none)( |$).
	hiddenClassKeys = newWordSet("hid", "d-none")
)

// isNegativeClass is re2go.IsNegativeClass(s).
func isNegativeClass(s string) bool {
	return negativeWords.in(s) || hiddenClassKeys.in(s) && re2go.IsNegativeClass(s)
}

// className is dom.ClassName(n): the class attribute with its spaces
// collapsed, without copying it when they already are.
func className(n *html.Node) string {
	for _, a := range n.Attr {
		if a.Key == "class" {
			return collapseSpaces(a.Val)
		}
	}
	return ""
}

// idOf is dom.ID(n).
func idOf(n *html.Node) string {
	for _, a := range n.Attr {
		if a.Key == "id" {
			return strings.TrimSpace(a.Val)
		}
	}
	return ""
}

// collapseSpaces is strings.Join(strings.Fields(s), " "), and s itself
// when that is s.
func collapseSpaces(s string) string {
	prevSpace := true
	for i := 0; i < len(s); {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return strings.Join(strings.Fields(s), " ")
			}
			prevSpace = false
			i += n
			continue
		}
		if asciiSpace[c] != 0 {
			if c != ' ' || prevSpace {
				return strings.Join(strings.Fields(s), " ")
			}
			prevSpace = true
		} else {
			prevSpace = false
		}
		i++
	}
	if prevSpace && s != "" {
		return strings.Join(strings.Fields(s), " ")
	}
	return s
}

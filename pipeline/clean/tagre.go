package clean

import (
	"bytes"
	"encoding/binary"
	"regexp"

	"github.com/newsnlp/newsnlp/internal/ascii"
)

// tagPattern is a regular expression over the raw bytes of a page whose
// matches lie within one tag: a match starts at a "<", holds no ">" up to
// the opening quote of the attribute value it captures, and no ">" after
// that value's closing quote ("<meta property=… content="…">"). Such a match
// ends before the first ">" that follows the first quote at or after the
// tag's first ">", so it can be looked for in that window from each place
// where it may start instead of across the whole page, which is what makes
// these expressions cheap: a case-insensitive expression without a literal
// prefix otherwise runs its automaton over every byte of the page.
type tagPattern struct {
	// plain is the expression; anchored is the same anchored at the start
	// of its input.
	plain, anchored *regexp.Regexp
	// open is what every match starts with: "<" and four lower-case
	// letters of a tag name ("<meta", "<time", "<link"), or "" when
	// matches start at any tag that holds key before its first ">". key
	// is lower-case ASCII without a letter whose case folds outside ASCII
	// (k, s).
	open, key string
	// needs are lower-case ASCII texts (without k or s) one of which every
	// match holds: a window without any is not matched.
	needs []string
}

// newTagPattern compiles expr, every match of which starts with open
// (matched without regard to case), or, when open is "", holds key
// between its "<" and the tag's first ">", and holds one of needs.
func newTagPattern(open, key string, needs []string, expr string) tagPattern {
	if open != "" && (len(open) != 5 || open[0] != '<') {
		panic("clean: tag pattern opening " + open)
	}
	return tagPattern{
		plain:    regexp.MustCompile(expr),
		anchored: regexp.MustCompile(`^(?:` + expr + `)`),
		open:     open,
		key:      key,
		needs:    needs,
	}
}

// pageTags indexes the tags of a raw page by the start of their names, so
// that each tagPattern tries only the places where it can match.
type pageTags struct {
	page []byte
	// starts maps the first four letters of a tag name, lowercased
	// ("meta", "time", "link"), to the offsets of the tags' "<".
	starts map[[4]byte][]int
	low    []byte // page with ASCII letters lowercased, made when needed
}

func newPageTags(page []byte) *pageTags {
	t := &pageTags{page: page, starts: map[[4]byte][]int{}}
	for i := 0; ; i++ {
		j := bytes.IndexByte(page[i:], '<')
		if j < 0 || i+j+5 > len(page) {
			return t
		}
		i += j
		k := [4]byte{page[i+1] | 0x20, page[i+2] | 0x20, page[i+3] | 0x20, page[i+4] | 0x20}
		if k == [4]byte{'l', 'i', 'n', 0xe2} {
			k[3] = 'k' // the Kelvin sign, which case-folds to k
		}
		switch k {
		case [4]byte{'m', 'e', 't', 'a'}, [4]byte{'t', 'i', 'm', 'e'}, [4]byte{'l', 'i', 'n', 'k'}:
			t.starts[k] = append(t.starts[k], i)
		}
	}
}

// find returns the first submatch of the leftmost match of p in the page,
// as p.plain.FindSubmatch(page)[1] would, or nil.
func (t *pageTags) find(p tagPattern) []byte {
	page := t.page
	if p.open != "" {
		for _, i := range t.starts[[4]byte([]byte(p.open[1:5]))] {
			if m := p.match(page[i:tagWindowEnd(page, i)]); m != nil {
				return m
			}
		}
		return nil
	}
	if t.low == nil {
		t.low = asciiLower(page)
	}
	key := []byte(p.key)
	tried := 0 // every start before tried has been tried
	for i := 0; ; {
		j := bytes.Index(t.low[i:], key)
		if j < 0 {
			return nil
		}
		o := i + j
		// A match holding this occurrence starts at a "<" after the last
		// ">" before it.
		for s := max(tried, bytes.LastIndexByte(page[:o], '>')+1); s < o; s++ {
			k := bytes.IndexByte(page[s:o], '<')
			if k < 0 {
				break
			}
			s += k
			if m := p.match(page[s:tagWindowEnd(page, s)]); m != nil {
				return m
			}
		}
		tried, i = o, o+1
	}
}

// match returns the first submatch of p's match at the start of window,
// or nil.
func (p tagPattern) match(window []byte) []byte {
	if !containsAnyFold(window, p.needs) {
		return nil
	}
	if m := p.anchored.FindSubmatch(window); m != nil {
		return m[1]
	}
	return nil
}

// containsAnyFold reports whether b holds one of subs (lower-case ASCII)
// in any ASCII case, or subs is empty.
func containsAnyFold[S ~string | ~[]byte](b S, subs []string) bool {
	if len(subs) == 0 {
		return true
	}
	for i := 0; i < len(b); i++ {
		c := b[i] | 0x20
		for _, sub := range subs {
			if c == sub[0] && len(b)-i >= len(sub) && ascii.HasPrefixFold(b[i:], sub) {
				return true
			}
		}
	}
	return false
}

// tagWindowEnd is the end of the text a tagPattern match starting at i can
// span: through the first ">" at or after the first quote at or after the
// first ">" after i (the attribute value may run past the tag's first
// ">", and nothing after the value may hold one), or the end of the page.
func tagWindowEnd(page []byte, i int) int {
	gt := bytes.IndexByte(page[i:], '>')
	if gt < 0 {
		return len(page)
	}
	q := bytes.IndexAny(page[i+gt:], `"'`)
	if q < 0 {
		return len(page)
	}
	q += i + gt
	end := bytes.IndexByte(page[q:], '>')
	if end < 0 {
		return len(page)
	}
	return q + end + 1
}

// asciiLower is page with its ASCII letters lowercased: the same length,
// the same offsets. It works on eight bytes at a time: a byte is an
// upper-case letter when it is not above 0x7f and adding 0x80-'A' sets its
// top bit while adding 0x80-'Z'-1 does not.
func asciiLower(page []byte) []byte {
	const ones = 0x0101010101010101
	low := make([]byte, len(page))
	i := 0
	for ; i+8 <= len(page); i += 8 {
		w := binary.LittleEndian.Uint64(page[i:])
		h := w & (0x7f * ones)
		upper := (h + (0x80-'A')*ones) &^ (h + (0x80-'Z'-1)*ones) &^ w & (0x80 * ones)
		binary.LittleEndian.PutUint64(low[i:], w|upper>>2)
	}
	for ; i < len(page); i++ {
		c := page[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		low[i] = c
	}
	return low
}

package clean

import (
	"encoding/binary"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// collapseSpace is s with its runs of white space made one space and its
// leading and trailing space removed: strings.Join(strings.Fields(s), " "),
// without building the fields, and s itself when it is already so.
func collapseSpace(s string) string {
	if collapsed(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	pending := false
	for i := 0; i < len(s); {
		r, w := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(s[i:])
		}
		if unicode.IsSpace(r) {
			pending = b.Len() > 0
		} else {
			if pending {
				b.WriteByte(' ')
				pending = false
			}
			b.WriteString(s[i : i+w])
		}
		i += w
	}
	return b.String()
}

// collapsed reports whether s has no leading or trailing space and no
// white space but single spaces.
func collapsed(s string) bool {
	prevSpace := true // at the start, a space is leading
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch c {
			case ' ':
				if prevSpace {
					return false
				}
				prevSpace = true
			case '\t', '\n', '\v', '\f', '\r':
				return false
			default:
				prevSpace = false
			}
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			return false
		}
		prevSpace = false
		i += w
	}
	return !prevSpace || s == ""
}

// runeCount is utf8.RuneCount(p), counted eight bytes at a time when p is
// valid UTF-8: then its code points are its bytes that are not
// continuation bytes (10xxxxxx).
func runeCount(p []byte) int {
	if !utf8.Valid(p) {
		return utf8.RuneCount(p)
	}
	const high = 0x8080808080808080
	cont := 0
	i := 0
	for ; i+8 <= len(p); i += 8 {
		w := binary.LittleEndian.Uint64(p[i:])
		cont += bits.OnesCount64(w &^ (w << 1) & high)
	}
	for ; i < len(p); i++ {
		if p[i]&0xc0 == 0x80 {
			cont++
		}
	}
	return len(p) - cont
}

// fieldsSeq yields the words of s as strings.Fields cuts them, without
// making a slice of them.
func fieldsSeq(s string) func(yield func(string) bool) {
	return func(yield func(string) bool) {
		start := -1
		for i := 0; i < len(s); {
			space, size := spaceAt(s, i)
			if space {
				if start >= 0 {
					if !yield(s[start:i]) {
						return
					}
					start = -1
				}
			} else if start < 0 {
				start = i
			}
			i += size
		}
		if start >= 0 {
			yield(s[start:])
		}
	}
}

// asciiSpace marks the ASCII bytes unicode.IsSpace calls space.
var asciiSpace = [utf8.RuneSelf]uint8{'\t': 1, '\n': 1, '\v': 1, '\f': 1, '\r': 1, ' ': 1}

// spaceAt reports whether the character at byte i of s is white space, as
// unicode.IsSpace says, and its size in bytes.
func spaceAt(s string, i int) (space bool, size int) {
	if c := s[i]; c < utf8.RuneSelf {
		return asciiSpace[c] != 0, 1
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	return unicode.IsSpace(r), size
}

// collapser writes text with its runs of white space made one space and
// the space at the start and end of each unit dropped, as collapseSpace
// does to the unit's text, without keeping the text uncollapsed first. In
// lines mode the units are lines: "\n" ends one, and the non-empty lines
// are joined by "\n".
type collapser struct {
	b       strings.Builder
	lines   bool
	content bool // the unit has text
	pending bool // a space is owed before the unit's next text
}

// write adds s to the current unit.
func (c *collapser) write(s string) {
	for i := 0; i < len(s); {
		if s[i] == '\n' && c.lines {
			c.content, c.pending = false, false
			i++
			continue
		}
		space, size := spaceAt(s, i)
		if space {
			c.pending = c.content
			i += size
			continue
		}
		// A run of text: up to the next byte that may be space, single
		// spaces between ASCII text included.
		j := i + size
		for j < len(s) {
			if c := s[j]; c < utf8.RuneSelf && asciiSpace[c] == 0 {
				j++
			} else if c == ' ' && j+1 < len(s) && s[j+1] < utf8.RuneSelf && asciiSpace[s[j+1]] == 0 {
				j += 2
			} else {
				break
			}
		}
		if !c.content {
			if c.lines && c.b.Len() > 0 {
				c.b.WriteByte('\n')
			}
			c.content = true
		} else if c.pending {
			c.b.WriteByte(' ')
		}
		c.pending = false
		c.b.WriteString(s[i:j])
		i = j
	}
}

// end ends the current unit.
func (c *collapser) end() { c.content, c.pending = false, false }

// take returns the text written since the last take and starts anew.
func (c *collapser) take() string {
	t := c.b.String()
	c.b.Reset()
	c.end()
	return t
}

// collapsedRunes is utf8.RuneCountInString(collapseSpace(s)).
func collapsedRunes(s string) int {
	n, words, in := 0, 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
			continue
		}
		if !in {
			words++
			in = true
		}
		n++
	}
	if words > 1 {
		n += words - 1
	}
	return n
}

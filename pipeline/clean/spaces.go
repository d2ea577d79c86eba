package clean

import (
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

package quotes

import (
	"unicode/utf8"

	"github.com/newsnlp/newsnlp/internal/ascii"
)

// segment is one quoted segment of a paragraph: the bytes between an opening
// mark and its closing mark (or the end of the paragraph when the quotation
// is not closed there), before and after trimming.
type segment struct {
	open   int // byte offset of the opening mark
	close  int // byte offset of the closing mark, or of the paragraph end
	closed bool
	// start, end: the quoted words, marks, spaces and edge punctuation
	// trimmed off.
	start, end int
	// rawEnd is the end of the content before trimming (== close).
	para int // index of the paragraph
}

// Quotation marks. A segment opened by one mark is closed only by its
// partner; single quotes nested inside a double-quoted segment are content.
const (
	leftDouble  = "\u201c" // “
	rightDouble = "\u201d" // ”
)

// scanSegments finds the quoted segments of text[a:b], a paragraph without
// line breaks. It is linear in the length of the paragraph.
func scanSegments(text string, a, b, para int, out []segment) []segment {
	inside := false
	var closeMark string
	var cur segment
	for i := a; i < b; {
		if c := text[i]; c != '"' && c != '\'' && c != 0xE2 {
			// Not the first byte of a mark ('"', '\'', or the lead byte
			// of “ and ”): continuation bytes never equal these.
			i = nextMarkByte(text, i+1, b)
			continue
		}
		var mark string
		switch {
		case text[i] == '\'' && i+1 < b && text[i+1] == '\'':
			mark = "''"
		case text[i] == '"':
			mark = `"`
		case i+3 <= b && text[i:i+3] == leftDouble:
			mark = leftDouble
		case i+3 <= b && text[i:i+3] == rightDouble:
			mark = rightDouble
		}
		if mark == "" {
			i++
			continue
		}
		if !inside {
			switch mark {
			case leftDouble:
				closeMark = rightDouble
			case `"`, "''":
				closeMark = mark
			default: // a closing curly mark with nothing open
				i += len(mark)
				continue
			}
			inside = true
			cur = segment{open: i, para: para}
			i += len(mark)
			continue
		}
		if mark == closeMark || mismatchedClose(text, a, i, mark, closeMark) {
			if mark == "''" && i+2 < b && text[i+2] == '\'' {
				// ''…'Yeah, go back,''' said X: the nested quote closes
				// first, the two last apostrophes close the quotation.
				i++
			}
			cur.close, cur.closed = i, true
			out = appendSegment(text, out, cur, len(mark))
			inside = false
		}
		i += len(mark)
	}
	if inside {
		cur.close = b
		out = appendSegment(text, out, cur, 0)
	}
	return out
}

// nextMarkByte returns the index of the first byte of text[i:b] that may
// start a mark (a double quote, an apostrophe or 0xE2), or b; eight bytes
// at a time while none of them is one.
func nextMarkByte(text string, i, b int) int {
	const ones, tops = 0x0101010101010101, 0x8080808080808080
	for ; i+8 <= b; i += 8 {
		x := ascii.Load64(text[i:])
		q, a, e := x^(ones*'"'), x^(ones*'\''), x^(ones*0xE2)
		// A byte of q, a or e is zero where x holds a mark byte; the test
		// for a zero byte is exact for the word as a whole.
		if ((q-ones)&^q|(a-ones)&^a|(e-ones)&^e)&tops != 0 {
			break
		}
	}
	for ; i < b; i++ {
		if c := text[i]; c == '"' || c == '\'' || c == 0xE2 {
			return i
		}
	}
	return b
}

func appendSegment(text string, out []segment, s segment, _ int) []segment {
	// The content starts after the opening mark.
	start := s.open + 1
	switch {
	case text[s.open] == '\'':
		start = s.open + 2
	case text[s.open] != '"':
		start = s.open + len(leftDouble)
	}
	s.start, s.end = trim(text, start, s.close)
	if utf8.RuneCountInString(text[s.start:s.end]) < 2 {
		return out
	}
	return append(out, s)
}

// trim removes spaces, quotation marks and edge punctuation from both ends
// of text[s:e], as PolNeAR's scorer does: `“We must act.”` yields
// `We must act`.
func trim(text string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !isJunk(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !isJunk(r) {
			break
		}
		e -= n
	}
	return s, e
}

func isJunk(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\u00a0', '\u201c', '\u201d', '"', '\u2018', '\u2019', '\'',
		',', '.', ';', ':', '\u2014', '\u2013', '-':
		return true
	}
	return false
}

// mismatchedClose reports whether mark, at text[i], closes a quotation
// opened with the other kind of double mark: “…," Smith said / "…,” said
// Gorski. It does when it follows the punctuation that ends quoted words.
func mismatchedClose(text string, a, i int, mark, closeMark string) bool {
	if mark == leftDouble && closeMark == rightDouble {
		// “It's unusual,“ said X: an opening mark after the quoted
		// words' punctuation and before a space closes the quotation.
		j := i + len(leftDouble)
		if i-1 < a || j < len(text) && text[j] != ' ' && text[j] != '\n' {
			return false
		}
		switch text[i-1] {
		case ',', '.', '?', '!':
			return true
		}
		return false
	}
	if (mark != `"` || closeMark != rightDouble) && (mark != rightDouble || closeMark != `"`) {
		return false
	}
	if i-1 < a {
		return false
	}
	switch text[i-1] {
	case ',', '.', '?', '!':
		return true
	}
	return false
}

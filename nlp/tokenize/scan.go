package tokenize

import (
	"strings"
	"unicode/utf8"

	"github.com/newsnlp/newsnlp/internal/ascii"

	"github.com/newsnlp/newsnlp/nlp"
)

// scanner appends the tokens of one text to toks.
type scanner struct {
	t    *Tokenizer
	text string
	toks []nlp.Token
}

func (s *scanner) emit(start, end int) {
	if start < end {
		s.toks = append(s.toks, nlp.Token{Span: nlp.Span{Start: start, End: end}, Text: s.text[start:end]})
	}
}

// run scans the whole text.
func (s *scanner) run() {
	text := s.text
	lineStart := true
	for i := 0; i < len(text); {
		if text[i] == ' ' {
			i++ // most of the spaces between tokens
			continue
		}
		r, c, size := rune(text[i]), asciiClass[text[i]&0x7f], 1 // at, inlined for ASCII
		if text[i] >= utf8.RuneSelf {
			r, c, size = at(text, i)
		}
		switch c {
		case clsSpace, clsInvalid:
			if isNewline(r) {
				lineStart = true
			}
			i += size
		case clsLetter, clsDigit:
			i = s.word(i, lineStart)
			lineStart = false
		default:
			i = s.symbol(i, r, size)
			lineStart = false
		}
	}
}

// word scans a word starting at i: letters and digits joined by connectors
// (hyphens, periods, apostrophes, digit separators), with clitics split off,
// the period of an abbreviation kept, URLs and e-mail addresses whole.
// It returns the position after the last token it emitted.
func (s *scanner) word(i int, lineStart bool) int {
	text := s.text
	if mayStartURL(text[i]) {
		if end := urlEnd(text, i); end > i {
			s.emit(i, end)
			return end
		}
	}
	j := i
	for j < len(text) {
		for j < len(text) && alnumByte[text[j]] {
			j++ // the ASCII letters and digits of the word, in a tight loop
		}
		if j == len(text) {
			break
		}
		r, c, size := rune(text[j]), asciiClass[text[j]&0x7f], 1 // at, inlined for ASCII
		if text[j] >= utf8.RuneSelf {
			r, c, size = at(text, j)
		}
		if isAlnum(c) || c == clsMark {
			j += size
			continue
		}
		if c != clsSymbol {
			break
		}
		next := j + size
		nc := classAt(text, next)
		switch {
		case r == '.' && missingSpace(text, j):
			// "Afghanistan.Trump": two sentences run together.
		case r == '-' || r == '_' || r == '/' || r == '&' || r == '.':
			if isAlnum(nc) {
				j = next
				continue
			}
		case r == ',' || r == ':':
			if isDigitByte(text, j-1) && isDigitByte(text, next) {
				j = next
				continue
			}
		case r == '@':
			if end := emailEnd(text, next); end > next {
				s.emit(i, end)
				return end
			}
		case isApostrophe(r):
			if nc != clsLetter {
				break
			}
			if ce := cliticEnd(text, next); ce > 0 {
				// "don't": the clitic is n't, the word ends before the n.
				if ce == next+1 && lowerASCII(text[next]) == 't' {
					if k := j - 1; k >= i && lowerASCII(text[k]) == 'n' {
						s.emit(i, k)
						s.emit(k, ce)
						return ce
					}
					j = next // "gov't"
					continue
				}
				s.emit(i, j)
				s.emit(j, ce)
				return ce
			}
			j = next // "O'Neill"
			continue
		}
		break
	}
	// A period after the word: part of it for abbreviations.
	if j < len(text) && text[j] == '.' && (j+1 >= len(text) || text[j+1] != '.') {
		if s.keepsPeriod(text[i:j], j, lineStart) {
			j++
		}
	}
	s.emit(i, j)
	return j
}

// keepsPeriod reports whether the period at text[dot] belongs to the word w
// before it.
func (s *scanner) keepsPeriod(w string, dot int, lineStart bool) bool {
	if s.t.abbrevKind(w) != notAbbrev {
		return true
	}
	switch {
	case w == "No" || w == "no" || w == "Nr":
		// "No. 1", not "said no."
		k := dot + 1
		for k < len(s.text) && s.text[k] == ' ' {
			k++
		}
		return k > dot+1 && isDigitByte(s.text, k)
	case lineStart && allDigits(w):
		// list numbering at the start of a line: "1. Michael Johnson"
		return classAt(s.text, dot+1) == clsSpace && !hasNewline(s.text[dot+1:min(dot+2, len(s.text))])
	}
	return false
}

// symbol scans a token starting with a non-alphanumeric rune r of size bytes.
func (s *scanner) symbol(i int, r rune, size int) int {
	text := s.text
	next := i + size
	switch {
	case (r == '.' || r == '+') && isDigitByte(text, next) && (i == 0 || classAt(text, i-1) == clsSpace || text[i-1] == '('):
		// ".496", "+48": the sign or point joins the number after it.
		n := len(s.toks)
		end := s.word(next, false)
		if len(s.toks) > n && s.toks[n].Start == next {
			s.toks[n].Start = i
			s.toks[n].Text = text[i:s.toks[n].End]
		}
		return end
	case isApostrophe(r):
		if ce := cliticEnd(text, next); ce > 0 && (ce != next+1 || lowerASCII(text[next]) != 't') {
			s.emit(i, ce) // "’s" after "U.S." or as a token of its own
			return ce
		}
		if r == '\'' {
			next = sameRun(text, next, '\'') // '' closing quote
		}
	case r == '@' || r == '#':
		j := next
		for j < len(text) {
			_, c, sz := at(text, j)
			if !isAlnum(c) && c != clsMark && text[j] != '_' {
				break
			}
			j += sz
		}
		next = j
	case r == '.' || r == '-' || r == '*' || r == '=' || r == '_' || r == '`' || r == '~' || r == '+' || r == '<' || r == '>':
		next = sameRun(text, next, byte(r))
	case r >= 0x1F1E6 && r <= 0x1F1FF: // regional indicator pair: a flag
		if next < len(text) {
			if nr, _, sz := at(text, next); nr >= 0x1F1E6 && nr <= 0x1F1FF {
				next += sz
			}
		}
	}
	// Combining marks, variation selectors and zero-width joiners stay with
	// the symbol ("❤️", "👩‍💻").
	for next < len(text) {
		_, c, sz := at(text, next)
		if c != clsMark {
			break
		}
		joiner := text[next:next+sz] == "\u200d"
		next += sz
		if joiner && next < len(text) {
			if _, c2, sz2 := at(text, next); c2 == clsSymbol {
				next += sz2
			}
		}
	}
	s.emit(i, next)
	return next
}

// sameRun returns the end of the run of byte b starting at i.
func sameRun(text string, i int, b byte) int {
	for i < len(text) && text[i] == b {
		i++
	}
	return i
}

// cliticEnd returns the end of the clitic s, ll, re, ve, m, d or t whose
// letters start at i (just after an apostrophe), or 0 if the letters there
// are something else.
func cliticEnd(text string, i int) int {
	j := i
	for j < len(text) && j-i < 3 && asciiLetter(text[j]) {
		j++
	}
	if j == i || isAlnum(classAt(text, j)) {
		return 0
	}
	var buf [3]byte
	for k := i; k < j; k++ {
		buf[k-i] = lowerASCII(text[k])
	}
	switch string(buf[:j-i]) {
	case "s", "ll", "re", "ve", "m", "d", "t":
		return j
	}
	return 0
}

// urlEnd returns the end of a URL starting at i ("https://…", "www.…"),
// trailing punctuation excluded, or i if there is none.
func urlEnd(text string, i int) int {
	rest := text[i:]
	if len(rest) == 0 {
		return i
	}
	var k int
	switch rest[0] | 0x20 {
	case 'h':
		switch {
		case ascii.HasPrefixFold(rest, "http://"):
			k = 7
		case ascii.HasPrefixFold(rest, "https://"):
			k = 8
		default:
			return i
		}
	case 'f':
		if !ascii.HasPrefixFold(rest, "ftp://") {
			return i
		}
		k = 6
	case 'w':
		if !ascii.HasPrefixFold(rest, "www.") || len(rest) <= 4 || !isAlnum(classAt(rest, 4)) {
			return i
		}
		k = 4
	default:
		return i
	}
	return urlFrom(text, i, k)
}

// urlFrom returns the end of a URL at i whose prefix ("https://", "www.")
// is k bytes long: its text up to a space, trailing punctuation and
// unbalanced closing brackets excluded, or i if nothing follows the
// prefix.
func urlFrom(text string, i, k int) int {
	j := i + k
	for j < len(text) {
		_, c, sz := at(text, j)
		if c == clsSpace || c == clsInvalid {
			break
		}
		j += sz
	}
	// Trim trailing punctuation and unbalanced closing brackets.
	open, closed := strings.Count(text[i:j], "("), strings.Count(text[i:j], ")")
	for j > i+k {
		b := text[j-1]
		switch {
		case strings.IndexByte(".,;:!?'\"", b) >= 0:
			j--
			continue
		case b == ')' && open < closed:
			j--
			closed--
			continue
		}
		if r, sz := utf8.DecodeLastRuneInString(text[i:j]); r == '”' || r == '’' || r == '»' || r == '“' {
			j -= sz
			continue
		}
		break
	}
	if j <= i+k {
		return i
	}
	return j
}

// emailEnd returns the end of the domain of an e-mail address whose domain
// starts at i (just after the @), or 0 if there is no dotted domain there.
func emailEnd(text string, i int) int {
	j, lastDot := i, 0
	for j < len(text) {
		b := text[j]
		switch {
		case asciiLetter(b) || (b >= '0' && b <= '9') || b == '-':
		case b == '.' && j > i && j+1 < len(text) && (asciiLetter(text[j+1]) || (text[j+1] >= '0' && text[j+1] <= '9')):
			lastDot = j
		default:
			if lastDot == 0 {
				return 0
			}
			return j
		}
		j++
	}
	if lastDot == 0 {
		return 0
	}
	return j
}

// mayStartURL reports whether a word starting with byte b may be a URL
// (see urlEnd): every prefix starts with h, f or w, which no other byte
// folds to, so that most words are ruled out by their first byte.
func mayStartURL(b byte) bool {
	b |= 0x20
	return b == 'h' || b == 'f' || b == 'w'
}

func asciiLetter(b byte) bool { return (b|0x20) >= 'a' && (b|0x20) <= 'z' }

func isDigitByte(text string, i int) bool {
	return i >= 0 && i < len(text) && text[i] >= '0' && text[i] <= '9'
}

func allDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

// missingSpace reports whether the period at text[dot] ends a sentence
// whose space after it was lost: a word of two or more letters ending in a
// lower-case letter before it, a capitalized word after it
// ("in Afghanistan.Trump described"). Initials and abbreviations written
// without spaces ("e.g.The", "U.S.Army") do not qualify.
func missingSpace(text string, dot int) bool {
	if dot < 2 || dot+2 >= len(text) {
		return false
	}
	b1, b2, a1, a2 := text[dot-2], text[dot-1], text[dot+1], text[dot+2]
	return 'a' <= b2 && b2 <= 'z' && ('a' <= b1 && b1 <= 'z' || 'A' <= b1 && b1 <= 'Z') &&
		'A' <= a1 && a1 <= 'Z' && 'a' <= a2 && a2 <= 'z'
}

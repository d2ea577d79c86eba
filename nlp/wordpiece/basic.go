package wordpiece

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// class is what BERT's BasicTokenizer does with a character.
type class uint8

const (
	// classWord characters are part of a word.
	classWord class = iota
	// classSpace characters end a word and are dropped.
	classSpace
	// classAlone characters (punctuation, and CJK ideographs when
	// HandleChineseChars is on) end a word and are a word of their own.
	classAlone
	// classDrop characters are removed by clean_text without ending a word:
	// NUL, U+FFFD (which also stands for invalid UTF-8 bytes) and the
	// control characters, Unicode categories C* except tab, LF and CR.
	classDrop
)

// asciiClasses returns the class of every ASCII byte under BERT's rules,
// with clean_text on or off.
func asciiClasses(clean bool) (t [utf8.RuneSelf]class) {
	for c := range t {
		switch {
		case c == '\t' || c == '\n' || c == '\r' || c == ' ':
			t[c] = classSpace
		case clean && (c < 32 || c == 127):
			t[c] = classDrop
		case c == '\v' || c == '\f':
			t[c] = classSpace // White_Space, when clean_text keeps them
		case 33 <= c && c <= 47, 58 <= c && c <= 64, 91 <= c && c <= 96, 123 <= c && c <= 126:
			t[c] = classAlone
		default:
			t[c] = classWord
		}
	}
	return t
}

// isCJK reports whether r is in one of the CJK ideograph blocks BERT splits
// into single characters (the ranges of BERT's _is_chinese_char).
func isCJK(r rune) bool {
	switch {
	case r < 0x3400:
		return false
	case r <= 0x4DBF, 0x4E00 <= r && r <= 0x9FFF, 0xF900 <= r && r <= 0xFAFF:
		return true
	case r < 0x20000:
		return false
	case r <= 0x2A6DF, 0x2A700 <= r && r <= 0x2B73F, 0x2B740 <= r && r <= 0x2B81F,
		0x2B820 <= r && r <= 0x2CEAF, 0x2F800 <= r && r <= 0x2FA1F:
		return true
	}
	return false
}

// classify returns the class of r (not ASCII) for the encoder's settings.
func (e *Encoder) classify(r rune) class {
	if e.chinese && isCJK(r) {
		return classAlone
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.M, r) {
		return classWord
	}
	if e.clean && (r == utf8.RuneError || unicode.Is(unicode.C, r) || !assigned(r)) {
		return classDrop
	}
	// White_Space minus the controls (already dropped): Zs, U+2028, U+2029,
	// plus U+0085 when clean_text is off.
	if unicode.Is(unicode.White_Space, r) {
		return classSpace
	}
	if unicode.IsPunct(r) {
		return classAlone
	}
	return classWord
}

// assigned reports whether r has a Unicode general category other than Cn
// (unassigned) in Go's Unicode tables; BERT drops unassigned characters with
// the controls, since their category starts with "C".
func assigned(r rune) bool {
	return unicode.In(r, unicode.L, unicode.M, unicode.N, unicode.P, unicode.S, unicode.Z, unicode.C)
}

// span is one word found by the basic tokenizer: Text[start:end] of the
// encoded string, plus whether characters inside it are dropped (so the
// word's bytes differ from its normalised form).
type span struct {
	start, end int
	dirty      bool
}

// normalize appends the normalised form of the word text[w.start:w.end] to
// buf and, for each byte appended, the start and end of the text rune it came
// from, to from and to. Dropped characters produce nothing; when lowercase is
// on, runes are lowercased, decomposed (NFD) and stripped of nonspacing marks
// (Mn), as BERT's uncased basic tokenizer does.
func (e *Encoder) normalize(buf []byte, from, to []int32, text string, w span) ([]byte, []int32, []int32) {
	var one [utf8.UTFMax]byte
	var dec [64]byte
	for i := w.start; i < w.end; {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		start, end := int32(i), int32(i+size)
		i += size
		if r < utf8.RuneSelf {
			if e.ascii[r] == classDrop {
				continue
			}
			if e.lower && 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			buf = append(buf, byte(r))
			from, to = append(from, start), append(to, end)
			continue
		}
		if e.clean && e.classify(r) == classDrop {
			continue
		}
		if !e.lower && !e.strip {
			buf = append(buf, text[start:end]...)
			for range end - start {
				from, to = append(from, start), append(to, end)
			}
			continue
		}
		if e.lower {
			r = lowerRune(r, text, w, int(start), int(end))
		}
		n := utf8.EncodeRune(one[:], r)
		d := one[:n]
		if e.strip {
			d = norm.NFD.Append(dec[:0], d...)
		}
		for len(d) > 0 {
			c, cs := utf8.DecodeRune(d)
			part := d[:cs]
			d = d[cs:]
			if e.strip && unicode.Is(unicode.Mn, c) {
				continue
			}
			buf = append(buf, part...)
			for range cs {
				from, to = append(from, start), append(to, end)
			}
		}
	}
	return buf, from, to
}

// lowerRune lowercases r, the rune at text[start:end] inside word w, with
// the final-sigma rule of Python's str.lower: a capital sigma preceded by a
// letter and not followed by one becomes ς.
func lowerRune(r rune, text string, w span, start, end int) rune {
	if r != 'Σ' {
		return unicode.ToLower(r)
	}
	before, _ := utf8.DecodeLastRuneInString(text[w.start:start])
	after, _ := utf8.DecodeRuneInString(text[end:w.end])
	if start > w.start && unicode.IsLetter(before) && (end == w.end || !unicode.IsLetter(after)) {
		return 'ς'
	}
	return 'σ'
}

package pos

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// wordForms holds a word with its lower case and shape, made once so that
// the keys of its three window slots hash them without decoding or folding
// the word again: the tagger scores every word outside the lexicon this
// way (see Tagger.code). keys gives exactly the keys of slotKeys with no
// clusters, in the same order. The word must be valid UTF-8 (set refuses
// others), where runes read forwards and backwards are the same.
type wordForms struct {
	w     string
	ascii bool
	lower []byte // w in lower case, as hashLower folds it
	shape []byte // the characters hashShape hashes
	// For a non-ASCII word, where its runes start in w and in lower.
	runeAt, lowerAt []int
}

// set makes f the forms of w and reports whether w is valid UTF-8 (f is
// unusable otherwise).
func (f *wordForms) set(w string) bool {
	f.w, f.ascii, f.lower, f.shape = w, true, f.lower[:0], f.shape[:0]
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return f.setUTF8(w)
		}
		f.addASCII(c)
	}
	return true
}

// setUTF8 is set for a word that is not ASCII.
func (f *wordForms) setUTF8(w string) bool {
	if !utf8.ValidString(w) {
		return false
	}
	f.ascii, f.lower, f.shape = false, f.lower[:0], f.shape[:0]
	f.runeAt, f.lowerAt = f.runeAt[:0], f.lowerAt[:0]
	for i, r := range w {
		f.runeAt, f.lowerAt = append(f.runeAt, i), append(f.lowerAt, len(f.lower))
		if r < utf8.RuneSelf {
			f.addASCII(byte(r))
			continue
		}
		f.lower = utf8.AppendRune(f.lower, unicode.ToLower(r))
		switch {
		case unicode.IsUpper(r):
			f.addShape('X')
		case unicode.IsLetter(r):
			f.addShape('x')
		case unicode.IsDigit(r):
			f.addShape('d')
		default:
			f.addShape('?')
		}
	}
	return true
}

// addASCII appends ASCII character c to the lower case and the shape.
func (f *wordForms) addASCII(c byte) {
	l, s := c, c
	switch {
	case 'a' <= c && c <= 'z':
		s = 'x'
	case 'A' <= c && c <= 'Z':
		l, s = c+'a'-'A', 'X'
	case '0' <= c && c <= '9':
		s = 'd'
	}
	f.lower = append(f.lower, l)
	f.addShape(s)
}

// addShape appends shape character s unless it repeats the last one.
func (f *wordForms) addShape(s byte) {
	if n := len(f.shape); n == 0 || f.shape[n-1] != s {
		f.shape = append(f.shape, s)
	}
}

// lowerSuffix is the lower case of the last n runes of the word.
func (f *wordForms) lowerSuffix(n int) []byte {
	if f.ascii {
		return f.lower[max(0, len(f.lower)-n):]
	}
	if n >= len(f.lowerAt) {
		return f.lower
	}
	return f.lower[f.lowerAt[len(f.lowerAt)-n]:]
}

// prefix is the first n runes of the word.
func (f *wordForms) prefix(n int) string {
	if f.ascii {
		return f.w[:min(n, len(f.w))]
	}
	if n >= len(f.runeAt) {
		return f.w
	}
	return f.w[:f.runeAt[n]]
}

// lowerFrom is the lower case of w[i:], i a rune start.
func (f *wordForms) lowerFrom(i int) []byte {
	if f.ascii {
		return f.lower[i:]
	}
	k := 0
	for f.runeAt[k] < i {
		k++
	}
	return f.lower[f.lowerAt[k]:]
}

// keys appends slotKeys(f.w, sl, clusters{}).
func (f *wordForms) keys(dst []uint64, sl slot) []uint64 {
	w, lw := f.w, f.lower
	switch sl {
	case slotCur:
		dst = append(dst,
			keyString(tWord, w),
			keyBytes(tLower, lw),
			keyString(tBias, ""),
			keyBytes(tSuf1, f.lowerSuffix(1)),
			keyBytes(tSuf2, f.lowerSuffix(2)),
			keyBytes(tSuf3, f.lowerSuffix(3)),
			keyBytes(tSuf4, f.lowerSuffix(4)),
			keyString(tPre1, f.prefix(1)),
			keyString(tPre2, f.prefix(2)),
			keyBytes(tShape, f.shape),
			keyString(tPre3, f.prefix(3)),
		)
		if i := strings.LastIndexByte(w, '-'); i > 0 && i < len(w)-1 {
			dst = append(dst, keyBytes(tHyphenTail, f.lowerFrom(i+1)))
		}
	case slotP1:
		dst = append(dst, keyBytes(tP1Lower, lw), keyBytes(tP1Suf3, f.lowerSuffix(3)), keyBytes(tP1Shape, f.shape))
	case slotN1:
		dst = append(dst, keyBytes(tN1Lower, lw), keyBytes(tN1Suf3, f.lowerSuffix(3)), keyBytes(tN1Shape, f.shape))
	}
	return dst
}

// t1Partial is t1LowerPartial(f.w).
func (f *wordForms) t1Partial() uint64 { return hashBytes(begin(tT1Lower), f.lower) }

// keyBytes is the key of template tmpl with value b.
func keyBytes(tmpl uint8, b []byte) uint64 { return finish(hashBytes(begin(tmpl), b), 0) }

func hashBytes(h uint64, b []byte) uint64 {
	for _, c := range b {
		h = (h ^ uint64(c)) * fnvPrime
	}
	return h
}

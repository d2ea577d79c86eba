package pos

import (
	"strings"
	"unicode/utf8"
)

// asciiForms holds an ASCII word with its lower case and shape, made
// once so that the keys of its three window slots hash them without
// decoding or folding the word again: the tagger scores every word outside
// the lexicon this way (see Tagger.code). keys gives exactly the keys of
// slotKeys with no clusters, in the same order.
type asciiForms struct {
	w     string
	lower []byte // w in lower case, as hashLower folds it
	shape []byte // the characters hashShape hashes
}

// set makes f the forms of w and reports whether w is ASCII (f is
// unusable otherwise).
func (f *asciiForms) set(w string) bool {
	f.w, f.lower, f.shape = w, f.lower[:0], f.shape[:0]
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return false
		}
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
		if n := len(f.shape); n == 0 || f.shape[n-1] != s {
			f.shape = append(f.shape, s)
		}
	}
	return true
}

// keys appends slotKeys(f.w, sl, clusters{}).
func (f *asciiForms) keys(dst []uint64, sl slot) []uint64 {
	w, lw := f.w, f.lower
	switch sl {
	case slotCur:
		dst = append(dst,
			keyString(tWord, w),
			keyBytes(tLower, lw),
			keyString(tBias, ""),
			keyBytes(tSuf1, suffix(lw, 1)),
			keyBytes(tSuf2, suffix(lw, 2)),
			keyBytes(tSuf3, suffix(lw, 3)),
			keyBytes(tSuf4, suffix(lw, 4)),
			keyString(tPre1, prefix(w, 1)),
			keyString(tPre2, prefix(w, 2)),
			keyBytes(tShape, f.shape),
			keyString(tPre3, prefix(w, 3)),
		)
		if i := strings.LastIndexByte(w, '-'); i > 0 && i < len(w)-1 {
			dst = append(dst, keyBytes(tHyphenTail, lw[i+1:]))
		}
	case slotP1:
		dst = append(dst, keyBytes(tP1Lower, lw), keyBytes(tP1Suf3, suffix(lw, 3)), keyBytes(tP1Shape, f.shape))
	case slotN1:
		dst = append(dst, keyBytes(tN1Lower, lw), keyBytes(tN1Suf3, suffix(lw, 3)), keyBytes(tN1Shape, f.shape))
	}
	return dst
}

// t1Partial is t1LowerPartial(f.w).
func (f *asciiForms) t1Partial() uint64 { return hashBytes(begin(tT1Lower), f.lower) }

// keyBytes is the key of template tmpl with value b.
func keyBytes(tmpl uint8, b []byte) uint64 { return finish(hashBytes(begin(tmpl), b), 0) }

func hashBytes(h uint64, b []byte) uint64 {
	for _, c := range b {
		h = (h ^ uint64(c)) * fnvPrime
	}
	return h
}

// suffix returns the last n bytes of b (all of b if it is shorter).
func suffix(b []byte, n int) []byte { return b[max(0, len(b)-n):] }

// prefix returns the first n bytes of s (all of s if it is shorter).
func prefix(s string, n int) string { return s[:min(n, len(s))] }

package ner

import (
	"unicode"
	"unicode/utf8"
)

const (
	fnvOffset uint64 = 14695981039346656037
	fnvPrime  uint64 = 1099511628211
)

// hstr folds the bytes of s into h (FNV-1a).
func hstr(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// hbyte folds one byte into h.
func hbyte(h uint64, b byte) uint64 {
	h ^= uint64(b)
	return h * fnvPrime
}

// hlower folds the lower-cased s into h, without allocating. With digits
// set, every ASCII digit is folded as '0'.
func hlower(h uint64, s string, digits bool) uint64 {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			case digits && '0' <= c && c <= '9':
				c = '0'
			}
			h ^= uint64(c)
			h *= fnvPrime
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if a := asciiFold(r); a != 0 {
			h ^= uint64(a)
			h *= fnvPrime
			continue
		}
		var buf [utf8.UTFMax]byte
		m := utf8.EncodeRune(buf[:], unicode.ToLower(r))
		for _, b := range buf[:m] {
			h ^= uint64(b)
			h *= fnvPrime
		}
	}
	return h
}

// mix combines a template id and up to two values into a feature key.
func mix(tpl, a, b uint64) uint64 {
	h := tpl*0x9e3779b97f4a7c15 ^ a
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 31
	h ^= b
	h *= 0x94d049bb133111eb
	h ^= h >> 29
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 32
	return h
}

// asciiFold maps typographic quotes and dashes to the ASCII characters
// CoNLL text uses, and 0 for any other rune.
func asciiFold(r rune) byte {
	switch r {
	case '\u2018', '\u2019', '\u201a', '\u2032':
		return '\''
	case '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb':
		return '"'
	case '\u2013', '\u2014', '\u2212':
		return '-'
	}
	return 0
}

// latinBase maps U+00C0..U+017F to the ASCII letter they accent ('.' for
// none: Æ, ß, Œ, ×, ...).
const latinBase = "aaaaaa.ceeeeiiiidnooooo.ouuuuy..aaaaaa.ceeeeiiiidnooooo.ouuuuy.y" +
	"aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii..jjkkkllllllllllnnnnnnnnnoooooo..rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs"

// hfold is hlower with accented Latin letters folded to their ASCII base
// letter, so that gazetteer names match as news writes them in capitals
// or without accents ("SAO PAULO", "Sao Paulo" for "São Paulo").
func hfold(h uint64, s string) uint64 {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			h = (h ^ uint64(c)) * fnvPrime
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r >= 0xc0 && r <= 0x17f && latinBase[r-0xc0] != '.' {
			h = (h ^ uint64(latinBase[r-0xc0])) * fnvPrime
			i += n
			continue
		}
		h = hlower(h, s[i:i+n], false)
		i += n
	}
	return h
}

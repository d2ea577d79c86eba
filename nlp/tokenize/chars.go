package tokenize

import (
	"unicode"
	"unicode/utf8"
)

// class is the coarse category of a rune as the scanner sees it.
type class uint8

const (
	clsSpace   class = iota // separates tokens, never inside one
	clsLetter               // letters of any script
	clsDigit                // decimal digits and other numbers
	clsMark                 // combining marks and joiners: glued to the previous rune
	clsSymbol               // punctuation, symbols, emoji
	clsInvalid              // a byte that is not valid UTF-8: separates tokens
)

// asciiClass classifies the 128 ASCII bytes.
var asciiClass = func() (t [utf8.RuneSelf]class) {
	for c := range t {
		switch {
		case c == ' ' || (c >= '\t' && c <= '\r') || c < ' ' || c == 0x7f:
			t[c] = clsSpace
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
			t[c] = clsLetter
		case c >= '0' && c <= '9':
			t[c] = clsDigit
		default:
			t[c] = clsSymbol
		}
	}
	return t
}()

// alnumByte reports the bytes that are ASCII letters or digits (isAlnum
// of their asciiClass).
var alnumByte = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = isAlnum(asciiClass[c])
	}
	return t
}()

// runeClass classifies a non-ASCII rune.
func runeClass(r rune) class {
	switch {
	case unicode.IsLetter(r):
		return clsLetter
	case unicode.IsNumber(r):
		return clsDigit
	case unicode.IsSpace(r), r == 0x200B, r == 0x2060, r == 0xFEFF, r == 0x180E:
		return clsSpace
	case unicode.Is(unicode.M, r), r == 0x200C, r == 0x200D, r == 0x00AD,
		r >= 0xFE00 && r <= 0xFE0F, r >= 0x1F3FB && r <= 0x1F3FF, r >= 0xE0020 && r <= 0xE007F:
		return clsMark
	case r == utf8.RuneError:
		return clsSymbol
	case unicode.IsControl(r):
		return clsSpace
	}
	return clsSymbol
}

// bmpClass is runeClass of the runes U+0080–U+2FFF, made once (about 3M
// instructions): the scripts of Europe, the Middle East, South and
// South-East Asia, and general punctuation (curly quotes, dashes, spaces),
// where runeClass costs a search of the Unicode tables per rune.
var bmpClass = func() []class {
	t := make([]class, bmpClassEnd-utf8.RuneSelf)
	for i := range t {
		t[i] = runeClass(utf8.RuneSelf + rune(i))
	}
	return t
}()

const bmpClassEnd = 0x3000

// classOf is runeClass of a non-ASCII rune, from bmpClass where it holds
// it.
func classOf(r rune) class {
	if r < bmpClassEnd {
		return bmpClass[r-utf8.RuneSelf]
	}
	return runeClass(r)
}

// at decodes the rune at text[i] and returns it with its class and size.
// An invalid byte is reported as clsInvalid with size 1.
func at(text string, i int) (rune, class, int) {
	c := text[i]
	if c < utf8.RuneSelf {
		return rune(c), asciiClass[c], 1
	}
	r, size := utf8.DecodeRuneInString(text[i:])
	if r == utf8.RuneError && size <= 1 {
		return r, clsInvalid, 1
	}
	return r, classOf(r), size
}

// classAt is the class of the rune at text[i], clsSpace past the end.
func classAt(text string, i int) class {
	if i >= len(text) {
		return clsSpace
	}
	_, c, _ := at(text, i)
	return c
}

// isAlnum reports whether c is a letter or a digit.
func isAlnum(c class) bool { return c == clsLetter || c == clsDigit }

// isApostrophe reports whether r can be an apostrophe.
func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

// isNewline reports whether r ends a line.
func isNewline(r rune) bool {
	return r == '\n' || r == '\r' || r == '\v' || r == '\f' || r == 0x85 || r == 0x2028 || r == 0x2029
}

// hasNewline reports whether s (a gap between tokens) contains a line break.
func hasNewline(s string) bool {
	for _, r := range s {
		if isNewline(r) {
			return true
		}
	}
	return false
}

// lowerASCII returns b lowercased if it is an ASCII capital.
func lowerASCII(b byte) byte {
	if b >= 'A' && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}

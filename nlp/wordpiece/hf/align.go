package hf

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/newsnlp/newsnlp/nlp/wordpiece"
)

// alignment maps each byte of a normalized text to the input character it
// came from: from[i], to[i] is that character's byte range in the input.
type alignment struct {
	from, to []int32
}

// align builds the alignment of normalized, the normalization of text as a
// whole, from the normalization of each character of text alone. It
// reports false when those do not concatenate to normalized, give or take
// characters added before or after (Prepend) or dropped at the ends
// (Strip).
func (t *Tokenizer) align(text, normalized string) (alignment, bool) {
	var buf strings.Builder
	var a alignment
	for i := 0; i < len(text); {
		nr, size, err := t.normalizeChar(text, i)
		if err != nil {
			return alignment{}, false
		}
		buf.WriteString(nr)
		for range len(nr) {
			a.from = append(a.from, int32(i))
			a.to = append(a.to, int32(i+size))
		}
		i += size
	}
	chars := buf.String()
	switch {
	case chars == normalized:
		return a, true
	case len(chars) > 0 && len(normalized) > 0:
		if b, ok := t.alignVariants(text, normalized); ok {
			return b, true
		}
	}
	switch {
	case chars == normalized:
		return a, true
	case len(normalized) == 0:
		return alignment{}, true
	case len(chars) == 0:
		return alignment{}, false
	case len(chars) < len(normalized):
		// Characters added at the ends belong to the first or last
		// character of the text.
		k := strings.Index(normalized, chars)
		if k < 0 {
			return alignment{}, false
		}
		var b alignment
		for range k {
			b.from, b.to = append(b.from, a.from[0]), append(b.to, a.to[0])
		}
		b.from, b.to = append(b.from, a.from...), append(b.to, a.to...)
		for len(b.from) < len(normalized) {
			b.from, b.to = append(b.from, a.from[len(a.from)-1]), append(b.to, a.to[len(a.to)-1])
		}
		return b, true
	default:
		// Characters dropped at the ends.
		k := strings.Index(chars, normalized)
		if k < 0 {
			return alignment{}, false
		}
		return alignment{from: a.from[k : k+len(normalized)], to: a.to[k : k+len(normalized)]}, true
	}
}

// normalizeChar returns the normalization of the character at byte i of
// text alone, and its size in bytes.
func (t *Tokenizer) normalizeChar(text string, i int) (string, int, error) {
	r, size := utf8.DecodeRuneInString(text[i:])
	if r < utf8.RuneSelf {
		return t.ascii[r], size, nil
	}
	nr, err := t.normalize(text[i : i+size])
	return nr, size, err
}

// alignVariants aligns normalized to text character by character,
// accepting for each character its normalization alone or that in NFD or
// NFC: sugarme's NFKC decomposes some letters of a whole text ("ń") and not
// the same letter alone.
func (t *Tokenizer) alignVariants(text, normalized string) (alignment, bool) {
	var a alignment
	p := 0
	for i := 0; i < len(text); {
		nr, size, err := t.normalizeChar(text, i)
		if err != nil {
			return alignment{}, false
		}
		matched := false
		for _, v := range []string{nr, norm.NFD.String(nr), norm.NFC.String(nr)} {
			if strings.HasPrefix(normalized[p:], v) {
				for range len(v) {
					a.from = append(a.from, int32(i))
					a.to = append(a.to, int32(i+size))
				}
				p += len(v)
				matched = true
				break
			}
		}
		if !matched {
			return alignment{}, false
		}
		i += size
	}
	return a, p == len(normalized)
}

// identity is the alignment of a text to itself.
func identity(text string) alignment {
	a := alignment{from: make([]int32, len(text)), to: make([]int32, len(text))}
	for i := 0; i < len(text); {
		_, size := utf8.DecodeRuneInString(text[i:])
		for k := i; k < i+size; k++ {
			a.from[k], a.to[k] = int32(i), int32(i+size)
		}
		i += size
	}
	return a
}

// appendPieces appends pieces of the given ids and offsets, bytes of the
// normalized text, with their offsets mapped to the input text.
func (a alignment) appendPieces(dst []wordpiece.Piece, ids []int, offsets [][]int) []wordpiece.Piece {
	n := len(a.from)
	var prev int32
	for i, id := range ids {
		s, e := offsets[i][0], offsets[i][1]
		s = min(max(s, 0), n)
		e = min(max(e, s), n)
		var start, end int32
		switch {
		case n == 0:
		case s == e && s == n:
			start, end = a.to[n-1], a.to[n-1]
		case s == e:
			start, end = a.from[s], a.from[s]
		default:
			start, end = a.from[s], a.to[e-1]
		}
		start = max(start, prev)
		end = max(end, start)
		prev = start
		dst = append(dst, wordpiece.Piece{ID: int32(id), Start: start, End: end})
	}
	return dst
}

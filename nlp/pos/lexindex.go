package pos

import "github.com/newsnlp/newsnlp/internal/ascii"

// lexSlot is a slot of the lexicon index: a lexicon entry with the first
// bytes of its word and the word's length, so that a lookup reads one slot
// to accept a word of up to lexInline bytes or to reject another word.
// The model's own table (Tagger.lex) holds entries only, and accepting a
// word there reads the word's offsets and its bytes: three places in
// memory a lookup waits for, where the index has one.
type lexSlot struct {
	w0 uint64 // bytes 0–7 of the word, zero after its end
	w1 uint32 // bytes 8–10, and the word's length (at most 255) in the top byte
	e1 int32  // lexicon entry + 1, or 0 for an empty slot
}

// lexInline is the number of a word's bytes a lexSlot holds.
const lexInline = 11

// lexSeed seeds the index's hash (any constant: the index is built at
// load time, in every process the same).
const lexSeed = 0x2d358dccaa6c78a5

// lexKey returns the slot words of w: its first lexInline bytes, zero
// padded, and its length.
func lexKey(w string) (w0 uint64, w1 uint32) {
	n := len(w)
	switch {
	case n >= lexInline:
		w0, w1 = ascii.Load64(w), ascii.Load32(w[7:])>>8
	case n >= 8:
		w0 = ascii.Load64(w)
		for i := n - 1; i >= 8; i-- {
			w1 = w1<<8 | uint32(w[i])
		}
	case n >= 4:
		w0 = uint64(ascii.Load32(w)) | uint64(ascii.Load32(w[n-4:])>>(8*(8-n)))<<32
	default:
		for i := n - 1; i >= 0; i-- {
			w0 = w0<<8 | uint64(w[i])
		}
	}
	return w0, w1 | uint32(min(n, 255))<<24
}

// buildIndex makes t.index from the lexicon, with at most two slots in
// three full.
func (t *Tagger) buildIndex() {
	n := len(t.wordEnd)
	size := 2
	for 2*size < 3*n+1 {
		size <<= 1
	}
	t.index = make([]lexSlot, size)
	mask := uint64(size - 1)
	for e := range n {
		w := t.word(int32(e))
		i := hashText(lexSeed, w) & mask
		for t.index[i].e1 != 0 {
			i = (i + 1) & mask
		}
		w0, w1 := lexKey(w)
		t.index[i] = lexSlot{w0: w0, w1: w1, e1: int32(e) + 1}
	}
}

// entry returns the lexicon entry of word w, or -1.
func (t *Tagger) entry(w string) int32 {
	w0, w1 := lexKey(w)
	mask := uint64(len(t.index) - 1)
	for i := hashText(lexSeed, w) & mask; ; i = (i + 1) & mask {
		s := &t.index[i]
		e := s.e1 - 1
		if e < 0 {
			return -1
		}
		if s.w0 == w0 && s.w1 == w1 && (len(w) <= lexInline || t.word(e)[lexInline:] == w[lexInline:]) {
			return e
		}
	}
}

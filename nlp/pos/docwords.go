package pos

import (
	"math/bits"
	"math/rand/v2"

	"github.com/newsnlp/newsnlp/internal/ascii"
)

// docWord is what tagging needs of one token text, looked up once per
// document (see docWords): the word's static vectors and its rule tag.
type docWord struct {
	code int32 // lexicon entry, or -1-k: an unknown word scored into scratch slot k
	rule uint8 // ruleKind(text)
}

// docWords maps the token texts met in one tagging call to their
// docWords. The words are kept in order of first occurrence, with an
// open-addressing index on the hash of the text, at most half full.
type docWords struct {
	seed  uint64
	index []int32 // 1+position in words, 0 for an empty slot; len a power of two
	words []docEntry
}

type docEntry struct {
	text string
	hash uint64
	word docWord
}

// docWordsInit is the initial size of the docWords index; reset shrinks
// the index back to it (keeping the array).
const docWordsInit = 512

// init makes the empty table.
func (d *docWords) init() {
	d.seed = rand.Uint64()
	d.resize(docWordsInit)
}

// hash is the hash of text in the table, seeded per table.
func (d *docWords) hash(text string) uint64 { return hashText(d.seed, text) }

// hashText is a seeded hash of text: its 8-byte words (the last 1 to 8
// bytes read as in wyhash) mixed by 128-bit multiplication. It is a few
// instructions for a short word, where maphash.String costs a call into
// the runtime's hash.
func hashText(seed uint64, text string) uint64 {
	h := seed ^ uint64(len(text))*0x9e3779b97f4a7c15
	s := text
	for len(s) > 8 {
		h = mix(h^ascii.Load64(s), 0xa0761d6478bd642f)
		s = s[8:]
	}
	var v uint64
	switch n := len(s); {
	case n >= 4:
		v = uint64(ascii.Load32(s)) | uint64(ascii.Load32(s[n-4:]))<<32
	case n > 0:
		v = uint64(s[0]) | uint64(s[n/2])<<8 | uint64(s[n-1])<<16
	}
	return mix(h^v, 0xe7037ed1a0b428db)
}

// mix folds the 128-bit product of a and b.
func mix(a, b uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	return hi ^ lo
}

// find returns the word of text, or false and the slot where text goes.
func (d *docWords) find(text string, h uint64) (docWord, uint64, bool) {
	mask := uint64(len(d.index) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		j := d.index[i]
		if j == 0 {
			return docWord{}, i, false
		}
		if e := &d.words[j-1]; e.hash == h && e.text == text {
			return e.word, i, true
		}
	}
}

// add puts text and its word in the empty slot i (from find).
func (d *docWords) add(i uint64, text string, h uint64, w docWord) {
	d.words = append(d.words, docEntry{text: text, hash: h, word: w})
	d.index[i] = int32(len(d.words))
	if 2*len(d.words) > len(d.index) {
		d.resize(2 * len(d.index))
	}
}

// resize makes the index n slots (a power of two) and fills it from words.
func (d *docWords) resize(n int) {
	if cap(d.index) >= n {
		d.index = d.index[:n]
		clear(d.index)
	} else {
		d.index = make([]int32, n)
	}
	mask := uint64(n - 1)
	for j, e := range d.words {
		i := e.hash & mask
		for d.index[i] != 0 {
			i = (i + 1) & mask
		}
		d.index[i] = int32(j + 1)
	}
}

// reset empties the table.
func (d *docWords) reset() {
	clear(d.words) // drop the references to the document's text
	d.words = d.words[:0]
	d.resize(docWordsInit)
}

// wordOf returns the docWord of token text, from st.words if the call has
// met text before. Its code is that of normalize(text) (see code).
func (t *Tagger) wordOf(st *tagState, text string) docWord {
	if st.words.index == nil {
		st.words.init()
	}
	h := st.words.hash(text)
	w, i, ok := st.words.find(text, h)
	if !ok {
		w = docWord{code: t.code(st, normalize(text)), rule: ruleKind(text)}
		st.words.add(i, text, h, w)
	}
	return w
}

// code returns the lexicon entry of the normalised word w, or, for a word
// outside the lexicon, -1-k after scoring its static vectors into a new
// scratch slot k (and its (previous tag, word) partial key into
// st.unkT1[k]).
func (t *Tagger) code(st *tagState, w string) int32 {
	if e := t.entry(w); e >= 0 {
		return e
	}
	nT := t.nT
	per := int(numSlots) * nT
	k := len(st.scratch) / per
	st.scratch = append(st.scratch, make([]float32, per)...)
	valid := st.forms.set(w)
	for sl := range numSlots {
		if valid {
			st.keys = st.forms.keys(st.keys[:0], sl)
		} else {
			st.keys = slotKeys(st.keys[:0], w, sl, clusters{})
		}
		t.sum(st.scratch[k*per+int(sl)*nT:][:nT], st.keys)
	}
	if valid {
		st.unkT1 = append(st.unkT1, st.forms.t1Partial())
	} else {
		st.unkT1 = append(st.unkT1, t1LowerPartial(w))
	}
	return int32(-1 - k)
}

// padCodes sets the codes of the padding words around a sentence.
func (t *Tagger) padCodes(st *tagState) {
	for i, w := range [...]string{start2, start1, end1, end2} {
		st.pad[i] = t.code(st, w)
	}
}

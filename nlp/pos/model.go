package pos

import (
	_ "embed"
	"errors"
	"sync"

	"github.com/newsnlp/newsnlp/internal/modelfile"
)

//go:embed model/pos.bin
var modelData string

// DefaultModel is the name of the embedded model file (in the repository:
// nlp/pos/model/pos.bin).
const DefaultModel = "model/pos.bin"

// Default returns the embedded model, loaded once and shared: a Tagger is
// safe for concurrent use. Loading is a view of the embedded arrays, and
// the lexicon index built from them.
var Default = sync.OnceValues(func() (*Tagger, error) { return decode(modelfile.StringBytes(modelData)) })

// ErrBadModel is wrapped by the errors Load returns for malformed files.
var ErrBadModel = errors.New("pos: malformed model")

// noTag marks a lexicon word without a fixed tag.
const noTag = 0xFF

// Tagger tags tokens with part-of-speech tags. It is immutable once built
// and safe for concurrent use.
//
// Everything the tagger reads at run time is a flat array, and the model
// file is those arrays, so that loading is a view of the file: the sparse
// feature weights, an open-addressing feature table, the lexicon and its
// table, and every lexicon word's summed static feature weights per
// window slot. Only the lexicon index (index) is built at load, from the
// lexicon: the model's table (lex) holds entries alone.
type Tagger struct {
	tags []string // tag id → tag
	nT   int      // len(tags)

	// Feature table: open addressing on the key (already a mixed hash);
	// tabRows[i] is the weight row of key tabKeys[i], or -1 for an empty
	// slot. Row r's non-zero weights are rowTag/rowVal[rowOff[r]:rowOff[r+1]].
	tabKeys []uint64
	tabRows []int32
	rowOff  []int32
	rowTag  []uint8
	rowVal  []float32

	// Lexicon: entry e is word wordBlob[wordEnd[e-1]:wordEnd[e]], with a
	// fixed tag (or noTag) and clusters lexCl[3e:3e+3].
	wordBlob string
	wordEnd  []uint32
	fixed    []uint8
	lexCl    []uint16
	lex      []int32   // open addressing on hashWord(word): entry, or -1
	lexVec   []float32 // (entry*numSlots+slot)*nT: the word's summed static weights per slot
	// The (previous tag, word) features of lexicon words, so that tagging
	// a known word needs no hash lookup: entry e has the history tags
	// t1Tag[t1Off[e]:t1Off[e+1]] with weight rows t1Row[...].
	t1Off []int32
	t1Tag []uint8
	t1Row []int32

	index []lexSlot // the lexicon again, for lookups: built at load (buildIndex)

	hist []float32 // history vectors: ((t1*nH)+t2)*nT, t1,t2 in [0,nH)

	pool sync.Pool // of *tagState
}

// numHist is the number of history tag ids: the tags plus two padding ids.
func (t *Tagger) numHist() int { return t.nT + 2 }

// Tags returns the tag set, in model order.
func (t *Tagger) Tags() []string { return append([]string(nil), t.tags...) }

// word returns lexicon entry e.
func (t *Tagger) word(e int32) string {
	start := uint32(0)
	if e > 0 {
		start = t.wordEnd[e-1]
	}
	return t.wordBlob[start:t.wordEnd[e]]
}

// row returns the weight row of feature key k, or -1.
func (t *Tagger) row(k uint64) int32 {
	mask := uint64(len(t.tabKeys) - 1)
	for i := k & mask; ; i = (i + 1) & mask {
		if r := t.tabRows[i]; r < 0 || t.tabKeys[i] == k {
			return r
		}
	}
}

// hashWord is the lexicon table hash of w.
func hashWord(w string) uint64 { return finish(hashString(fnvOffset, w), 0) }

// addRow adds weight row r to v (len nT).
func (t *Tagger) addRow(v []float32, r int32) {
	lo, hi := t.rowOff[r], t.rowOff[r+1]
	tags, vals := t.rowTag[lo:hi], t.rowVal[lo:hi]
	for i, tag := range tags {
		v[tag] += vals[i]
	}
}

// sum adds the weight rows of keys to v, in the order of keys.
//
// It finds every key's row, then every row's weights, then adds them:
// the loads of each step are independent of one another, so that they
// wait for memory together, where finding a row and adding it one key
// at a time waits for the feature table, the row's offsets and its
// weights in turn for each key.
func (t *Tagger) sum(v []float32, keys []uint64) {
	const batch = 16
	for len(keys) > batch {
		t.sum(v, keys[:batch])
		keys = keys[batch:]
	}
	var rows [batch]int32
	for i, k := range keys {
		rows[i] = t.row(k)
	}
	var lo, hi [batch]int32
	for i, r := range rows[:len(keys)] {
		if r >= 0 {
			lo[i], hi[i] = t.rowOff[r], t.rowOff[r+1]
		}
	}
	for i := range keys {
		tags, vals := t.rowTag[lo[i]:hi[i]], t.rowVal[lo[i]:hi[i]]
		for j, tag := range tags {
			v[tag] += vals[j]
		}
	}
}

func addTo(v, w []float32) {
	w = w[:len(v)]
	for i := range v {
		v[i] += w[i]
	}
}

// tableSize is the power of two that holds n entries at most half full.
func tableSize(n int) int {
	size := 2
	for size < 2*n {
		size <<= 1
	}
	return size
}

// newTagger builds a Tagger from a feature map and dense weight rows (as
// training produces them).
func newTagger(tags, words []string, fixed []uint8, cls []clusters, feats map[uint64]int32, weights []float32) *Tagger {
	nT := len(tags)
	t := &Tagger{tags: tags, nT: nT, fixed: fixed}
	keys := make([]uint64, len(feats))
	for k, r := range feats {
		keys[r] = k
	}
	t.rowOff = make([]int32, len(keys)+1)
	for r := range keys {
		for tag, x := range weights[r*nT : (r+1)*nT] {
			if x != 0 {
				t.rowTag = append(t.rowTag, uint8(tag))
				t.rowVal = append(t.rowVal, x)
			}
		}
		t.rowOff[r+1] = int32(len(t.rowTag))
	}
	t.tabKeys = make([]uint64, tableSize(len(keys)))
	t.tabRows = make([]int32, len(t.tabKeys))
	for i := range t.tabRows {
		t.tabRows[i] = -1
	}
	mask := uint64(len(t.tabKeys) - 1)
	for r, k := range keys {
		i := k & mask
		for t.tabRows[i] >= 0 {
			i = (i + 1) & mask
		}
		t.tabKeys[i], t.tabRows[i] = k, int32(r)
	}

	var blob []byte
	for _, w := range words {
		blob = append(blob, w...)
		t.wordEnd = append(t.wordEnd, uint32(len(blob)))
	}
	t.wordBlob = string(blob)
	t.lex = make([]int32, tableSize(len(words)))
	for i := range t.lex {
		t.lex[i] = -1
	}
	mask = uint64(len(t.lex) - 1)
	for e, w := range words {
		i := hashWord(w) & mask
		for t.lex[i] >= 0 {
			i = (i + 1) & mask
		}
		t.lex[i] = int32(e)
	}

	t.lexCl = make([]uint16, 0, 3*len(words))
	t.lexVec = make([]float32, len(words)*int(numSlots)*nT)
	t.t1Off = make([]int32, len(words)+1)
	var ks []uint64
	for i, w := range words {
		t.lexCl = append(t.lexCl, cls[i][:]...)
		for sl := range numSlots {
			ks = slotKeys(ks[:0], w, sl, cls[i])
			t.sum(t.lexVec[(i*int(numSlots)+int(sl))*nT:][:nT], ks)
		}
		part := t1LowerPartial(w)
		for a := range t.numHist() {
			if r := t.row(finish(part, uint8(a))); r >= 0 {
				t.t1Tag = append(t.t1Tag, uint8(a))
				t.t1Row = append(t.t1Row, r)
			}
		}
		t.t1Off[i+1] = int32(len(t.t1Tag))
	}
	nH := t.numHist()
	t.hist = make([]float32, nH*nH*nT)
	for a := range nH {
		for b := range nH {
			v := t.hist[(a*nH+b)*nT:][:nT]
			t.sum(v, []uint64{keyTag(tT1, uint8(a), 0), keyTag(tT2, uint8(b), 0), keyTag(tT12, uint8(a), uint8(b))})
		}
	}
	t.buildIndex()
	return t
}

package ner

// docVocab numbers the distinct lower-cased words of one document
// (tokInfo.word, by tokInfo.hl) and counts how each is written, so that the
// document-level features index slices by word where they would hash a
// word into maps several times per token.
type docVocab struct {
	keys  []uint64 // open addressing by hl; ids[i] == 0: slot i is empty
	ids   []int32  // word number + 1
	stats []docStat
}

// reset empties v for a document of n tokens.
func (v *docVocab) reset(n int) {
	size := 16
	for size < 2*n {
		size <<= 1
	}
	if cap(v.ids) < size {
		v.keys, v.ids = make([]uint64, size), make([]int32, size)
	} else {
		v.keys, v.ids = v.keys[:size], v.ids[:size]
		clear(v.ids)
	}
	v.stats = v.stats[:0]
}

// id returns the number of the word whose lower-cased hash is hl,
// numbering it if it is new.
func (v *docVocab) id(hl uint64) int32 {
	mask := uint64(len(v.ids) - 1)
	i := (hl ^ hl>>32) * 0x9e3779b97f4a7c15 >> 40 & mask
	for {
		switch {
		case v.ids[i] == 0:
			v.keys[i] = hl
			v.stats = append(v.stats, docStat{})
			v.ids[i] = int32(len(v.stats))
			return v.ids[i] - 1
		case v.keys[i] == hl:
			return v.ids[i] - 1
		}
		i = (i + 1) & mask
	}
}

// size is the number of distinct words.
func (v *docVocab) size() int { return len(v.stats) }

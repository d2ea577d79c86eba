package ner

// docVocab numbers the distinct lower-cased words of one document
// (tokInfo.word, by tokInfo.hl) and counts how each is written, so that the
// document-level features index slices by word where they would hash a
// word into maps several times per token.
type docVocab struct {
	keys  []uint64 // open addressing by hl; ids[i] == 0: slot i is empty
	ids   []int32  // word number + 1
	stats []docStat
	// forms finds the first token of each written form (by tokInfo.hw),
	// so that prepare copies what it computed for it.
	formKeys []uint64 // open addressing by hw; formToks[i] == 0: empty
	formToks []int32  // token + 1
}

// reset empties v for a document of n tokens.
func (v *docVocab) reset(n int) {
	size := 16
	for size < 2*n {
		size <<= 1
	}
	if cap(v.ids) < size {
		v.keys, v.ids = make([]uint64, size), make([]int32, size)
		v.formKeys, v.formToks = make([]uint64, size), make([]int32, size)
	} else {
		v.keys, v.ids = v.keys[:size], v.ids[:size]
		v.formKeys, v.formToks = v.formKeys[:size], v.formToks[:size]
		clear(v.ids)
		clear(v.formToks)
	}
	v.stats = v.stats[:0]
}

// form returns the first token written as the word with hash hw, or -1
// after recording token i as the first.
func (v *docVocab) form(hw uint64, i int) int {
	mask := uint64(len(v.formToks) - 1)
	j := (hw ^ hw>>32) * 0x9e3779b97f4a7c15 >> 40 & mask
	for {
		switch {
		case v.formToks[j] == 0:
			v.formKeys[j], v.formToks[j] = hw, int32(i)+1
			return -1
		case v.formKeys[j] == hw:
			return int(v.formToks[j]) - 1
		}
		j = (j + 1) & mask
	}
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

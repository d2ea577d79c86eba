package ner

// joint is the run-time form of both passes' weights: one open-addressing
// table from feature key to a row holding the feature's quantized weights
// in pass 1 and in pass 2 (zero where a pass lacks the feature). The
// second pass repeats every feature of the first and adds those of the
// pass-1 labels, so the first pass's lookups also sum most of the second
// pass's scores: integer sums, so the order of addition does not change
// them.
type joint struct {
	slots []jointSlot // key 0 is empty (keys are fixKey'd)
	mask  uint64
	w     [][2][numLabels]int16 // row → weights per pass
	scale [2]float32
	trans [2][(numLabels + 1) * numLabels]float32
	has2  bool // the second pass exists
}

type jointSlot struct {
	key uint64
	row int32
	_   int32
}

// newJoint merges the layers (pass[1] may be nil). A key's weights are
// those layer.find returns for it.
func newJoint(pass [2]*layer) *joint {
	j := &joint{has2: pass[1] != nil}
	n := 0
	for p, l := range pass {
		if l != nil {
			n += len(l.order)
			j.scale[p] = l.scale
			j.trans[p] = l.trans
		}
	}
	size := 1
	for size < n+n/2+1 {
		size <<= 1
	}
	j.slots = make([]jointSlot, size)
	j.mask = uint64(size - 1)
	for _, l := range pass {
		if l == nil {
			continue
		}
		for _, k := range l.order {
			k = fixKey(k)
			i := k & j.mask
			for j.slots[i].key != 0 && j.slots[i].key != k {
				i = (i + 1) & j.mask
			}
			if j.slots[i].key == k {
				continue
			}
			var w [2][numLabels]int16
			for p, lp := range pass {
				if lp == nil {
					continue
				}
				if s := lp.find(k); s != nil {
					w[p] = s.w
				}
			}
			j.slots[i] = jointSlot{key: k, row: int32(len(j.w))}
			j.w = append(j.w, w)
		}
	}
	return j
}

// touch loads the home slot of every feature: loads that do not depend
// on one another, so that their cache misses overlap before lookup
// needs the slots one after the other.
func (j *joint) touch(feats []uint64) uint64 {
	var sink uint64
	for _, f := range feats {
		sink += j.slots[fixKey(f)&j.mask].key
	}
	return sink
}

// touchRows loads the first weights of every row (see touch).
func (j *joint) touchRows(rows []int32) uint64 {
	var sink uint64
	for _, r := range rows {
		sink += uint64(j.w[r][0][0])
	}
	return sink
}

// lookup appends the rows of the features in feats that the table holds.
func (j *joint) lookup(dst []int32, feats []uint64) []int32 {
	for _, f := range feats {
		k := fixKey(f)
		i := k & j.mask
		for {
			s := &j.slots[i]
			if s.key == k {
				dst = append(dst, s.row)
				break
			}
			if s.key == 0 {
				break
			}
			i = (i + 1) & j.mask
		}
	}
	return dst
}

// sum adds the weights of rows in both passes to acc.
func (j *joint) sum(rows []int32, acc *[2][numLabels]int32) {
	for _, r := range rows {
		w := &j.w[r]
		for k := range numLabels {
			acc[0][k] += int32(w[0][k])
			acc[1][k] += int32(w[1][k])
		}
	}
}

// sum2 adds the second-pass weights of rows to acc.
func (j *joint) sum2(rows []int32, acc *[numLabels]int32) {
	for _, r := range rows {
		w := &j.w[r][1]
		for k := range numLabels {
			acc[k] += int32(w[k])
		}
	}
}

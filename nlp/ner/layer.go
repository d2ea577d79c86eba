package ner

import "math"

// layer is one pass's weights: an open-addressing table from feature key
// to row, numLabels float32 weights per row, and tag transition weights.
type layer struct {
	slots []slot // open addressing; key 0 is empty
	mask  uint64
	order []uint64 // key of each row, in row order (for saving)
	w     []float32
	trans [(numLabels + 1) * numLabels]float32
}

type slot struct {
	key uint64
	row int32
}

func fixKey(k uint64) uint64 {
	if k == 0 {
		return 1
	}
	return k
}

// newLayer builds the table for keys (row i has key keys[i]).
func newLayer(keys []uint64, w []float32) *layer {
	size := 1
	for size < 2*len(keys)+1 {
		size <<= 1
	}
	l := &layer{slots: make([]slot, size), mask: uint64(size - 1), order: keys, w: w}
	for r, k := range keys {
		k = fixKey(k)
		i := k & l.mask
		for l.slots[i].key != 0 {
			i = (i + 1) & l.mask
		}
		l.slots[i] = slot{k, int32(r)}
	}
	return l
}

// lookup returns the row of key k, or -1.
func (l *layer) lookup(k uint64) int32 {
	k = fixKey(k)
	i := k & l.mask
	for {
		s := &l.slots[i]
		switch s.key {
		case k:
			return s.row
		case 0:
			return -1
		}
		i = (i + 1) & l.mask
	}
}

// score adds the weights of the features' rows to out.
func (l *layer) score(feats []uint64, out *[numLabels]float32) {
	for _, f := range feats {
		r := l.lookup(f)
		if r < 0 {
			continue
		}
		row := l.w[int(r)*numLabels : int(r)*numLabels+numLabels]
		for j := range numLabels {
			out[j] += row[j]
		}
	}
}

// viterbi finds the best allowed tag sequence for emission scores em
// (numLabels per token) and transition weights trans, into tags.
func viterbi(em [][numLabels]float32, trans *[(numLabels + 1) * numLabels]float32, back [][numLabels]uint8, tags []uint8) {
	n := len(em)
	if n == 0 {
		return
	}
	neg := float32(math.Inf(-1))
	var delta, next [numLabels]float32
	for c := range numLabels {
		if allowed(startTag, c) {
			delta[c] = em[0][c] + trans[startTag*numLabels+c]
		} else {
			delta[c] = neg
		}
	}
	for i := 1; i < n; i++ {
		for c := range numLabels {
			best, arg := neg, 0
			for _, p := range allowedPrev[c] {
				if s := delta[p] + trans[int(p)*numLabels+c]; s > best {
					best, arg = s, int(p)
				}
			}
			next[c] = best + em[i][c]
			back[i][c] = uint8(arg)
		}
		delta = next
	}
	best, arg := neg, 0
	for c := range numLabels {
		if canEnd(c) && delta[c] > best {
			best, arg = delta[c], c
		}
	}
	for i := n - 1; i >= 0; i-- {
		tags[i] = uint8(arg)
		arg = int(back[i][arg])
	}
}

// allowedPrev lists, for each tag, the tags that may precede it.
var allowedPrev = func() (t [numLabels][]uint8) {
	for c := range numLabels {
		for p := range numLabels {
			if allowed(p, c) {
				t[c] = append(t[c], uint8(p))
			}
		}
	}
	return t
}()

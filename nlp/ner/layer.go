package ner

import (
	"math"
	"slices"
)

// layer is one pass's weights: an open-addressing table from feature key
// to that feature's weights (one per tag, quantized to int16 and stored in
// the slot so a feature costs one memory access), and tag transition
// weights. order and w keep the float32 weights, row by row, for Save.
type layer struct {
	slots []slot // key 0 is empty
	mask  uint64
	scale float32 // weight = int16 * scale
	order []uint64
	w     []float32
	trans [(numLabels + 1) * numLabels]float32
}

type slot struct {
	key uint64
	w   [numLabels]int16
}

func fixKey(k uint64) uint64 {
	if k == 0 {
		return 1
	}
	return k
}

// newLayer builds the table for keys (row i has key keys[i] and weights
// w[i*numLabels:(i+1)*numLabels]).
func newLayer(keys []uint64, w []float32) *layer {
	size := 1
	for size < len(keys)+len(keys)/2+1 {
		size <<= 1
	}
	var maxAbs float32
	for _, v := range w {
		maxAbs = max(maxAbs, v, -v)
	}
	l := &layer{slots: make([]slot, size), mask: uint64(size - 1), order: keys, w: w, scale: 1}
	if maxAbs > 0 {
		l.scale = maxAbs / math.MaxInt16
	}
	for r, k := range keys {
		k = fixKey(k)
		i := k & l.mask
		for l.slots[i].key != 0 {
			i = (i + 1) & l.mask
		}
		s := &l.slots[i]
		s.key = k
		for j := range numLabels {
			s.w[j] = int16(math.Round(float64(w[r*numLabels+j] / l.scale)))
		}
	}
	return l
}

// find returns the slot of key k, or nil.
func (l *layer) find(k uint64) *slot {
	k = fixKey(k)
	i := k & l.mask
	for {
		s := &l.slots[i]
		switch s.key {
		case k:
			return s
		case 0:
			return nil
		}
		i = (i + 1) & l.mask
	}
}

// score adds the weights of the features to out.
func (l *layer) score(feats []uint64, out *[numLabels]float32) {
	var acc [numLabels]int32
	for _, f := range feats {
		s := l.find(f)
		if s == nil {
			continue
		}
		for j := range numLabels {
			acc[j] += int32(s.w[j])
		}
	}
	for j := range numLabels {
		out[j] += float32(acc[j]) * l.scale
	}
}

// viterbi finds the best allowed tag sequence for emission scores em
// (numLabels per token) and transition weights trans, into tags.
func viterbi(em [][numLabels]float32, trans *[(numLabels + 1) * numLabels]float32, back [][numLabels]uint8, tags []uint8) {
	tr := newTransitions(trans)
	viterbiT(em, &tr, back, tags)
}

// transitions are transition weights gathered for viterbiT.
type transitions struct {
	start   [numLabels]float32 // from the start of the sentence
	startOK [numLabels]bool    // allowed(startTag, c)
	closed  [len(closedCur)][len(closedPrev)]float32
	// closedMax[ci] is the largest of closed[ci][1:], for viterbiT's
	// bound on the candidates after the first.
	closedMax [len(closedCur)]float32
	open      [numTypes][2][2]float32 // [type][to I, to L][from B, from I]
	v         vtrans                  // for viterbiAVX2
}

func newTransitions(trans *[(numLabels + 1) * numLabels]float32) transitions {
	var tr transitions
	for c := range numLabels {
		tr.start[c] = trans[startTag*numLabels+c]
		tr.startOK[c] = allowed(startTag, c)
	}
	for ci, c := range closedCur {
		for pi, p := range closedPrev {
			tr.closed[ci][pi] = trans[int(p)*numLabels+int(c)]
		}
		tr.closedMax[ci] = slices.Max(tr.closed[ci][1:])
	}
	for t := range numTypes {
		for x := range 2 {
			c := int(tagOf(t, partI+x))
			tr.open[t][x][0] = trans[int(tagOf(t, partB))*numLabels+c]
			tr.open[t][x][1] = trans[int(tagOf(t, partI))*numLabels+c]
		}
	}
	tr.v = newVtrans(trans)
	return tr
}

// viterbiT is viterbi with the transitions gathered: viterbiAVX2 where
// the machine has AVX2, else viterbiGo.
func viterbiT(em [][numLabels]float32, tr *transitions, back [][numLabels]uint8, tags []uint8) {
	if haveSumAsm {
		viterbiAVX2(em, tr, back, tags)
		return
	}
	viterbiGo(em, tr, back, tags)
}

// viterbiGo is viterbiT without vector instructions.
//
// A tag that opens no chunk (O, B, U) may follow exactly the tags that
// close one (O, L, U): closedPrev, in ascending order; I and L of a type
// may follow only B and I of that type. The candidates are compared in
// the order allowedPrev lists them, so ties go the same way
// (TestViterbiMatchesReference). Most tokens follow an O so likely that
// no other candidate can beat it: when the largest score before the
// token among the other closing tags plus the largest transition from
// them (closedMax) is not above the score from O, they are not compared
// (float addition rounds monotonically, so none of their scores is
// above that bound; a NaN fails the test and compares all).
func viterbiGo(em [][numLabels]float32, tr *transitions, back [][numLabels]uint8, tags []uint8) {
	n := len(em)
	if n == 0 {
		return
	}
	neg := float32(math.Inf(-1))
	// Two score rows used in turn (copying one into the other would
	// load what was just stored element by element, a stall).
	var rows [2][numLabels]float32
	delta, next := &rows[0], &rows[1]
	for c := range numLabels {
		if tr.startOK[c] {
			delta[c] = em[0][c] + tr.start[c]
		} else {
			delta[c] = neg
		}
	}
	for i := 1; i < n; i++ {
		emi, bi := &em[i], &back[i]
		// The candidates before a closed-cur tag, unrolled.
		d0, d1, d2, d3, d4 := delta[0], delta[3], delta[4], delta[7], delta[8]
		d5, d6, d7, d8 := delta[11], delta[12], delta[15], delta[16]
		dmax := maxAfterFirst(d1, d2, d3, d4, d5, d6, d7, d8)
		for ci, c := range closedCur {
			row := &tr.closed[ci]
			best, arg := neg, uint8(0)
			s0 := d0 + row[0]
			if s0 > best {
				best = s0
			}
			if dmax+tr.closedMax[ci] <= s0 {
				next[c] = best + emi[c]
				bi[c] = arg
				continue
			}
			if s := d1 + row[1]; s > best {
				best, arg = s, 3
			}
			if s := d2 + row[2]; s > best {
				best, arg = s, 4
			}
			if s := d3 + row[3]; s > best {
				best, arg = s, 7
			}
			if s := d4 + row[4]; s > best {
				best, arg = s, 8
			}
			if s := d5 + row[5]; s > best {
				best, arg = s, 11
			}
			if s := d6 + row[6]; s > best {
				best, arg = s, 12
			}
			if s := d7 + row[7]; s > best {
				best, arg = s, 15
			}
			if s := d8 + row[8]; s > best {
				best, arg = s, 16
			}
			next[c] = best + emi[c]
			bi[c] = arg
		}
		// I and L of each type, after B or I of the type.
		for t := range numTypes {
			b := uint8(1 + 4*t) // B; I, L, U follow
			fromB, fromI := delta[b], delta[b+1]
			o := &tr.open[t]
			next[b+1], bi[b+1] = pick2(neg, fromB+o[0][0], fromI+o[0][1], b)
			next[b+1] += emi[b+1]
			next[b+2], bi[b+2] = pick2(neg, fromB+o[1][0], fromI+o[1][1], b)
			next[b+2] += emi[b+2]
		}
		delta, next = next, delta
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

// maxAfterFirst returns the largest of its arguments, or NaN if d1 is
// NaN; a NaN after d1 is passed over: its candidate wins no comparison
// either. (Cheaper than the max builtin, which checks every NaN and zero.)
func maxAfterFirst(d1, d2, d3, d4, d5, d6, d7, d8 float32) float32 {
	m := d1
	if d2 > m {
		m = d2
	}
	if d3 > m {
		m = d3
	}
	if d4 > m {
		m = d4
	}
	if d5 > m {
		m = d5
	}
	if d6 > m {
		m = d6
	}
	if d7 > m {
		m = d7
	}
	if d8 > m {
		m = d8
	}
	return m
}

// pick2 returns the larger of the scores from tag b and from tag b+1 (the
// first on a tie), or neg and tag 0 if neither is above neg.
func pick2(neg, fromB, fromI float32, b uint8) (float32, uint8) {
	best, arg := neg, uint8(0)
	if fromB > best {
		best, arg = fromB, b
	}
	if fromI > best {
		best, arg = fromI, b+1
	}
	return best, arg
}

// closedPrev are the tags after which a chunk may open (O, L, U), and
// closedCur the tags that may follow them (O, B, U), in ascending order.
var (
	closedPrev = [1 + 2*numTypes]uint8{0, 3, 4, 7, 8, 11, 12, 15, 16}
	closedCur  = [1 + 2*numTypes]uint8{0, 1, 4, 5, 8, 9, 12, 13, 16}
)

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

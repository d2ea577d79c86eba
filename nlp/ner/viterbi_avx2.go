package ner

import (
	"math"
	"unsafe"
)

// The AVX2 Viterbi step (viterbi_amd64.s) keeps a token's 17 scores in
// three parts: the tags that may follow a closing tag except U-MISC
// (closedCur[:8]) in one vector, I and L of every type in another, and
// U-MISC alone. Within a vector the lanes are in the order two in-lane
// shuffles of the emission row give:
var (
	laneA = [8]uint8{0, 1, 8, 9, 4, 5, 12, 13}   // em lanes 0,1 and 8,9 of each 128-bit half
	laneB = [8]uint8{2, 3, 10, 11, 6, 7, 14, 15} // em lanes 2,3 and 10,11 of each half
)

// vecTag maps a position of the step's score buffer (laneA, laneB, then
// U-MISC) to its tag; backTag maps a byte of a back row the step writes
// (the two vectors' arguments packed: A0-3, B0-3, A4-7, B4-7, U-MISC) to
// its tag. tagVec and tagBack are their inverses.
var vecTag, backTag, tagVec, tagBack = func() (vec, back, tv, tb [numLabels]uint8) {
	for l := range 8 {
		vec[l], vec[8+l] = laneA[l], laneB[l]
		half := 8 * (l / 4) // A0-3 → 0-3, A4-7 → 8-11; B → 4 more
		back[half+l%4], back[half+4+l%4] = laneA[l], laneB[l]
	}
	vec[16], back[16] = 16, 16
	for i := range numLabels {
		tv[vec[i]], tb[back[i]] = uint8(i), uint8(i)
	}
	return
}()

// vtrans are the transition weights in the order the AVX2 step reads them
// (viterbi_amd64.s uses the offsets of go_asm.h).
type vtrans struct {
	closed    [len(closedPrev)][8]float32 // [candidate][laneA]: closedPrev[candidate] → laneA tag
	closedArg [len(closedPrev)][8]int32   // back-row byte of candidate, in every lane
	closedU   [len(closedPrev)]float32    // closedPrev[candidate] → U-MISC
	_         [3]float32
	fromB     [8]float32 // [laneB]: B of the lane's type → the lane's tag
	fromI     [8]float32 // I of the lane's type → the lane's tag
	argB      [8]int32   // back-row byte of the B
	argI      [8]int32   // back-row byte of the I
	// finite: every transition weight is finite, so that scores built of
	// finite emissions are never NaN (viterbiStepsMaxAVX2).
	finite bool
	// startVec are the start transitions in the order of vecTag, -Inf
	// where the tag may not start a sentence.
	startVec [24]float32
	// umTrans are the transitions to U-MISC from the candidates in
	// umLanes (viterbiStepsMaxAVX2); umArg[m] is the back-row byte of the
	// first candidate among the lanes of bit mask m, or of U-MISC if m is
	// 0.
	umTrans [8]float32
	umArg   [256]uint8
}

// umLanes are the candidates (indices of closedPrev) in the lanes of
// viterbiStepsMaxAVX2's vector for U-MISC: laneA's even lanes and laneB's
// odd ones.
var umLanes = [8]int{0, 1, 4, 5, 2, 3, 6, 7}

func newVtrans(trans *[(numLabels + 1) * numLabels]float32) (v vtrans) {
	for pi, p := range closedPrev {
		for l, c := range laneA {
			v.closed[pi][l] = trans[int(p)*numLabels+int(c)]
			v.closedArg[pi][l] = int32(tagBack[p])
		}
		v.closedU[pi] = trans[int(p)*numLabels+16]
	}
	for l, c := range laneB {
		b, i := tagOf(tagType(c), partB), tagOf(tagType(c), partI)
		v.fromB[l] = trans[int(b)*numLabels+int(c)]
		v.fromI[l] = trans[int(i)*numLabels+int(c)]
		v.argB[l], v.argI[l] = int32(tagBack[b]), int32(tagBack[i])
	}
	for l, pi := range umLanes {
		v.umTrans[l] = trans[int(closedPrev[pi])*numLabels+16]
	}
	for m := range v.umArg {
		first := len(closedPrev) - 1 // U-MISC
		for l, pi := range umLanes {
			if m&(1<<l) != 0 {
				first = min(first, pi)
			}
		}
		v.umArg[m] = tagBack[closedPrev[first]]
	}
	v.finite = allFinite(trans[:])
	for i, c := range vecTag {
		v.startVec[i] = float32(math.Inf(-1))
		if allowed(startTag, int(c)) {
			v.startVec[i] = trans[startTag*numLabels+int(c)]
		}
	}
	return v
}

// allFinite reports whether no x is infinite or NaN.
func allFinite(xs []float32) bool {
	for _, x := range xs {
		if x-x != 0 {
			return false
		}
	}
	return true
}

// viterbiAVX2 is viterbiT with the steps after the first token in
// viterbiStepsAVX2: the same sums, comparisons (candidates in the order
// of allowedPrev, the first kept on a tie, NaN never above) and result.
// Where the transitions and emissions are finite, as a trained model's
// are, it runs viterbiStepsMaxAVX2 instead, whose maxima are the same
// scores and whose arguments the same tags.
func viterbiAVX2(em [][numLabels]float32, tr *transitions, back [][numLabels]uint8, tags []uint8) {
	n := len(em)
	if n == 0 {
		return
	}
	var d [2][24]float32
	ok := false
	if tr.v.finite {
		// The start scores of finite emissions: -Inf (startVec) where
		// the tag may not start, as startScores sets.
		e0 := &em[0]
		for i, c := range vecTag {
			d[0][i] = e0[c] + tr.v.startVec[i]
		}
		ok = viterbiStepsMaxAVX2(unsafe.Pointer(e0), n, &tr.v, &d, unsafe.Pointer(&back[0]))
	}
	if !ok {
		startScores(&d[0], em[0], tr)
		if n > 1 {
			viterbiStepsAVX2(unsafe.Pointer(&em[1]), n-1, &tr.v, &d, unsafe.Pointer(&back[1]))
		}
	}
	// The best tag that may end the sentence (closedPrev, in ascending
	// order, as canEnd), then the tags before it.
	neg := float32(math.Inf(-1))
	last := &d[(n-1)%2]
	best, arg := neg, uint8(0)
	for _, c := range closedPrev {
		if v := last[tagVec[c]]; v > best {
			best, arg = v, c
		}
	}
	back, tags = back[:n], tags[:n]
	k := tagBack[arg]
	for i := n - 1; i >= 0; i-- {
		tags[i] = backTag[k]
		k = back[i][k]
	}
}

// startScores sets d to the scores of the first token's tags (em) in the
// order of vecTag.
func startScores(d *[24]float32, em [numLabels]float32, tr *transitions) {
	neg := float32(math.Inf(-1))
	for i, c := range vecTag {
		if tr.startOK[c] {
			d[i] = em[c] + tr.start[c]
		} else {
			d[i] = neg
		}
	}
}

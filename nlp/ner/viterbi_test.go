package ner

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
	"unsafe"
)

// viterbiRef is the plain Viterbi search over allowedPrev that viterbi
// specialises.
func viterbiRef(em [][numLabels]float32, trans *[(numLabels + 1) * numLabels]float32, tags []uint8) {
	n := len(em)
	if n == 0 {
		return
	}
	back := make([][numLabels]uint8, n)
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

func TestViterbiSets(t *testing.T) {
	var closed []uint8
	for p := range numLabels {
		if allowed(p, 0) {
			closed = append(closed, uint8(p))
		}
	}
	if !slices.Equal(closed, closedPrev[:]) {
		t.Errorf("tags before O: %v, closedPrev %v", closed, closedPrev)
	}
	for _, c := range closedCur {
		if !slices.Equal(allowedPrev[c], closedPrev[:]) {
			t.Errorf("tags before %d: %v, want closedPrev", c, allowedPrev[c])
		}
	}
	for typ := range numTypes {
		for _, part := range []int{partI, partL} {
			c := tagOf(typ, part)
			if want := []uint8{tagOf(typ, partB), tagOf(typ, partI)}; !slices.Equal(allowedPrev[c], want) {
				t.Errorf("tags before %d: %v, want %v", c, allowedPrev[c], want)
			}
		}
	}
}

// viterbis are the implementations of viterbiT this machine runs.
func viterbis() []struct {
	name string
	f    func([][numLabels]float32, *transitions, [][numLabels]uint8, []uint8)
} {
	vs := []struct {
		name string
		f    func([][numLabels]float32, *transitions, [][numLabels]uint8, []uint8)
	}{{"viterbiGo", viterbiGo}}
	if haveSumAsm {
		vs = append(vs, struct {
			name string
			f    func([][numLabels]float32, *transitions, [][numLabels]uint8, []uint8)
		}{"viterbiAVX2", viterbiAVX2}, struct {
			name string
			f    func([][numLabels]float32, *transitions, [][numLabels]uint8, []uint8)
		}{"viterbiAVX2 (sequential steps)", viterbiAVX2Seq})
	}
	return vs
}

// viterbiAVX2Seq is viterbiAVX2 with viterbiStepsAVX2 whatever the scores.
func viterbiAVX2Seq(em [][numLabels]float32, tr *transitions, back [][numLabels]uint8, tags []uint8) {
	t := *tr
	t.v.finite = false
	viterbiAVX2(em, &t, back, tags)
}

// TestViterbiMatchesReference compares viterbiGo and viterbiAVX2 with
// viterbiRef on random scores, with ties (small integers), infinities,
// NaNs and O far ahead.
func TestViterbiMatchesReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := range 2000 {
		n := 1 + rng.IntN(40)
		em := make([][numLabels]float32, n)
		var trans [(numLabels + 1) * numLabels]float32
		val := func() float32 {
			switch {
			case trial%3 == 0:
				return float32(rng.IntN(3))
			case rng.IntN(50) == 0:
				return float32(math.Inf(-1))
			case trial%5 == 2 && rng.IntN(40) == 0:
				return float32(math.NaN())
			case trial%7 == 3 && rng.IntN(40) == 0:
				return float32(math.Inf(1))
			}
			return float32(rng.NormFloat64())
		}
		for i := range em {
			for c := range numLabels {
				em[i][c] = val()
			}
			if trial%4 == 1 {
				em[i][0] += 4 // O ahead, as in most of news text (viterbiT's bound)
			}
		}
		for i := range trans {
			trans[i] = val()
		}
		want := make([]uint8, n)
		viterbiRef(em, &trans, want)
		tr := newTransitions(&trans)
		for _, v := range viterbis() {
			got := make([]uint8, n)
			back := make([][numLabels]uint8, n)
			for i := range back {
				for c := range back[i] {
					back[i][c] = 0xff // stale rows of an earlier sentence
				}
			}
			v.f(em, &tr, back, got)
			if !slices.Equal(got, want) {
				t.Fatalf("trial %d: %s %v, reference %v", trial, v.name, got, want)
			}
		}
	}
}

// TestSumLanes compares the word-at-a-time sums of joint.sumWords and
// sum2Words, and those of sum and sum2 (AVX2 where the machine has it),
// with plain int32 sums, on extreme weights.
func TestSumLanes(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	j := &joint{w: make([][2][numLabels]int16, 50)}
	for r := range j.w {
		for p := range 2 {
			for k := range numLabels {
				switch rng.IntN(4) {
				case 0:
					j.w[r][p][k] = math.MaxInt16
				case 1:
					j.w[r][p][k] = math.MinInt16
				default:
					j.w[r][p][k] = int16(rng.IntN(1 << 16))
				}
			}
		}
	}
	for trial := range 200 {
		rows := make([]int32, rng.IntN(40))
		for i := range rows {
			rows[i] = int32(rng.IntN(len(j.w)))
		}
		var want [2][numLabels]int32
		want[0][3] = int32(trial)
		for _, r := range rows {
			for p := range 2 {
				for k := range numLabels {
					want[p][k] += int32(j.w[r][p][k])
				}
			}
		}
		sums := map[string]func(*[2][numLabels]int32, *[numLabels]int32){
			"words": func(a *[2][numLabels]int32, a2 *[numLabels]int32) { j.sumWords(rows, a); j.sum2Words(rows, a2) },
			"sum":   func(a *[2][numLabels]int32, a2 *[numLabels]int32) { j.sum(rows, a); j.sum2(rows, a2) },
		}
		for name, f := range sums {
			var got [2][numLabels]int32
			got[0][3] = int32(trial)
			var got2 [numLabels]int32
			f(&got, &got2)
			if got != want {
				t.Fatalf("trial %d: %s: sum %v, want %v", trial, name, got, want)
			}
			if got2 != want[1] {
				t.Fatalf("trial %d: %s: sum2 %v, want %v", trial, name, got2, want[1])
			}
		}
	}
}

// TestScaleAdd compares scaleAdd (AVX2 where the machine has it) with the
// product and sum of every lane rounded one at a time, on sums too large
// for a float32 to hold exactly.
func TestScaleAdd(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for trial := range 500 {
		var e, want [numLabels]float32
		var acc [numLabels]int32
		scale := float32(rng.NormFloat64()) / float32(1+rng.IntN(1000))
		for k := range numLabels {
			e[k] = float32(rng.NormFloat64() * 10)
			switch rng.IntN(3) {
			case 0:
				acc[k] = int32(rng.Uint32())
			default:
				acc[k] = int32(rng.IntN(1<<20)) - 1<<19
			}
			want[k] = e[k] + float32(float32(acc[k])*scale)
		}
		scaleAdd(&e, &acc, scale)
		if e != want {
			t.Fatalf("trial %d: %v, want %v", trial, e, want)
		}
	}
}

// TestViterbiMaxSteps compares viterbiStepsMaxAVX2 with viterbiStepsAVX2
// step by step on finite scores (small integers, so that candidates tie,
// and normal ones, some large): the same scores (as numbers: a zero's
// sign may differ) and back rows; and checks that it reports an infinite
// or NaN emission.
func TestViterbiMaxSteps(t *testing.T) {
	if !haveSumAsm {
		t.Skip("no AVX2")
	}
	rng := rand.New(rand.NewPCG(7, 8))
	for trial := range 3000 {
		val := func() float32 {
			switch trial % 3 {
			case 0:
				return float32(rng.IntN(3)) - 1
			case 1:
				return float32(rng.NormFloat64() * 1e37)
			}
			return float32(rng.NormFloat64())
		}
		n := 1 + rng.IntN(30)
		em := make([][numLabels]float32, n)
		for i := range em {
			for c := range numLabels {
				em[i][c] = val()
			}
		}
		var trans [(numLabels + 1) * numLabels]float32
		for i := range trans {
			trans[i] = val()
		}
		tr := newTransitions(&trans)
		if !tr.v.finite {
			t.Fatalf("trial %d: finite transitions not reported finite", trial)
		}
		var d, dmax [2][24]float32
		startScores(&d[0], em[0], &tr)
		if trial%2 == 0 {
			d[0][rng.IntN(17)] = float32(math.Inf(-1))
		}
		dmax = d
		back := make([][numLabels]uint8, n)
		backMax := make([][numLabels]uint8, n)
		if n > 1 {
			viterbiStepsAVX2(unsafe.Pointer(&em[1]), n-1, &tr.v, &d, unsafe.Pointer(&back[1]))
		}
		if !viterbiStepsMaxAVX2(unsafe.Pointer(&em[0]), n, &tr.v, &dmax, unsafe.Pointer(&backMax[0])) {
			t.Fatalf("trial %d: finite emissions reported not finite", trial)
		}
		if !slices.Equal(back, backMax) {
			t.Fatalf("trial %d: back rows\n%v, sequential\n%v", trial, backMax, back)
		}
		for i := range d[(n-1)%2][:numLabels] {
			if a, b := dmax[(n-1)%2][i], d[(n-1)%2][i]; a != b && !(a != a && b != b) {
				t.Fatalf("trial %d: score %d: %v, sequential %v", trial, i, a, b)
			}
		}
		bad := []float32{float32(math.NaN()), float32(math.Inf(1)), float32(math.Inf(-1))}
		em[rng.IntN(n)][rng.IntN(numLabels)] = bad[trial%3]
		if viterbiStepsMaxAVX2(unsafe.Pointer(&em[0]), n, &tr.v, &dmax, unsafe.Pointer(&backMax[0])) {
			t.Fatalf("trial %d: %v among the emissions reported finite", trial, bad[trial%3])
		}
	}
}

// FuzzViterbi compares viterbiT with viterbiRef on scores of a few
// values (ties are frequent) and transitions of the fuzzer's choice.
func FuzzViterbi(f *testing.F) {
	f.Add([]byte{0, 1, 2, 3}, uint64(1))
	f.Add([]byte{7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 1, 2, 3}, uint64(2))
	values := []float32{0, 1, -1, 2, 0.5, -3, 1e30, -1e30}
	f.Fuzz(func(t *testing.T, b []byte, seed uint64) {
		n := len(b) / numLabels
		if n == 0 || n > 200 {
			return
		}
		em := make([][numLabels]float32, n)
		for i := range em {
			for c := range numLabels {
				em[i][c] = values[b[i*numLabels+c]%8]
			}
		}
		rng := rand.New(rand.NewPCG(seed, 9))
		var trans [(numLabels + 1) * numLabels]float32
		for i := range trans {
			trans[i] = values[rng.IntN(8)]
		}
		want := make([]uint8, n)
		viterbiRef(em, &trans, want)
		tr := newTransitions(&trans)
		for _, v := range viterbis() {
			got := make([]uint8, n)
			v.f(em, &tr, make([][numLabels]uint8, n), got)
			if !slices.Equal(got, want) {
				t.Fatalf("%s %v, reference %v", v.name, got, want)
			}
		}
	})
}

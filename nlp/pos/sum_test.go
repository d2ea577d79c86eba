package pos

import (
	"math/rand/v2"
	"testing"
)

// seqSum adds the weight rows of keys to v one key at a time, as sum did
// before it found the rows first.
func seqSum(t *Tagger, v []float32, keys []uint64) {
	for _, k := range keys {
		if r := t.row(k); r >= 0 {
			t.addRow(v, r)
		}
	}
}

// TestSum compares sum with seqSum, bit for bit, on lists of 0 to 40 keys
// (past sum's batch of 16) drawn from the model's keys, some repeated,
// and keys it does not have.
func TestSum(t *testing.T) {
	tg := defaultTagger(t)
	var known []uint64
	for i, r := range tg.tabRows {
		if r >= 0 {
			known = append(known, tg.tabKeys[i])
		}
	}
	rng := rand.New(rand.NewPCG(11, 12))
	for trial := range 2000 {
		keys := make([]uint64, trial%41)
		for i := range keys {
			if rng.IntN(4) == 0 {
				keys[i] = rng.Uint64()
			} else {
				keys[i] = known[rng.IntN(len(known))]
			}
		}
		got, want := make([]float32, tg.nT), make([]float32, tg.nT)
		tg.sum(got, keys)
		seqSum(tg, want, keys)
		if !sameBits(got, want) {
			t.Fatalf("sum of %d keys = %v, one at a time %v", len(keys), got, want)
		}
	}
}

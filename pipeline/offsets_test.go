package pipeline

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzCodePoints checks byte → code point conversion against counting runes,
// for queries in any order.
func FuzzCodePoints(f *testing.F) {
	f.Add("Zürich — “quoted” 😀 text", uint64(1))
	f.Add(strings.Repeat("é", 700)+"abc"+strings.Repeat("😀", 90), uint64(7))
	f.Fuzz(func(t *testing.T, text string, seed uint64) {
		if !utf8.ValidString(text) {
			return
		}
		var starts []int
		for i := range text {
			starts = append(starts, i)
		}
		starts = append(starts, len(text))
		cp := newCodePoints(text)
		r := rand.New(rand.NewPCG(seed, 0))
		queries := append([]int(nil), starts...) // increasing, as rows ask
		for range 2 * len(starts) {
			queries = append(queries, starts[r.IntN(len(starts))]) // any order
		}
		for _, b := range queries {
			if got, want := cp.at(b), int32(utf8.RuneCountInString(text[:b])); got != want {
				t.Fatalf("at(%d) = %d, want %d", b, got, want)
			}
		}
	})
}

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

// countContBytes is countCont a byte at a time.
func countContBytes(s string) int32 {
	var n int32
	for i := 0; i < len(s); i++ {
		if s[i]&0xC0 == 0x80 {
			n++
		}
	}
	return n
}

// TestCountCont compares countCont with the byte loop on every length up
// to 40 at every offset of random bytes, drawn so that each of the top two
// bits' four patterns is common.
func TestCountCont(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	b := make([]byte, 48)
	for trial := range 200 {
		for i := range b {
			b[i] = byte(r.IntN(4))<<6 | byte(r.IntN(64))
		}
		s := string(b)
		for i := range 8 {
			for n := 0; i+n <= len(s) && n <= 40; n++ {
				if got, want := countCont(s[i:i+n]), countContBytes(s[i:i+n]); got != want {
					t.Fatalf("trial %d: countCont(% x) = %d, want %d", trial, s[i:i+n], got, want)
				}
			}
		}
	}
}

func FuzzCountCont(f *testing.F) {
	f.Add("Zürich — “quoted” 😀 text")
	f.Add("\x80\xbf\xc0\x7f\xff\x40")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := countCont(s), countContBytes(s); got != want {
			t.Fatalf("countCont(%q) = %d, want %d", s, got, want)
		}
	})
}

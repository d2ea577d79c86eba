package readability

import (
	"fmt"
	"math"
	"strconv"
	"testing"
)

// FuzzRound4 checks round4 against the attribute round trip it replaces.
func FuzzRound4(f *testing.F) {
	for _, v := range []float64{0, 1, -1, 0.00005, 0.00015, 0.00025, 1.23445, 2.5e-5, 12.34565, 1e12, -0.00005, math.Inf(1), 101.4999999} {
		f.Add(v)
	}
	f.Fuzz(func(t *testing.T, v float64) {
		want, _ := strconv.ParseFloat(fmt.Sprintf("%.4f", v), 64)
		got := round4(v)
		if math.Float64bits(got) != math.Float64bits(want) && !(math.IsNaN(got) && math.IsNaN(want)) {
			t.Fatalf("round4(%v) = %v, want %v", v, got, want)
		}
	})
}

// FuzzMayMatchFold checks that the prefilter never rules out a match.
func FuzzMayMatchFold(f *testing.F) {
	for _, s := range []string{"", "share", "SHARE-box", "x ſhare", "display:none", "DiSpLaY : None", "sha re"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if rxShareElements.MatchString(s) && !mayMatchFold(s, "share") {
			t.Fatalf("%q matches the share expression, prefilter says no", s)
		}
		if rxDisplayNone.MatchString(s) && !mayMatchFold(s, "display") {
			t.Fatalf("%q matches display:none, prefilter says no", s)
		}
		if rxVisibilityHidden.MatchString(s) && !mayMatchFold(s, "visibility") {
			t.Fatalf("%q matches visibility:hidden, prefilter says no", s)
		}
	})
}

// TestRound4Scores checks round4 on the values scoring makes: sums of
// points divided by 1, 2 and 3×level, decimal ties, scaled by link
// densities.
func TestRound4Scores(t *testing.T) {
	check := func(v float64) {
		want, _ := strconv.ParseFloat(fmt.Sprintf("%.4f", v), 64)
		if got := round4(v); math.Float64bits(got) != math.Float64bits(want) {
			t.Fatalf("round4(%v) = %v, want %v", v, got, want)
		}
	}
	for k := -5000; k <= 60000; k++ {
		x := float64(k)
		check(x / 20000)
		for _, d := range []float64{2, 3, 6, 9, 12, 15} {
			check(x / d)
			check(x / d * (1 - 1/d))
			check(x/d + 0.00005)
		}
	}
}

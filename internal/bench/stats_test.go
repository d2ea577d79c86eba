package main

import (
	"slices"
	"testing"
)

func TestMedian(t *testing.T) {
	for _, tc := range []struct {
		xs   []float64
		want float64
	}{{[]float64{3}, 3}, {[]float64{5, 1, 3}, 3}, {[]float64{4, 1, 3, 2}, 3}} {
		if got := median(tc.xs); got != tc.want {
			t.Errorf("median(%v) = %v, want %v", tc.xs, got, tc.want)
		}
	}
}

func TestQuartiles(t *testing.T) {
	xs := []float64{9, 1, 8, 2, 7, 3, 6, 4, 5}
	q1, q2, q3 := quartiles(xs)
	if q1 != 3 || q2 != 5 || q3 != 7 {
		t.Errorf("quartiles(%v) = %v %v %v, want 3 5 7", xs, q1, q2, q3)
	}
	if q1, q2, q3 := quartiles([]float64{2}); q1 != 2 || q2 != 2 || q3 != 2 {
		t.Errorf("quartiles of one value = %v %v %v, want it three times", q1, q2, q3)
	}
	if !slices.Equal(xs, []float64{9, 1, 8, 2, 7, 3, 6, 4, 5}) {
		t.Errorf("quartiles reordered its argument: %v", xs)
	}
}

func TestPairRatios(t *testing.T) {
	got := pairRatios([]float64{2, 3, 5}, []float64{1, 2, 4})
	if want := []float64{2, 1.5, 1.25}; !slices.Equal(got, want) {
		t.Errorf("pairRatios = %v, want %v", got, want)
	}
	if got := formatRatios([]float64{2, 1.5, 1.25}); got != "1.25 1.50 2.00" {
		t.Errorf("formatRatios = %q", got)
	}
}

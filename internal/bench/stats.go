package main

import (
	"fmt"
	"slices"
	"strings"
)

// median is the middle value of xs (the upper of the two middle ones for
// an even count).
func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[len(s)/2]
}

// quartiles are the lower quartile, the median and the upper quartile of
// xs, as order statistics: the values at a quarter, half and three
// quarters of the sorted list.
func quartiles(xs []float64) (q1, q2, q3 float64) {
	s := slices.Clone(xs)
	slices.Sort(s)
	n := len(s)
	return s[n/4], s[n/2], s[(3*n)/4]
}

// pairRatios are num[i]/den[i]: the ratios of runs made one after the
// other, which a machine's slower spells (other jobs, other VMs on the
// host) affect together rather than one of the two.
func pairRatios(num, den []float64) []float64 {
	n := min(len(num), len(den))
	out := make([]float64, n)
	for i := range n {
		out[i] = num[i] / den[i]
	}
	return out
}

// formatRatios lists xs sorted, two decimals each.
func formatRatios(xs []float64) string {
	s := slices.Clone(xs)
	slices.Sort(s)
	parts := make([]string, len(s))
	for i, x := range s {
		parts[i] = fmt.Sprintf("%.2f", x)
	}
	return strings.Join(parts, " ")
}

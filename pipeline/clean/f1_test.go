package clean

import (
	"strings"
	"unicode"
)

// charF1 scores a cleaned body against the expected one as bags of
// characters: whitespace is ignored, and each character of the body counts
// as right as often as the expected text has it. It returns precision,
// recall and F1, and is lenient about where characters come from.
func charF1(got, want string) (p, r, f float64) {
	count := func(s string) (map[rune]int, int) {
		m, n := map[rune]int{}, 0
		for _, c := range s {
			if !unicode.IsSpace(c) {
				m[c]++
				n++
			}
		}
		return m, n
	}
	g, ng := count(got)
	w, nw := count(want)
	hit := 0
	for c, n := range g {
		hit += min(n, w[c])
	}
	return prf(hit, ng, nw)
}

// lineF1 scores a cleaned body against the expected one as bags of lines
// (trimmed, blank lines ignored), each line weighing its length in code
// points: a line counts only if it is kept whole and unchanged. It is the
// strict measure: chrome left glued to a paragraph makes that paragraph wrong.
func lineF1(got, want string) (p, r, f float64) {
	count := func(s string) (map[string]int, int) {
		m, n := map[string]int{}, 0
		for _, l := range strings.Split(s, "\n") {
			l = strings.TrimSpace(l)
			if l != "" {
				m[l]++
				n += len([]rune(l))
			}
		}
		return m, n
	}
	g, ng := count(got)
	w, nw := count(want)
	hit := 0
	for l, n := range g {
		hit += min(n, w[l]) * len([]rune(l))
	}
	return prf(hit, ng, nw)
}

func prf(hit, got, want int) (p, r, f float64) {
	switch {
	case got == 0 && want == 0:
		return 1, 1, 1
	case got == 0 || want == 0:
		return 0, 0, 0
	}
	p, r = float64(hit)/float64(got), float64(hit)/float64(want)
	if p+r == 0 {
		return p, r, 0
	}
	return p, r, 2 * p * r / (p + r)
}

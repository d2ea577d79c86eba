package readability

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// refCount is Readability.js's character count, rune by rune: leading and
// trailing whitespace ignored, runs of whitespace between words counted as
// one.
func refCount(s string) int {
	total, last, seen := 0, false, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			last = true
			continue
		}
		if last && seen {
			total += 2
		} else {
			total++
		}
		last, seen = false, true
	}
	return total
}

// FuzzRuns checks that a text's count is the sum of its pieces' summaries,
// wherever it is cut, and that commas are counted.
func FuzzRuns(f *testing.F) {
	for _, s := range []string{"", " ", "a b", "  a,  b\t\n", "x\u00a0y，z", "\xffa \xc3", "، ,"} {
		f.Add(s, 1, 2)
	}
	f.Fuzz(func(t *testing.T, s string, i, j int) {
		if i < 0 || j < 0 {
			return
		}
		i, j = min(i, len(s)), min(j, len(s))
		i, j = min(i, j), max(i, j)
		// Text nodes hold whole code points: cut before one.
		for i > 0 && i < len(s) && !utf8.RuneStart(s[i]) {
			i--
		}
		for j > i && j < len(s) && !utf8.RuneStart(s[j]) {
			j--
		}
		whole, commas := textRuns(s)
		if whole.total != refCount(s) {
			t.Fatalf("textRuns(%q).total = %d, want %d", s, whole.total, refCount(s))
		}
		want := 0
		for _, r := range s {
			switch r {
			case '\u002C', '\u060C', '\uFE50', '\uFE10', '\uFE11', '\u2E41', '\u2E34', '\u2E32', '\uFF0C':
				want++
			}
		}
		if commas != want {
			t.Fatalf("textRuns(%q) commas = %d, want %d", s, commas, want)
		}
		a, c1 := textRuns(s[:i])
		b, c2 := textRuns(s[i:j])
		c, c3 := textRuns(s[j:])
		if got := a.add(b).add(c); got.total != whole.total {
			t.Fatalf("%q cut at %d, %d: %d, want %d", s, i, j, got.total, whole.total)
		}
		if c1+c2+c3 != commas {
			t.Fatalf("%q: commas %d+%d+%d, want %d", s, c1, c2, c3, commas)
		}
		if got := a.add(b.add(c)); got.total != whole.total {
			t.Fatalf("%q cut at %d, %d (grouped right): %d, want %d", s, i, j, got.total, whole.total)
		}
	})
}

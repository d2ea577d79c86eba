package clean

import (
	"strings"
	"testing"
)

// FuzzCollapseSpace checks collapseSpace against joining the fields of s.
func FuzzCollapseSpace(f *testing.F) {
	for _, s := range []string{"", " ", "a", " a  b\tc\n", "a b", "a\u00a0b", "\u2003x\u0085", "x\xff y ", "a  ", "  a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := collapseSpace(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Fatalf("collapseSpace(%q) = %q, want %q", s, got, want)
		}
	})
}

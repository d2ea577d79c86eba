package clean

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
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

// FuzzRuneCount checks runeCount against utf8.RuneCount.
func FuzzRuneCount(f *testing.F) {
	for _, s := range []string{"", "abc", "caf\u00e9 na\u00efve \u2019quotes\u2019 \U0001F600 and more text", "\xe2\x82 x", "\x80\x80\xc3", "0123456789abcdef\u00e9"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, p []byte) {
		if got, want := runeCount(p), utf8.RuneCount(p); got != want {
			t.Fatalf("runeCount(%q) = %d, want %d", p, got, want)
		}
	})
}

// FuzzFieldsSeq checks fieldsSeq against strings.Fields.
func FuzzFieldsSeq(f *testing.F) {
	for _, s := range []string{"", " ", "a", " a  b\tc\n", "a\u00a0b", "\u2003x\u0085", "x\xff y ", "\v\f"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var got []string
		for w := range fieldsSeq(s) {
			got = append(got, w)
		}
		if want := strings.Fields(s); !slices.Equal(got, want) {
			t.Fatalf("fieldsSeq(%q) = %q, want %q", s, got, want)
		}
	})
}

package ascii

import (
	"strings"
	"testing"
)

func TestHasPrefixFold(t *testing.T) {
	for _, c := range []struct {
		s, prefix string
		want      bool
	}{
		{"Hello", "he", true},
		{"HELLO", "hello", true},
		{"hello", "", true},
		{"he", "hello", false},
		{"Hallo", "he", false},
		{"\u212Aey", "k", false}, // the Kelvin sign is not ASCII k
		{"[x", "{", false},       // '[' is 'Z'+1: not a letter, not folded
		{"@x", "`", false},
	} {
		if got := HasPrefixFold(c.s, c.prefix); got != c.want {
			t.Errorf("HasPrefixFold(%q, %q) = %v, want %v", c.s, c.prefix, got, c.want)
		}
		if got := HasPrefixFold([]byte(c.s), c.prefix); got != c.want {
			t.Errorf("HasPrefixFold([]byte(%q), %q) = %v, want %v", c.s, c.prefix, got, c.want)
		}
	}
}

// FuzzHasPrefixFold checks HasPrefixFold against lower-casing the ASCII
// letters of s and comparing.
func FuzzHasPrefixFold(f *testing.F) {
	f.Add("Hello world", "hello")
	f.Add("DIV class", "div")
	f.Fuzz(func(t *testing.T, s, prefix string) {
		prefix = strings.Map(func(r rune) rune {
			if r >= 'A' && r <= 'Z' {
				return r + 'a' - 'A'
			}
			return r
		}, prefix)
		b := []byte(s)
		for i, c := range b {
			if 'A' <= c && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
		}
		if want := strings.HasPrefix(string(b), prefix); HasPrefixFold(s, prefix) != want {
			t.Fatalf("HasPrefixFold(%q, %q) = %v, want %v", s, prefix, !want, want)
		}
	})
}

package fingerprint

import (
	"os"
	"strings"
	"testing"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"curly quotes and case", "“It’s OVER,” he said.", "it s over he said"},
		{"straight quotes", `'it's over' he said`, "it s over he said"},
		{"dashes and spaces", "a — b\n\n  c--d", "a b c d"},
		{"digits kept", "In 2020, 5.5%", "in 2020 5 5"},
		{"no letters", "“…”", ""},
		{"non-latin", "Ça VA, Ελλάδα", "ça va ελλάδα"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Normalize(tt.in); got != tt.want {
				t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestQuoteKey(t *testing.T) {
	same := []string{"We will win.", "“we WILL win”", "'We will win'", "we will  win"}
	for _, s := range same[1:] {
		if QuoteKey(s) != QuoteKey(same[0]) {
			t.Errorf("QuoteKey(%q) = %s, want %s (same words)", s, QuoteKey(s), QuoteKey(same[0]))
		}
	}
	if QuoteKey("We will win.") == QuoteKey("We will lose.") {
		t.Error("different quotations share a key")
	}
	if got := QuoteKey("abc"); len(got) != 16 || got != Key("abc") {
		t.Errorf("QuoteKey(abc) = %q, want 16 hex digits equal to Key(abc) %q", got, Key("abc"))
	}
	// FNV-1a 64 of "a" is a published test vector.
	if got := Key("a"); got != "af63dc4c8601ec8c" {
		t.Errorf("Key(a) = %s, want af63dc4c8601ec8c", got)
	}
}

func TestSignatureSimilarity(t *testing.T) {
	text, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	paras := strings.Split(strings.TrimSpace(string(text)), "\n\n")
	if len(paras) < 6 {
		t.Fatalf("testdata/article.txt: %d paragraphs, want at least 6", len(paras))
	}
	orig := strings.Join(paras, "\n\n")
	// A syndicated copy: last paragraph trimmed, two paragraphs swapped,
	// a boilerplate line added.
	cp := append([]string{}, paras[:len(paras)-1]...)
	cp[2], cp[3] = cp[3], cp[2]
	cp = append(cp, "Copyright 2020 Example Wire. All rights reserved.")
	copyText := strings.Join(cp, "\n\n")
	// An unrelated text: the words in reverse order.
	words := strings.Fields(orig)
	for i, j := 0, len(words)-1; i < j; i, j = i+1, j-1 {
		words[i], words[j] = words[j], words[i]
	}
	other := strings.Join(words, " ")

	a, b, c := Signature(orig), Signature(copyText), Signature(other)
	if s := Similarity(a, b); s < 0.6 {
		t.Errorf("similarity of a trimmed, reordered copy = %.2f, want >= 0.6", s)
	}
	if s := Similarity(a, c); s > 0.1 {
		t.Errorf("similarity of an unrelated text = %.2f, want <= 0.1", s)
	}
	if !shareBand(BandKeys(a), BandKeys(b)) {
		t.Error("copy shares no band with its original")
	}
	if shareBand(BandKeys(a), BandKeys(c)) {
		t.Error("unrelated text shares a band")
	}
	if Signature("  …  ") != nil || BandKeys(nil) != nil || Similarity(nil, a) != 0 {
		t.Error("a text without words must have no signature, bands or similarity")
	}
	if s := Signature("Short text"); len(s) != SignatureSize || Similarity(s, Signature("short TEXT!")) != 1 {
		t.Error("a text shorter than a shingle must have one signature, equal for equal words")
	}
}

func shareBand(a, b []int64) bool {
	for i := range a {
		if i < len(b) && a[i] == b[i] {
			return true
		}
	}
	return false
}

package fingerprint

import (
	"strings"
	"testing"
)

// FuzzNormalize checks the invariants the corpus step relies on: folding is
// idempotent, keys depend on the folded text only, and a text has a
// signature exactly when it has a word.
func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"“It’s over,” he said.", "", "—", "Ça va", "a\x00b", "ΑΒΓ δ 12"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := Normalize(s)
		if Normalize(n) != n {
			t.Errorf("Normalize not idempotent: %q -> %q -> %q", s, n, Normalize(n))
		}
		if strings.HasPrefix(n, " ") || strings.HasSuffix(n, " ") || strings.Contains(n, "  ") {
			t.Errorf("Normalize(%q) = %q: stray spaces", s, n)
		}
		if QuoteKey(s) != QuoteKey(n) {
			t.Errorf("QuoteKey(%q) != QuoteKey(Normalize)", s)
		}
		sig := Signature(s)
		if (n == "") != (sig == nil) {
			t.Errorf("Signature(%q): nil = %v, normalized %q", s, sig == nil, n)
		}
		if sig != nil && (Similarity(sig, sig) != 1 || len(BandKeys(sig)) != Bands) {
			t.Errorf("Signature(%q): self-similarity %v, %d bands", s, Similarity(sig, sig), len(BandKeys(sig)))
		}
	})
}

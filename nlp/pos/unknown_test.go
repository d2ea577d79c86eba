package pos

import (
	"testing"
	"unicode/utf8"

	"github.com/newsnlp/newsnlp/internal/benchdata"
)

// checkForms compares the keys of asciiForms with those of slotKeys for
// word w, and reports whether w took the ASCII path.
func checkForms(t *testing.T, f *asciiForms, w string) bool {
	t.Helper()
	if !f.set(w) {
		if !utf8.ValidString(w) || hasNonASCII(w) {
			return false
		}
		t.Fatalf("%q: ASCII word refused", w)
	}
	for sl := range numSlots {
		got, want := f.keys(nil, sl), slotKeys(nil, w, sl, clusters{})
		if len(got) != len(want) {
			t.Fatalf("%q slot %d: %d keys, want %d", w, sl, len(got), len(want))
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("%q slot %d: key %d differs", w, sl, i)
			}
		}
	}
	if f.t1Partial() != t1LowerPartial(w) {
		t.Fatalf("%q: t1 partial key differs", w)
	}
	return true
}

func hasNonASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// TestASCIIFormsWikinews compares the keys of every token of the Wikinews
// articles (normalised, as tagging looks them up), and of edge cases, with
// slotKeys.
func TestASCIIFormsWikinews(t *testing.T) {
	var f asciiForms
	for _, w := range []string{"", "a", "A", "-", "a-", "-a", "A-B-c", "x--", "123", "1,000.5", "U.S.", "Mc'Don", "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "\x7f", "é", "Ωmega", "\xff"} {
		checkForms(t, &f, w)
	}
	ascii, other := 0, 0
	for i, d := range tokenized(t, benchdata.Wikinews(t)) {
		if !benchdata.Take(i, 10) {
			continue
		}
		for _, tok := range d.Tokens {
			if checkForms(t, &f, normalize(tok.Text)) {
				ascii++
			} else {
				other++
			}
		}
	}
	t.Logf("%d ASCII tokens, %d others", ascii, other)
}

// FuzzASCIIForms checks that any ASCII word gets the keys of slotKeys
// and that no other word takes the ASCII path.
func FuzzASCIIForms(f *testing.F) {
	for _, w := range []string{"", "Co-op", "x86-64", "e-mail", "U.S.", "O'Neill", "naïve"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		var forms asciiForms
		if !checkForms(t, &forms, w) && !hasNonASCII(w) {
			t.Fatalf("%q: refused", w)
		}
	})
}

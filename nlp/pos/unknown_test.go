package pos

import (
	"testing"
	"unicode/utf8"

	"github.com/newsnlp/newsnlp/internal/benchdata"
)

// checkForms compares the keys of wordForms with those of slotKeys for
// word w, and reports whether w took that path (w is valid UTF-8).
func checkForms(t *testing.T, f *wordForms, w string) bool {
	t.Helper()
	if !f.set(w) {
		if !utf8.ValidString(w) {
			return false
		}
		t.Fatalf("%q: valid word refused", w)
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

// TestWordFormsWikinews compares the keys of every token of the Wikinews
// articles (normalised, as tagging looks them up), and of edge cases, with
// slotKeys.
func TestWordFormsWikinews(t *testing.T) {
	var f wordForms
	for _, w := range []string{"", "a", "A", "-", "a-", "-a", "A-B-c", "x--", "123", "1,000.5", "U.S.", "Mc'Don", "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "\x7f", "é", "Ωmega", "\xff", "Éco-Ünïon", "ǅemal", "İstanbul", "K\u212a", "x-Ω", "ÀB1٣", "naïve", "東京", "a\u0301b", "e-\xff"} {
		checkForms(t, &f, w)
	}
	valid, other := 0, 0
	for i, d := range tokenized(t, benchdata.Wikinews(t)) {
		if !benchdata.Take(i, 10) {
			continue
		}
		for _, tok := range d.Tokens {
			if checkForms(t, &f, normalize(tok.Text)) {
				valid++
			} else {
				other++
			}
		}
	}
	t.Logf("%d tokens checked, %d not valid UTF-8", valid, other)
}

// FuzzWordForms checks that any valid UTF-8 word gets the keys of
// slotKeys and that no other word is taken.
func FuzzWordForms(f *testing.F) {
	for _, w := range []string{"", "Co-op", "x86-64", "e-mail", "U.S.", "O'Neill", "naïve", "Ǆ-ǅ", "ΣΑΣ", "x\xe2\x80"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		var forms wordForms
		if !checkForms(t, &forms, w) && utf8.ValidString(w) {
			t.Fatalf("%q: refused", w)
		}
	})
}

package pos

import (
	"strings"
	"testing"

	"github.com/newsnlp/newsnlp/internal/benchdata"
)

// tableEntry is the lookup in the model's own lexicon table (Tagger.lex),
// which the index replaces at run time.
func tableEntry(t *Tagger, w string) int32 {
	mask := uint64(len(t.lex) - 1)
	for i := hashWord(w) & mask; ; i = (i + 1) & mask {
		if e := t.lex[i]; e < 0 || t.word(e) == w {
			return e
		}
	}
}

// checkEntry fails if the index and the model's table disagree on w.
func checkEntry(t *testing.T, tg *Tagger, w string) {
	t.Helper()
	if got, want := tg.entry(w), tableEntry(tg, w); got != want {
		t.Fatalf("entry(%q) = %d, the model's table has %d", w, got, want)
	}
}

// TestLexKey compares lexKey with the slot words made from a zero-padded
// copy of the word, for every length around the cases.
func TestLexKey(t *testing.T) {
	const alphabet = "abcdefghijklmnopqrstuvwxyzABCDEF\x00\xff"
	for n := range 40 {
		w := alphabet[:min(n, len(alphabet))] + strings.Repeat("z", max(0, n-len(alphabet)))
		var b [lexInline + 5]byte
		copy(b[:], w)
		var w0 uint64
		for i := 7; i >= 0; i-- {
			w0 = w0<<8 | uint64(b[i])
		}
		w1 := uint32(b[8]) | uint32(b[9])<<8 | uint32(b[10])<<16 | uint32(min(n, 255))<<24
		if g0, g1 := lexKey(w); g0 != w0 || g1 != w1 {
			t.Fatalf("lexKey(%q) = %#x %#x, want %#x %#x", w, g0, g1, w0, w1)
		}
	}
	if _, w1 := lexKey(strings.Repeat("a", 300)); w1>>24 != 255 {
		t.Fatalf("length byte of a 300-byte word = %d, want 255", w1>>24)
	}
}

// TestLexIndex looks up, in the index and in the model's table, every
// lexicon word, the word one byte shorter and longer, in upper case and
// with its last byte changed, and every Wikinews token.
func TestLexIndex(t *testing.T) {
	tg := defaultTagger(t)
	for e := range int32(len(tg.wordEnd)) {
		w := tg.word(e)
		if got := tg.entry(w); got != e {
			t.Fatalf("entry(%q) = %d, want %d", w, got, e)
		}
		checkEntry(t, tg, w+"s")
		checkEntry(t, tg, w+"\x00")
		checkEntry(t, tg, strings.ToUpper(w))
		if n := len(w); n > 0 {
			checkEntry(t, tg, w[:n-1])
			checkEntry(t, tg, w[:n-1]+string(w[n-1]^1))
		}
	}
	for _, d := range tokenized(t, benchdata.Wikinews(t)) {
		for _, tok := range d.Tokens {
			checkEntry(t, tg, normalize(tok.Text))
		}
	}
}

// FuzzLexIndex checks that the index and the model's table give the same
// entry for any word.
func FuzzLexIndex(f *testing.F) {
	for _, w := range []string{"", "the", "Washington", "counter-terrorism", "internationally", "a\x00", "\xff"} {
		f.Add(w)
	}
	tg := defaultTagger(f)
	f.Fuzz(func(t *testing.T, w string) {
		checkEntry(t, tg, w)
		if len(w) > 1 {
			checkEntry(t, tg, w[1:])
		}
	})
}

// TestLexIndexLongWords looks up, in a lexicon of three words sharing
// their first lexInline bytes and their length, every word that differs
// from them in its last byte only: the slots cannot tell them apart, the
// bytes after the slot's must.
func TestLexIndexLongWords(t *testing.T) {
	words := []string{"internationalA", "internationalB", "internationalC"}
	var blob string
	tg := &Tagger{}
	for _, w := range words {
		blob += w
		tg.wordEnd = append(tg.wordEnd, uint32(len(blob)))
	}
	tg.wordBlob = blob
	tg.buildIndex()
	for c := byte('0'); c <= 'z'; c++ {
		w := "international" + string(c)
		want := int32(-1)
		if c >= 'A' && c <= 'C' {
			want = int32(c - 'A')
		}
		if got := tg.entry(w); got != want {
			t.Fatalf("entry(%q) = %d, want %d", w, got, want)
		}
	}
}

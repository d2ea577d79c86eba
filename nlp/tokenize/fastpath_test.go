package tokenize

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsnlp/newsnlp/internal/benchdata"
)

// The functions the scanner and the sentence splitter had before their
// fast paths, as references.

// urlEndRef is urlEnd as it was, with its prefixes compared by
// strings.EqualFold (the rest of the URL, after the prefix, is urlFrom's
// in both).
func urlEndRef(text string, i int) int {
	rest := text[i:]
	// Every prefix starts with h, f or w, which no other letter folds to:
	// most words are ruled out by their first byte.
	if len(rest) == 0 {
		return i
	}
	if c := rest[0] | 0x20; c != 'h' && c != 'f' && c != 'w' {
		return i
	}
	var k int
	switch {
	case hasPrefixFoldRef(rest, "http://"):
		k = 7
	case hasPrefixFoldRef(rest, "https://"):
		k = 8
	case hasPrefixFoldRef(rest, "ftp://"):
		k = 6
	case hasPrefixFoldRef(rest, "www.") && len(rest) > 4 && isAlnum(classAt(rest, 4)):
		k = 4
	default:
		return i
	}
	return urlFrom(text, i, k)
}

func hasPrefixFoldRef(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// fastPathTexts are texts on the edges of the fast paths.
var fastPathTexts = []string{
	"http://a.b https://x.org/(a)). HTTP://X hTtPs://y ftp://f FTP://g www.x www. www.. wwW.a",
	"httpſ://x httpK://x ſtp://x https:// http:/ ftp:/ ww.x w w.x http https",
	"H F W h f w Hxx Fxx Wxx hé fé wé \u212a\u017f",
	"End.\nNext\r\nline\u2028sep\u2029par\x85nel\v\f tab\tend .  . ! ? … ‼ ⁇ ⁈ ⁉ ؟ 。 ！ ？ ｡ U.S. p.m. ... …. a.",
}

// TestURLEnd compares urlEnd, behind mayStartURL as the scanner calls it,
// with urlEndRef at every byte of the Wikinews articles and of the edge
// cases.
func TestURLEnd(t *testing.T) {
	texts := append(benchdata.Wikinews(t), fastPathTexts...)
	for _, text := range texts {
		checkURLEnd(t, text)
	}
}

func checkURLEnd(t *testing.T, text string) {
	t.Helper()
	for i := 0; i < len(text); i++ {
		got := i
		if mayStartURL(text[i]) {
			got = urlEnd(text, i)
		}
		if want := urlEndRef(text, i); got != want {
			t.Fatalf("urlEnd(%q, %d) = %d, want %d", text, i, got, want)
		}
	}
}

// FuzzURLEnd compares urlEnd with urlEndRef at every byte of any text.
func FuzzURLEnd(f *testing.F) {
	for _, s := range fastPathTexts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkURLEnd(t, text)
	})
}

// TestMayEndTerminal checks that no token terminal classifies as a
// terminal is ruled out by its last byte: every one-rune token (the
// marks), and every token ending in a period.
func TestMayEndTerminal(t *testing.T) {
	tk := New()
	for r := rune(0); r <= utf8.MaxRune; r++ {
		tok := string(r)
		if tk.terminal(tok) != notTerminal && !mayEndTerminal[tok[len(tok)-1]] {
			t.Fatalf("terminal %q ruled out by its last byte", tok)
		}
	}
	if !mayEndTerminal['.'] {
		t.Fatal("tokens ending in a period ruled out")
	}
}

// TestBreaksLine compares breaksLine with hasNewline on every gap of
// zero to two bytes (between two letters) and on the gaps between the
// Wikinews tokens.
func TestBreaksLine(t *testing.T) {
	check := func(g string) {
		t.Helper()
		text := "ab" + g + "cd"
		if got, want := breaksLine(text, 2, 2+len(g)), hasNewline(g); got != want {
			t.Fatalf("breaksLine(%q) = %v, want %v", g, got, want)
		}
	}
	check("")
	for a := range 256 {
		check(string([]byte{byte(a)}))
		for b := range 256 {
			check(string([]byte{byte(a), byte(b)}))
		}
	}
	tk := New()
	for _, text := range append(benchdata.Wikinews(t), fastPathTexts...) {
		toks := tk.Tokens(nil, text)
		for i := 1; i < len(toks); i++ {
			if got, want := breaksLine(text, toks[i-1].End, toks[i].Start), hasNewline(text[toks[i-1].End:toks[i].Start]); got != want {
				t.Fatalf("breaksLine(%q) = %v, want %v", text[toks[i-1].End:toks[i].Start], got, want)
			}
		}
	}
}

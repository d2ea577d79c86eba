package entities

import (
	"slices"
	"strings"
	"testing"
	"unicode"
)

// The oracles below are the straightforward forms of the allocation-free
// helpers in name.go.

func normalizeNameOracle(display string) []string {
	var words []string
	for f := range strings.FieldsSeq(display) {
		w := strings.TrimFunc(foldWord(stripPossessive(f)), notAlnum)
		if w != "" {
			words = append(words, w)
		}
	}
	if len(words) >= 2 && words[0] == "the" {
		words = words[1:]
	}
	if len(words) >= 2 && corporate[words[len(words)-1]] {
		words = words[:len(words)-1]
	}
	return words
}

func isPossessiveOracle(s string) bool {
	switch strings.ToLower(s) {
	case "'s", "’s", "'", "’":
		return true
	}
	return false
}

func isTitleOracle(lx *lexicon, word string) bool {
	w := foldWord(word)
	if w == "" {
		return false
	}
	if lx.titles[w] {
		return true
	}
	for part := range strings.SplitSeq(w, "-") {
		if lx.titles[part] {
			return true
		}
	}
	return false
}

// checkFold compares the helpers with their oracles on s.
func checkFold(t *testing.T, lx *lexicon, s string) {
	t.Helper()
	words, key, arena := normalizeKey([]string{"x"}, s)
	if want := normalizeNameOracle(s); !slices.Equal(words, want) || key != strings.Join(want, " ") {
		t.Errorf("normalizeKey(%q) = %q, %q; want %q", s, words, key, want)
	}
	if len(arena) != 1+len(words) || cap(words) != len(words) {
		t.Errorf("normalizeKey(%q): arena %q, words cap %d", s, arena, cap(words))
	}
	if got, want := collapseSpace(s), strings.Join(strings.Fields(s), " "); got != want {
		t.Errorf("collapseSpace(%q) = %q, want %q", s, got, want)
	}
	if got, want := string(appendFold([]byte("x"), s)), "x"+foldWord(s); got != want {
		t.Errorf("appendFold(%q) = %q, want %q", s, got, want)
	}
	if got, want := string(appendFoldTrim([]byte("x"), s)), "x"+strings.TrimFunc(foldWord(s), notAlnum); got != want {
		t.Errorf("appendFoldTrim(%q) = %q, want %q", s, got, want)
	}
	if got, want := stripPossessive(s), trimPossessive(s); got != want {
		t.Errorf("stripPossessive(%q) = %q, want %q", s, got, want)
	}
	if got, want := isPossessive(s), isPossessiveOracle(s); got != want {
		t.Errorf("isPossessive(%q) = %v, want %v", s, got, want)
	}
	if got, want := lx.isTitle(s), isTitleOracle(lx, s); got != want {
		t.Errorf("isTitle(%q) = %v, want %v", s, got, want)
	}
	if got, want := folded(portfolio, s), portfolio[foldWord(s)]; got != want {
		t.Errorf("folded(portfolio, %q) = %v, want %v", s, got, want)
	}
}

var foldSeeds = []string{
	"", " ", "The U.S.", "Apple Inc.", "the Inc", "Jones’", "Jones'", "O'Neil's", "NATO’S", "'S", "’s", "’",
	"Secretary-General", "ex-President", "President-elect", "Mr.", "FOREIGN", "Defence", "  Emmanuel \t Macron ",
	"Émile Zola", "ÉCOLE Polytechnique", "\xff\xfe", "a\u00a0b", "a  b", "a\nb", "...", "-", "the", "The The",
	"Dr.-Ing.", "St. John's", "İstanbul", "ǅemal", "K\u212a", "a's", "'s'", "s’", "xs’", "Xs'", "James", "AS", "x\u2019",
}

func TestFoldFastPaths(t *testing.T) {
	lx, err := defaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range foldSeeds {
		checkFold(t, lx, s)
	}
}

func FuzzFoldFastPaths(f *testing.F) {
	lx, err := defaultLexicon()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range foldSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkFold(t, lx, s) })
}

func TestInitialsVariants(t *testing.T) {
	for _, name := range []string{"Federal Bureau of Investigation", "Anti-Defamation League", "The Red Cross", "Médecins Sans Frontières", "A"} {
		words := normalizeName(name)
		var want []string
		if len(words) >= 2 {
			for _, skipStop := range []bool{false, true} {
				for _, splitHyphen := range []bool{false, true} {
					var b strings.Builder
					for _, w := range words {
						if skipStop && acronymStop[w] {
							continue
						}
						parts := []string{w}
						if splitHyphen {
							parts = strings.Split(w, "-")
						}
						for _, p := range parts {
							if r := []rune(p); len(r) > 0 && unicode.IsLetter(r[0]) {
								b.WriteRune(r[0])
							}
						}
					}
					if s := b.String(); len([]rune(s)) >= 2 {
						want = append(want, s)
					}
				}
			}
		}
		if got := initials(words); !slices.Equal(got, want) {
			t.Errorf("initials(%q) = %q, want %q", words, got, want)
		}
	}
}

// TestSetKeys checks that the keys of a document's names, cut from one
// string, are those analyze gives each name alone.
func TestSetKeys(t *testing.T) {
	displays := append([]string{"", "...", "Apple Inc.", "", "The U.S."}, foldSeeds...)
	displays = append(displays, "", "Mark Rutte", "")
	ms := make([]mentionState, len(displays))
	for i, s := range displays {
		ms[i].name.display = s
	}
	setKeys(ms)
	for i, s := range displays {
		words, key, _ := normalizeKey(nil, s)
		if got := ms[i].name; !slices.Equal(got.words, words) || got.key != key || cap(got.words) != len(got.words) {
			t.Errorf("setKeys: name %q has words %q, key %q; want %q, %q", s, got.words, got.key, words, key)
		}
	}
}

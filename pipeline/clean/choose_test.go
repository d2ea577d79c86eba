package clean

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// bs makes blocks from lines of text.
func bs(lines ...string) []block {
	var out []block
	for _, l := range lines {
		out = append(out, block{text: l, runes: len([]rune(l))})
	}
	return out
}

func TestChoose(t *testing.T) {
	para := func(s string) string { return strings.Repeat(s+" ", 12) }
	article := []string{para("The council voted on Monday to rebuild the seawall."), para("The mayor said the town could not wait for another storm."), para("Work starts in the spring and ends before next winter.")}
	caption := "The harbor after the storm of January 12. Photo: Jane Doe for Example Times, all rights reserved"
	tests := []struct {
		name  string
		cands []candidate
		want  source
	}{
		{"readability alone", []candidate{newCandidate(fromReadability, bs(article...))}, fromReadability},
		{"a candidate inside readability's text, without its caption",
			[]candidate{newCandidate(fromHint, bs(article...)), newCandidate(fromReadability, bs(append([]string{caption}, article...)...))}, fromHint},
		{"a candidate much shorter than readability's text loses",
			[]candidate{newCandidate(fromDensity, bs(article[0])), newCandidate(fromReadability, bs(article...))}, fromReadability},
		{"readability took the newsletter box",
			[]candidate{newCandidate(fromDensity, bs(article...)), newCandidate(fromReadability, bs("Sign up for our newsletter", "Get the best stories in your inbox every morning."))}, fromDensity},
		{"JSON-LD body when the markup hides the text",
			[]candidate{newCandidate(fromJSONLD, bs(article...)), newCandidate(fromReadability, bs("Loading…"))}, fromJSONLD},
		{"no readability container: the longest", []candidate{newCandidate(fromHint, bs(article[0])), newCandidate(fromDensity, bs(article...))}, fromDensity},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := choose(tt.cands).src; got != tt.want {
				t.Errorf("choose = %s, want %s", got, tt.want)
			}
		})
	}
}

// TestHTMLDropsFurniture extracts pages whose article container holds a
// figure caption, a share bar, a related-links box and boilerplate lines,
// or that are followed by a comments section longer than the article, and
// checks that the body is the article's paragraphs, all of them.
func TestHTMLDropsFurniture(t *testing.T) {
	titles := map[string]string{"article": "Harbor town votes to rebuild its seawall", "comments": "Seawall vote passes"}
	for _, name := range []string{"article", "comments"} {
		t.Run(name, func(t *testing.T) {
			page, err := os.ReadFile(filepath.Join("testdata", "furniture", name+".html"))
			if err != nil {
				t.Fatal(err)
			}
			r, err := HTML(page, "https://www.example-times.com/2024/01/15/seawall")
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(filepath.Join("testdata", "furniture", name+".expected.txt"))
			if err != nil {
				t.Fatal(err)
			}
			if r.Body != strings.TrimSpace(string(want)) {
				t.Errorf("body\n%s\nwant\n%s", r.Body, want)
			}
			if r.Title != titles[name] {
				t.Errorf("title %q, want %q", r.Title, titles[name])
			}
		})
	}
}

// FuzzWordsSeq checks wordsSeq against strings.FieldsFunc.
func FuzzWordsSeq(f *testing.F) {
	for _, s := range []string{"", "a b", "don't stop—now", "x\xffy", "日本語 テキスト", "__a__"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var got []string
		for w := range wordsSeq(s) {
			got = append(got, w)
		}
		if want := strings.FieldsFunc(s, notWordRune); !slices.Equal(got, want) {
			t.Fatalf("wordsSeq(%q) = %q, want %q", s, got, want)
		}
	})
}

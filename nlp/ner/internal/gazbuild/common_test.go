package main

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"
)

// TestCommonWords reads synset lines in the WordNet data-file layout
// (offset, lexicographer file, part of speech, word count in hex, then
// word and lex id pairs).
func TestCommonWords(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"data.noun": "  1 This software and database is being provided\n" +
			"00000001 04 n 02 greeting 0 salutation 0 000 | a word\n" +
			"00000002 04 n 01 category 0 000 | a class\n" +
			"00000003 18 n 02 Bush 0 George_Bush 0 000 | a person\n" +
			"00000004 20 n 01 bush 0 000 | a plant (its plural is no name)\n" +
			"00000005 20 n 02 box 0 city 0 000 | plural -es and -ies\n",
		"data.verb": "00000006 30 v 01 jubilate 0 000 | rejoice\n",
		"data.adj":  "00000007 00 s 01 little(a) 0 000 | small\n",
		"data.adv":  "00000008 02 r 01 oh 0 000 | too short\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	s := set{}
	if err := commonWords(s, dir); err != nil {
		t.Fatal(err)
	}
	var got []string
	for k := range s {
		got = append(got, k[len("wn-common\t"):])
	}
	slices.Sort(got)
	want := []string{"box", "boxes", "bushes", "categories", "category", "cities", "city", "greeting", "greetings", "jubilate", "little", "salutation", "salutations"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

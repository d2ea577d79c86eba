package ner

import (
	"slices"
	"strings"
	"testing"
)

// TestCapNumber checks that a capitalized word before a number gets the
// prose bit of its sentence: "Category 5" in prose keeps features apart
// from "Somerset 19" in a results line.
func TestCapNumber(t *testing.T) {
	words := strings.Fields("A Category 5 hurricane is a form of tropical cyclone . Leicestershire 22 Somerset 19")
	sents := [][2]int{{0, 11}, {11, 15}}
	m := &Model{}
	infos := make([]tokInfo, len(words))
	var vocab docVocab
	m.prepare(words, sents, infos, &vocab)
	cases := []struct {
		i, s0, s1 int
		prose     bool
	}{{1, 0, 11, true}, {13, 11, 15, false}}
	for _, c := range cases {
		if infos[c.i].prose != c.prose {
			t.Errorf("%q: prose %v, want %v", words[c.i], infos[c.i].prose, c.prose)
		}
		prose := uint64(0)
		if c.prose {
			prose = 1
		}
		feats := m.extract(nil, words, infos, c.s0, c.s1, c.i, nil, false, 0)
		if !slices.Contains(feats, mix(tCapNumber, prose, 0)) {
			t.Errorf("%q: no capitalized-word-before-number feature with prose %d", words[c.i], prose)
		}
	}
	// Not before a number, or not capitalized: no such feature.
	for _, i := range []int{3, 12} {
		for _, f := range m.extract(nil, words, infos, 0, 15, i, nil, false, 0) {
			if f == mix(tCapNumber, 0, 0) || f == mix(tCapNumber, 1, 0) {
				t.Errorf("%q: capitalized-word-before-number feature", words[i])
			}
		}
	}
}

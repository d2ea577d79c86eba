package ner

import (
	"fmt"
	"strings"
)

// clusterSet maps words to the keys of their clusters, one key per
// clustering granularity (at most 4), in two open-addressing tables.
type clusterSet struct {
	exact []clusterSlot // word as written (FNV-1a of the word)
	lower []lowerSlot   // lower-cased word, most frequent form first
	words []string      // in file order (training only)
}

// clusterSlot is a slot of the table of words as written; it also holds
// the word's row in Model.cacheRows (or -1), as every cached word is a
// clustered one.
type clusterSlot struct {
	key   uint64
	cache int32
	used  uint32 // 1 for a filled slot
	c     [4]uint64
}

type lowerSlot struct {
	key  uint64
	used uint64 // 1 for a filled slot
	c    [4]uint64
}

// readClusters parses lines "word<TAB>class[<TAB>class...]", most frequent
// word first (the output of nlp/ner/internal/clusters).
func readClusters(b []byte, keepWords bool) (*clusterSet, error) {
	exact, lower := map[uint64][4]uint64{}, map[uint64][4]uint64{}
	var words []string
	for n, line := range strings.Split(string(b), "\n") {
		if line == "" {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 2 {
			return nil, fmt.Errorf("ner: clusters line %d: want word<TAB>class", n+1)
		}
		var keys [4]uint64
		for k, c := range f[1:min(len(f), 5)] {
			keys[k] = hstr(hbyte(fnvOffset, byte(k+1)), c)
		}
		exact[hstr(fnvOffset, f[0])] = keys
		if keepWords {
			words = append(words, f[0])
		}
		if l := hlower(fnvOffset, f[0], false); !hasKey(lower, l) {
			lower[l] = keys
		}
	}
	return newClusterSet(exact, lower, words), nil
}

func hasKey(m map[uint64][4]uint64, k uint64) bool { _, ok := m[k]; return ok }

// newClusterSet builds the tables, inserting keys in ascending order so
// that they are deterministic. No word is cached yet.
func newClusterSet(exact, lower map[uint64][4]uint64, words []string) *clusterSet {
	cs := &clusterSet{words: words}
	cs.exact = make([]clusterSlot, tableSize(len(exact)))
	mask := uint64(len(cs.exact) - 1)
	for _, k := range sortedKeys(exact) {
		i := k & mask
		for cs.exact[i].used != 0 {
			i = (i + 1) & mask
		}
		cs.exact[i] = clusterSlot{key: k, cache: -1, used: 1, c: exact[k]}
	}
	cs.lower = make([]lowerSlot, tableSize(len(lower)))
	mask = uint64(len(cs.lower) - 1)
	for _, k := range sortedKeys(lower) {
		i := k & mask
		for cs.lower[i].used != 0 {
			i = (i + 1) & mask
		}
		cs.lower[i] = lowerSlot{key: k, used: 1, c: lower[k]}
	}
	return cs
}

// find returns the slot of the word with hash hw as written, or nil.
func (cs *clusterSet) find(hw uint64) *clusterSlot {
	mask := uint64(len(cs.exact) - 1)
	for i := hw & mask; ; i = (i + 1) & mask {
		s := &cs.exact[i]
		if s.used == 0 {
			return nil
		}
		if s.key == hw {
			return s
		}
	}
}

// of returns the cluster keys of word w (zero when unknown) and its row in
// the word cache (or -1).
func (cs *clusterSet) of(w string, hw uint64) ([4]uint64, int32) {
	if s := cs.find(hw); s != nil {
		return s.c, s.cache
	}
	hl := hlower(fnvOffset, w, false)
	mask := uint64(len(cs.lower) - 1)
	for i := hl & mask; ; i = (i + 1) & mask {
		s := &cs.lower[i]
		if s.used == 0 {
			return [4]uint64{}, -1
		}
		if s.key == hl {
			return s.c, -1
		}
	}
}

package pipeline

import (
	"fmt"
	"hash/fnv"
	"strconv"

	"github.com/newsnlp/newsnlp/pipeline/source"
)

// idSet makes article ids unique within a run: the first record with an id
// keeps it, a later one gets "#2", "#3", … (the first suffix not yet
// taken) and a warning row saying so. It keeps a 128-bit hash per id
// (about 50 bytes), not the id.
type idSet struct {
	seen map[[16]byte]int32 // times the id was given
}

func newIDSet() *idSet { return &idSet{seen: map[[16]byte]int32{}} }

func idKey(id string) [16]byte {
	h := fnv.New128a()
	h.Write([]byte(id))
	var k [16]byte
	h.Sum(k[:0])
	return k
}

// claim renames rec.ID if an earlier record of the run had it.
func (s *idSet) claim(rec *source.Record) {
	if rec.Err != nil || rec.ID == "" {
		return
	}
	k := idKey(rec.ID)
	n := s.seen[k]
	s.seen[k] = n + 1
	if n == 0 {
		return
	}
	for i := n + 1; ; i++ {
		id := rec.ID + "#" + strconv.Itoa(int(i))
		ik := idKey(id)
		if s.seen[ik] == 0 {
			s.seen[ik] = 1
			rec.Warnings = append(rec.Warnings, fmt.Errorf("pipeline: duplicate article_id %q (given before in this run): renamed %q", rec.ID, id))
			rec.ID = id
			return
		}
	}
}

package ner

import (
	"errors"
	"fmt"
	"math"
	"slices"

	"github.com/newsnlp/newsnlp/internal/modelfile"
)

// The weights file (see rawfile.go for the framing) holds the tagging
// tables as they are used, in these sections:
//
//	meta          [2]u32: gazetteer maxLen, 1 if the second pass exists
//	scales        [2]f32: int16 weight → float, per pass
//	transitions   [2][(numLabels+1)*numLabels]f32
//	joint slots   []{key u64, row i32, pad u32}: open addressing, key 0 empty
//	joint weights [][2][numLabels]i16
//	gazetteer     kinds (bytes, then end offsets []u32), slots []{key u64, mask u32, used u32}
//	clusters      slots []{key u64, cache i32, used u32, keys [4]u64} (words as written),
//	              slots []{key u64, used u64, keys [4]u64} (lower-cased)
//	word cache    [][2][numLabels]f32
const numSections = 11

// Field layouts of the section arrays, for modelfile.View and Bytes.
var (
	layoutJoint   = []int{8, 4, 4}
	layoutGaz     = []int{8, 4, 4}
	layoutCluster = []int{8, 4, 4, 8, 8, 8, 8}
	layoutLower   = []int{8}
)

func sortedKeys[V any](m map[uint64]V) []uint64 {
	keys := make([]uint64, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys) // a deterministic file
	return keys
}

// encode serializes the model's tagging tables.
func (m *Model) encode() []byte {
	j := m.joint
	has2 := uint32(0)
	if j.has2 {
		has2 = 1
	}
	g := m.gaz
	if g == nil {
		g = &Gazetteer{}
	}
	var kinds []byte
	var kindEnds []uint32
	for _, k := range g.kinds {
		kinds = append(kinds, k...)
		kindEnds = append(kindEnds, uint32(len(kinds)))
	}
	cs := m.clusters
	if cs == nil {
		cs = &clusterSet{}
	}
	b := []byte(magic)
	for _, sec := range [numSections][]byte{
		modelfile.Bytes([]uint32{uint32(g.maxLen), has2}, 4),
		modelfile.Bytes(j.scale[:], 4),
		modelfile.Bytes(j.trans[:], 4),
		modelfile.Bytes(j.slots, layoutJoint...),
		modelfile.Bytes(j.w, 2),
		kinds,
		modelfile.Bytes(kindEnds, 4),
		modelfile.Bytes(g.slots, layoutGaz...),
		modelfile.Bytes(cs.exact, layoutCluster...),
		modelfile.Bytes(cs.lower, layoutLower...),
		modelfile.Bytes(m.cacheRows, 4),
	} {
		b = modelfile.AppendSection(b, sec)
	}
	return b
}

// decodeModel builds a model on the tables of a weights file, in place
// where it can (see modelfile.View): b must not change while the model is in use.
// Every index that tagging follows is checked, so a damaged file is an
// error, not a panic.
func decodeModel(b []byte) (*Model, error) {
	if len(b) < len(magic) || string(b[:len(magic)]) != magic {
		return nil, errors.New("not a newsnlp NER weights file (or an older version)")
	}
	b = modelfile.Aligned(b)
	sec, err := modelfile.Split(b, len(magic), numSections)
	if err != nil {
		return nil, err
	}
	var errs []error
	check := func(err error) {
		if err != nil {
			errs = append(errs, err)
		}
	}
	meta, err := modelfile.View[uint32](sec[0], 4)
	check(err)
	scales, err := modelfile.View[float32](sec[1], 4)
	check(err)
	trans, err := modelfile.View[float32](sec[2], 4)
	check(err)
	j := &joint{}
	j.slots, err = modelfile.View[jointSlot](sec[3], layoutJoint...)
	check(err)
	j.w, err = modelfile.View[[2][numLabels]int16](sec[4], 2)
	check(err)
	kindEnds, err := modelfile.View[uint32](sec[6], 4)
	check(err)
	g := &Gazetteer{}
	g.slots, err = modelfile.View[gazSlot](sec[7], layoutGaz...)
	check(err)
	cs := &clusterSet{}
	cs.exact, err = modelfile.View[clusterSlot](sec[8], layoutCluster...)
	check(err)
	cs.lower, err = modelfile.View[lowerSlot](sec[9], layoutLower...)
	check(err)
	m := &Model{}
	m.cacheRows, err = modelfile.View[[2][numLabels]float32](sec[10], 4)
	check(err)
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}

	if len(meta) != 2 || meta[1] > 1 || len(scales) != 2 || len(trans) != len(j.trans)*len(j.trans[0]) {
		return nil, errors.New("bad header section")
	}
	for _, x := range append(slices.Clone(scales), trans...) {
		if math.IsNaN(float64(x)) || math.IsInf(float64(x), 0) {
			return nil, errors.New("weights are not finite")
		}
	}
	g.maxLen, j.has2 = int(meta[0]), meta[1] == 1
	copy(j.scale[:], scales)
	for p := range j.trans {
		copy(j.trans[p][:], trans[p*len(j.trans[p]):])
		j.tr[p] = newTransitions(&j.trans[p])
	}
	j.mask = uint64(len(j.slots) - 1)
	if !isTable(len(j.slots)) || !slices.ContainsFunc(j.slots, func(s jointSlot) bool { return s.key == 0 }) {
		return nil, errors.New("bad weight table")
	}
	for _, s := range j.slots {
		if s.key != 0 && (s.row < 0 || int(s.row) >= len(j.w)) {
			return nil, errors.New("weight row out of range")
		}
	}
	j.setFilter()
	m.joint = j

	if len(kindEnds) > maxGazKinds {
		return nil, fmt.Errorf("%d gazetteer kinds", len(kindEnds))
	}
	start := uint32(0)
	for _, end := range kindEnds {
		if end < start || end > uint32(len(sec[5])) {
			return nil, errors.New("bad gazetteer kinds")
		}
		g.kinds = append(g.kinds, string(sec[5][start:end]))
		start = end
	}
	if len(g.slots) > 0 {
		if !isTable(len(g.slots)) {
			return nil, errors.New("bad gazetteer table")
		}
		for _, s := range g.slots {
			if s.used > 1 {
				return nil, errors.New("bad gazetteer table")
			}
			g.n += int(s.used)
		}
		if g.n == len(g.slots) {
			return nil, errors.New("full gazetteer table")
		}
	}
	m.gaz = g

	if len(cs.exact) > 0 {
		n := 0
		for _, s := range cs.exact {
			if s.used > 1 || s.cache < -1 || int(s.cache) >= len(m.cacheRows) {
				return nil, errors.New("bad cluster table")
			}
			n += int(s.used)
		}
		full := true
		for _, s := range cs.lower {
			if s.used > 1 {
				return nil, errors.New("bad cluster table")
			}
			full = full && s.used == 1
		}
		if !isTable(len(cs.exact)) || n == len(cs.exact) || !isTable(len(cs.lower)) || full {
			return nil, errors.New("bad cluster table")
		}
		m.clusters = cs
	}
	return m, nil
}

// isTable reports whether n is a usable open-addressing table size.
func isTable(n int) bool { return n >= 2 && n&(n-1) == 0 }

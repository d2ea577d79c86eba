package ner

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
)

// The weights file (after zstd) is little-endian:
//
//	magic
//	2 × layer:   rows u32, keys [rows]u64, weights [rows*numLabels]f32, transitions [(numLabels+1)*numLabels]f32
//	gazetteer:   kinds u32, (len u16, bytes) per kind, maxLen u32, n u32, keys [n]u64, masks [n]u32
//	clusters:    2 × (n u32, keys [n]u64, values [n*4]u64)   (exact forms, then lower-cased)
//	word cache:  n u32, keys [n]u64, rows [n*2*numLabels]f32

type encoder struct{ b []byte }

func (e *encoder) u32(v uint32) { e.b = binary.LittleEndian.AppendUint32(e.b, v) }
func (e *encoder) u64s(vs []uint64) {
	for _, v := range vs {
		e.b = binary.LittleEndian.AppendUint64(e.b, v)
	}
}
func (e *encoder) f32s(vs []float32) {
	for _, v := range vs {
		e.b = binary.LittleEndian.AppendUint32(e.b, math.Float32bits(v))
	}
}

func (e *encoder) clusterMap(cm map[uint64][4]uint64) {
	e.u32(uint32(len(cm)))
	keys := sortedKeys(cm)
	e.u64s(keys)
	for _, k := range keys {
		v := cm[k]
		e.u64s(v[:])
	}
}

func sortedKeys[V any](m map[uint64]V) []uint64 {
	keys := make([]uint64, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys) // a deterministic file
	return keys
}

// encode serializes the model (uncompressed).
func (m *Model) encode() []byte {
	e := &encoder{b: []byte(magic)}
	for _, l := range m.pass {
		e.u32(uint32(len(l.order)))
		e.u64s(l.order)
		e.f32s(l.w)
		e.f32s(l.trans[:])
	}
	g := m.gaz
	if g == nil {
		g = &Gazetteer{}
	}
	e.u32(uint32(len(g.kinds)))
	for _, k := range g.kinds {
		e.b = binary.LittleEndian.AppendUint16(e.b, uint16(len(k)))
		e.b = append(e.b, k...)
	}
	e.u32(uint32(g.maxLen))
	keys := sortedKeys(g.phrases)
	e.u32(uint32(len(keys)))
	e.u64s(keys)
	for _, k := range keys {
		e.u32(g.phrases[k])
	}
	cs := m.clusters
	if cs == nil {
		cs = &clusterSet{}
	}
	e.clusterMap(cs.exact)
	e.clusterMap(cs.lower)
	keys = sortedKeys(m.cache)
	e.u32(uint32(len(keys)))
	e.u64s(keys)
	for _, k := range keys {
		row := m.cacheRows[m.cache[k]]
		e.f32s(row[0][:])
		e.f32s(row[1][:])
	}
	return e.b
}

type decoder struct {
	b   []byte
	err error
}

var errShort = errors.New("truncated")

func (d *decoder) take(n int) []byte {
	if d.err != nil || n < 0 || n > len(d.b) {
		d.err = errShort
		return nil
	}
	out := d.b[:n]
	d.b = d.b[n:]
	return out
}

func (d *decoder) u32() uint32 {
	b := d.take(4)
	if b == nil {
		return 0
	}
	return binary.LittleEndian.Uint32(b)
}

// count reads a length and checks that size bytes per item remain.
func (d *decoder) count(size int) int {
	n := int(d.u32())
	if d.err == nil && n*size > len(d.b) {
		d.err = fmt.Errorf("count %d exceeds the file", n)
	}
	if d.err != nil {
		return 0
	}
	return n
}

func (d *decoder) u64s(n int) []uint64 {
	b := d.take(8 * n)
	out := make([]uint64, n)
	for i := range out {
		if b != nil {
			out[i] = binary.LittleEndian.Uint64(b[8*i:])
		}
	}
	return out
}

func (d *decoder) f32s(dst []float32) {
	b := d.take(4 * len(dst))
	if b == nil {
		return
	}
	for i := range dst {
		v := math.Float32frombits(binary.LittleEndian.Uint32(b[4*i:]))
		if math.IsNaN(float64(v)) || math.IsInf(float64(v), 0) {
			d.err = errors.New("weights are not finite")
			return
		}
		dst[i] = v
	}
}

func (d *decoder) clusterMap() map[uint64][4]uint64 {
	n := d.count(40)
	keys := d.u64s(n)
	vals := d.u64s(4 * n)
	out := make(map[uint64][4]uint64, n)
	for i, k := range keys {
		out[k] = [4]uint64(vals[4*i : 4*i+4])
	}
	return out
}

func decodeModel(b []byte) (*Model, error) {
	if len(b) < len(magic) || string(b[:len(magic)]) != magic {
		return nil, errors.New("not a newsnlp NER weights file (or an older version)")
	}
	d := &decoder{b: b[len(magic):]}
	m := &Model{}
	for p := range m.pass {
		n := d.count(8 + 4*numLabels)
		keys := d.u64s(n)
		w := make([]float32, n*numLabels)
		d.f32s(w)
		l := newLayer(keys, w)
		d.f32s(l.trans[:])
		m.pass[p] = l
	}
	g := &Gazetteer{}
	nk := d.count(2)
	if nk > maxGazKinds {
		return nil, fmt.Errorf("%d gazetteer kinds", nk)
	}
	for range nk {
		l := d.take(2)
		if l == nil {
			break
		}
		g.kinds = append(g.kinds, string(d.take(int(binary.LittleEndian.Uint16(l)))))
	}
	g.maxLen = int(d.u32())
	n := d.count(12)
	keys := d.u64s(n)
	masks := d.take(4 * n)
	g.phrases = make(map[uint64]uint32, n)
	for i, k := range keys {
		if masks != nil {
			g.phrases[k] = binary.LittleEndian.Uint32(masks[4*i:])
		}
	}
	m.gaz = g
	cs := &clusterSet{exact: d.clusterMap(), lower: d.clusterMap()}
	if len(cs.exact) > 0 {
		m.clusters = cs
	}
	n = d.count(8 + 8*numLabels)
	keys = d.u64s(n)
	m.cache = make(map[uint64]int32, n)
	m.cacheRows = make([][2][numLabels]float32, n)
	for i, k := range keys {
		d.f32s(m.cacheRows[i][0][:])
		d.f32s(m.cacheRows[i][1][:])
		m.cache[k] = int32(i)
	}
	if d.err != nil {
		return nil, d.err
	}
	m.joint = newJoint(m.pass)
	if len(d.b) != 0 {
		return nil, fmt.Errorf("%d bytes after the model", len(d.b))
	}
	return m, nil
}

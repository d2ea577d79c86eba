package ner

import (
	"runtime"
	"sync"
	"unsafe"

	"github.com/newsnlp/newsnlp/internal/modelfile"
)

// joint is the run-time form of both passes' weights: one open-addressing
// table from feature key to a row holding the feature's quantized weights
// in pass 1 and in pass 2 (zero where a pass lacks the feature). The
// second pass repeats every feature of the first and adds those of the
// pass-1 labels, so the first pass's lookups also sum most of the second
// pass's scores: integer sums, so the order of addition does not change
// them. A third of the features a sentence looks up are not in the
// table (most word bigrams, for one); a filter of the table's keys small
// enough to stay in the core's cache turns them away before they read a
// slot of the table (screen).
type joint struct {
	slots []jointSlot // key 0 is empty (keys are fixKey'd)
	mask  uint64
	w     [][2][numLabels]int16 // row → weights per pass
	scale [2]float32
	trans [2][(numLabels + 1) * numLabels]float32
	tr    [2]transitions // trans, gathered for viterbiT
	has2  bool           // the second pass exists

	filter *keyFilter // the keys of slots
	absent uint64     // a key the filter rejects, whose home slot is empty

	rolesOnce sync.Once
	roles     *roleTable // made on first use (Model.roleTable)
}

type jointSlot struct {
	key uint64
	row int32
	_   int32
}

// newJoint merges the layers (pass[1] may be nil). A key's weights are
// those layer.find returns for it.
func newJoint(pass [2]*layer) *joint {
	j := &joint{has2: pass[1] != nil}
	n := 0
	for p, l := range pass {
		if l != nil {
			n += len(l.order)
			j.scale[p] = l.scale
			j.trans[p] = l.trans
			j.tr[p] = newTransitions(&l.trans)
		}
	}
	size := 1
	for size < n+n/2+1 {
		size <<= 1
	}
	j.slots = make([]jointSlot, size)
	j.mask = uint64(size - 1)
	for _, l := range pass {
		if l == nil {
			continue
		}
		for _, k := range l.order {
			k = fixKey(k)
			i := k & j.mask
			for j.slots[i].key != 0 && j.slots[i].key != k {
				i = (i + 1) & j.mask
			}
			if j.slots[i].key == k {
				continue
			}
			var w [2][numLabels]int16
			for p, lp := range pass {
				if lp == nil {
					continue
				}
				if s := lp.find(k); s != nil {
					w[p] = s.w
				}
			}
			j.slots[i] = jointSlot{key: k, row: int32(len(j.w))}
			j.w = append(j.w, w)
		}
	}
	j.setFilter()
	return j
}

// setFilter fills the filter of the table's keys and picks the key that
// stands for rejected features: one the filter rejects, whose home slot
// is empty. A filter so full that a million keys spread over its words
// find no such key is made to pass every key.
func (j *joint) setFilter() {
	j.filter = new(keyFilter)
	for _, s := range j.slots {
		if s.key != 0 {
			j.filter.add(s.key)
		}
	}
	for i := uint64(1); i <= 1<<20; i++ {
		k := i * 0x9e3779b97f4a7c15
		if !j.filter.mayHave(k) && j.slots[k&j.mask].key == 0 {
			j.absent = k
			return
		}
	}
	for w := range j.filter {
		j.filter[w] = ^uint64(0)
	}
}

// screen replaces the features of feats the filter rejects with j.absent
// (a key the table lacks, whose home slot is empty), and loads the home
// slot of every other feature: loads that do not depend on one another,
// so that their cache misses overlap before find needs the slots one
// after the other. It is not inlined (nor is touchRows): inside tagPass,
// the loop's variables would live on the stack.
//
//go:noinline
func (j *joint) screen(feats []uint64) uint64 {
	var sink uint64
	slots, f, absent := j.slots, j.filter, j.absent
	mask := uint64(len(slots) - 1)
	for x, k := range feats {
		k = fixKey(k)
		if !f.mayHave(k) {
			feats[x] = absent
			continue
		}
		sink += slots[k&mask].key
	}
	return sink
}

// touchRows loads the first weights of rows (see joint.screen).
func (j *joint) touchRows(rows []int32) uint64 { return touchRows(j.w, rows) }

// touchRows loads the first weights of rows of w (see joint.screen).
// The rows are rows of w (as find and roleTable.tokenRows give them, and
// as emissions1AVX2 reads them): the loads go unchecked.
//
//go:noinline
func touchRows(w [][2][numLabels]int16, rows []int32) uint64 {
	var sink uint64
	base := unsafe.Pointer(unsafe.SliceData(w))
	for _, r := range rows {
		sink += uint64(*(*uint16)(unsafe.Add(base, int(r)*rowSize)))
	}
	return sink
}

// lookup appends the rows of the features in feats that the table holds.
func (j *joint) lookup(dst []int32, feats []uint64) []int32 {
	for _, f := range feats {
		k := fixKey(f)
		i := k & j.mask
		for {
			s := &j.slots[i]
			if s.key == k {
				dst = append(dst, s.row)
				break
			}
			if s.key == 0 {
				break
			}
			i = (i + 1) & j.mask
		}
	}
	return dst
}

// find sets rows[:n] to the rows of the features in feats that the table
// holds, in order, and ends[x] to the number of them among feats[:x+1];
// it returns n. rows and ends have room for a row per feature. It is a
// loop of its own (not inlined, no append) that keeps its variables in
// registers.
//
//go:noinline
func (j *joint) find(rows, ends []int32, feats []uint64) int {
	slots := j.slots
	mask := uint64(len(slots) - 1)
	ends = ends[:len(feats)]
	n := 0
	for x, f := range feats {
		k := fixKey(f)
		for i := k; ; i++ {
			s := &slots[i&mask]
			if s.key == k {
				rows[n] = s.row
				n++
				break
			}
			if s.key == 0 {
				break
			}
		}
		ends[x] = int32(n)
	}
	return n
}

// sum adds the weights of rows in both passes to acc: with AVX2 where the
// machine has it, else four lanes to a word (sumWords). The sums are the
// same integers however they are added.
func (j *joint) sum(rows []int32, acc *[2][numLabels]int32) { addRows(j.w, rows, acc) }

// addRows adds both passes' weights of rows of w to acc (see joint.sum).
func addRows(w [][2][numLabels]int16, rows []int32, acc *[2][numLabels]int32) {
	if len(rows) == 0 {
		return
	}
	if haveSumAsm {
		sumRowsAVX2(unsafe.Pointer(unsafe.SliceData(w)), rows, acc)
		return
	}
	addRowsWords(w, rows, acc)
}

// sumWords is sum without vector instructions.
func (j *joint) sumWords(rows []int32, acc *[2][numLabels]int32) { addRowsWords(j.w, rows, acc) }

// addRowsWords is addRows without vector instructions.
func addRowsWords(ws [][2][numLabels]int16, rows []int32, acc *[2][numLabels]int32) {
	if !wordLoads || len(rows) >= 1<<16 {
		for _, r := range rows {
			w := &ws[r]
			for k := range numLabels {
				acc[0][k] += int32(w[0][k])
				acc[1][k] += int32(w[1][k])
			}
		}
		return
	}
	// The 34 weights of a row are lanes 0-33 (pass 1's labels, then pass
	// 2's): eight 8-byte words of four lanes and a 4-byte word of two.
	base := unsafe.Pointer(unsafe.SliceData(ws))
	var lanes [2 * numLabels]int64
	for half := range 2 {
		var e0, o0, e1, o1, e2, o2, e3, o3 uint64
		at := 32 * half
		for _, r := range rows {
			p := unsafe.Add(base, int(r)*rowSize+at)
			x0 := *(*uint64)(p) ^ flip
			x1 := *(*uint64)(unsafe.Add(p, 8)) ^ flip
			x2 := *(*uint64)(unsafe.Add(p, 16)) ^ flip
			x3 := *(*uint64)(unsafe.Add(p, 24)) ^ flip
			e0, o0 = e0+x0&lo, o0+x0>>16&lo
			e1, o1 = e1+x1&lo, o1+x1>>16&lo
			e2, o2 = e2+x2&lo, o2+x2>>16&lo
			e3, o3 = e3+x3&lo, o3+x3>>16&lo
		}
		l := lanes[16*half:]
		l[0], l[1], l[2], l[3] = int64(uint32(e0)), int64(uint32(o0)), int64(e0>>32), int64(o0>>32)
		l[4], l[5], l[6], l[7] = int64(uint32(e1)), int64(uint32(o1)), int64(e1>>32), int64(o1>>32)
		l[8], l[9], l[10], l[11] = int64(uint32(e2)), int64(uint32(o2)), int64(e2>>32), int64(o2>>32)
		l[12], l[13], l[14], l[15] = int64(uint32(e3)), int64(uint32(o3)), int64(e3>>32), int64(o3>>32)
	}
	var e, o uint64
	for _, r := range rows {
		x := uint64(*(*uint32)(unsafe.Add(base, int(r)*rowSize+64)) ^ 0x80008000)
		e, o = e+x&0xffff, o+x>>16
	}
	lanes[32], lanes[33] = int64(e), int64(o)
	bias := int64(len(rows)) << 15
	for k := range numLabels {
		acc[0][k] += int32(lanes[k] - bias)
		acc[1][k] += int32(lanes[numLabels+k] - bias)
	}
}

// sum2 adds the second-pass weights of rows to acc (see sum).
func (j *joint) sum2(rows []int32, acc *[numLabels]int32) {
	if len(rows) == 0 {
		return
	}
	if haveSumAsm {
		sum2RowsAVX2(unsafe.Pointer(unsafe.SliceData(j.w)), rows, acc)
		return
	}
	j.sum2Words(rows, acc)
}

// addRows2 adds the second-pass weights of row r of w to acc.
func addRows2(w [][2][numLabels]int16, r int32, acc *[numLabels]int32) {
	if haveSumAsm {
		rows := [1]int32{r}
		sum2RowsAVX2(unsafe.Pointer(unsafe.SliceData(w)), rows[:], acc)
		return
	}
	for k, v := range &w[r][1] {
		acc[k] += int32(v)
	}
}

// sum2Words is sum2 without vector instructions.
func (j *joint) sum2Words(rows []int32, acc *[numLabels]int32) {
	if !wordLoads || len(rows) >= 1<<16 {
		for _, r := range rows {
			w := &j.w[r][1]
			for k := range numLabels {
				acc[k] += int32(w[k])
			}
		}
		return
	}
	// Pass 2's lanes: four 8-byte words from byte 34, and one 2-byte.
	base := unsafe.Add(unsafe.Pointer(unsafe.SliceData(j.w)), 2*numLabels)
	var e0, o0, e1, o1, e2, o2, e3, o3, e4 uint64
	for _, r := range rows {
		p := unsafe.Add(base, int(r)*rowSize)
		x0 := *(*uint64)(p) ^ flip
		x1 := *(*uint64)(unsafe.Add(p, 8)) ^ flip
		x2 := *(*uint64)(unsafe.Add(p, 16)) ^ flip
		x3 := *(*uint64)(unsafe.Add(p, 24)) ^ flip
		e0, o0 = e0+x0&lo, o0+x0>>16&lo
		e1, o1 = e1+x1&lo, o1+x1>>16&lo
		e2, o2 = e2+x2&lo, o2+x2>>16&lo
		e3, o3 = e3+x3&lo, o3+x3>>16&lo
		e4 += uint64(*(*uint16)(unsafe.Add(p, 32)) ^ 0x8000)
	}
	bias := int64(len(rows)) << 15
	lanes := [numLabels]int64{
		int64(uint32(e0)), int64(uint32(o0)), int64(e0 >> 32), int64(o0 >> 32),
		int64(uint32(e1)), int64(uint32(o1)), int64(e1 >> 32), int64(o1 >> 32),
		int64(uint32(e2)), int64(uint32(o2)), int64(e2 >> 32), int64(o2 >> 32),
		int64(uint32(e3)), int64(uint32(o3)), int64(e3 >> 32), int64(o3 >> 32),
		int64(e4),
	}
	for k, v := range lanes {
		acc[k] += int32(v - bias)
	}
}

// scaleAdd adds the summed weights acc, times scale, to the scores e:
// e[t] += float32(acc[t]) * scale, with AVX2 where sum uses it (the same
// floats: a product rounded, then a sum rounded, as Go computes it on
// amd64 without FMA).
func scaleAdd(e *[numLabels]float32, acc *[numLabels]int32, scale float32) {
	if haveSumAsm {
		scaleAddAVX2(e, acc, scale)
		e[numLabels-1] += float32(acc[numLabels-1]) * scale
		return
	}
	for t := range numLabels {
		e[t] += float32(acc[t]) * scale
	}
}

// rowSize is the size in bytes of a row of joint.w (sum_amd64.s has it
// written out: 68).
const rowSize = 2 * numLabels * 2

// The weights of a row are summed four at a time where the machine is
// little-endian and loads 8-byte words at any 2-byte boundary: each word
// of four int16s, their sign bits flipped (v+32768, so that every lane is
// a non-negative 16-bit number), is split into two words of two 32-bit
// lanes (even and odd lanes, masked by lo), which sum without carries
// from lane to lane for fewer than 65536 rows; the bias is subtracted at
// the end. The sums are the same integers as added one by one
// (TestSumLanes).
const (
	flip = 0x8000800080008000
	lo   = 0x0000ffff0000ffff
)

var wordLoads = modelfile.NativeLittle() && (runtime.GOARCH == "amd64" || runtime.GOARCH == "arm64" || runtime.GOARCH == "386")

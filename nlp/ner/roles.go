package ner

import (
	"sync"
	"sync/atomic"
)

// roleTable holds, for the first pass, the summed weights (both passes) of
// the features a token takes from the words around it: those that depend
// only on the word before it (tSuffixPrev, tLowerPrev, tShapePrev,
// tClusterPrev), after it (tLowerNext, tShapeNext, tClusterNext), two before
// (tLowerPrev2) or two after (tLowerNext2). A word of the word cache
// (tokInfo.cache >= 0) has the same such features wherever it stands, so
// the tagger adds one row of this table where it would look up and add up
// to four features; likewise one row for tBias and tFlags, and one for a
// sentence edge. The sums are integers, so the scores are those of the
// features added one by one; a row whose sum does not fit an int16 is not
// used (the features are looked up instead).
//
// The rows of cached words are built the first time a word is tagged:
// the model keeps no word strings.
//
// It also keeps what prepare computes of a cached word from its letters
// (wordInfo), so that prepare looks it up once the word has been tagged.
type roleTable struct {
	rows  [][2][numLabels]int16 // roleFlags, roleEdges, then 4 rows per cached word
	ok    [roleWords]bool       // the flags and edge rows that fit
	state []atomic.Uint32       // per cached word: 0 not built yet; else 1 | 2<<role for each role whose row fits
	info  []wordInfo            // per cached word, once state is not 0
	gaz   *Gazetteer            // of wordInfo.gaz
	mu    sync.Mutex            // held while building a word's rows

	// labels holds, for the second pass, the summed weights of tPass1,
	// tPass1Prev and tPass1Next per first-pass label before, of and after
	// the token (labelRow); labelsOK the rows that fit.
	labels   [][2][numLabels]int16
	labelsOK []bool
}

// The first-pass labels before and after a token: numLabels stands for
// the sentence's start, numLabels+1 for its end, as in extractPass2.
const numLabelsAround = numLabels + 2

// wordInfo is the part of a tokInfo that depends only on the word, and
// the first step of matching the gazetteer's phrases from it.
type wordInfo struct {
	hl, shape, shapeLong uint64
	gazH                 uint64 // gazFirst of roleTable.gaz: h
	gazMask              uint32 // mask
	flags                uint8  // wordFlags only
	gazOK                bool   // ok
}

// wordFlags are the token flags shapeOf sets.
const wordFlags = fInitCap | fAllCaps | fHasDigit | fHasHyphen | fHasPeriod | fNoLetter

// The roles of a word for a token: just before it, just after, two
// before, two after.
const (
	rolePrev = iota
	roleNext
	rolePrev2
	roleNext2
	numRoles
)

// Rows of the table: one per flags byte (tBias and tFlags), one per role
// of a sentence edge (BOS before the token, EOS after it), then numRoles
// per cached word.
const (
	roleFlags = 0
	roleEdges = 256
	roleZero  = roleEdges + numRoles // all zero: a row that is not used
	roleWords = roleZero + 1
)

// roleSkip is the group of extract's features each role stands for
// (2<<role), and roleOffset the position of the word for a role.
var (
	roleSkip   = [numRoles]uint8{skipPrev, skipNext, skipPrev2, skipNext2}
	roleOffset = [numRoles]int{-1, 1, -2, 2}
)

// newRoleTable makes the table of j for a word cache of nWords words
// (and gazetteer gaz).
func newRoleTable(j *joint, nWords int, gaz *Gazetteer) *roleTable {
	rt := &roleTable{
		gaz:   gaz,
		rows:  make([][2][numLabels]int16, roleWords+numRoles*nWords),
		state: make([]atomic.Uint32, nWords),
		info:  make([]wordInfo, nWords),
	}
	var buf []uint64
	for f := range 256 {
		buf = append(buf[:0], mix(tBias, 0, 0), mix(tFlags, uint64(f), 0))
		rt.rows[roleFlags+f], rt.ok[roleFlags+f] = sumFeatures(j, buf)
	}
	for role := range numRoles {
		buf = edgeFeatures(buf[:0], role)
		rt.rows[roleEdges+role], rt.ok[roleEdges+role] = sumFeatures(j, buf)
	}
	if j.has2 {
		n := numLabelsAround * numLabels * numLabelsAround
		rt.labels, rt.labelsOK = make([][2][numLabels]int16, n), make([]bool, n)
		for lp := range uint64(numLabelsAround) {
			for own := range uint64(numLabels) {
				for ln := range uint64(numLabelsAround) {
					buf = append(buf[:0], mix(tPass1, own, 0), mix(tPass1Prev, lp, own), mix(tPass1Next, own, ln))
					r := labelRow(uint8(lp), uint8(own), uint8(ln))
					rt.labels[r], rt.labelsOK[r] = sumFeatures(j, buf)
				}
			}
		}
	}
	return rt
}

// labelRow is the row of rt.labels for first-pass labels lp before the
// token, own, and ln after it.
func labelRow(lp, own, ln uint8) int32 {
	return (int32(lp)*numLabels+int32(own))*numLabelsAround + int32(ln)
}

// tokenLabelRow returns the row of rt.labels for token i of the sentence
// [s0, s1) with first-pass labels, and whether it fits.
func (rt *roleTable) tokenLabelRow(labels []uint8, s0, s1, i int) (int32, bool) {
	lp, ln := uint8(numLabels), uint8(numLabels+1)
	if i-1 >= s0 {
		lp = labels[i-1]
	}
	if i+1 < s1 {
		ln = labels[i+1]
	}
	r := labelRow(lp, labels[i], ln)
	return r, rt.labelsOK[r]
}

// roleFeatures appends the features a token takes from word w (with
// tokInfo ti) in role: what extract appends for the groups of
// roleSkip[role].
func roleFeatures(buf []uint64, role int, w string, ti *tokInfo) []uint64 {
	switch role {
	case rolePrev:
		buf = append(buf, mix(tSuffixPrev, suffix3(w), 0), mix(tLowerPrev, ti.hl, 0), mix(tShapePrev, ti.shape, 0))
		if c := ti.cluster[1]; c != 0 {
			buf = append(buf, mix(tClusterPrev, c, 0))
		}
	case roleNext:
		buf = append(buf, mix(tLowerNext, ti.hl, 0), mix(tShapeNext, ti.shape, 0))
		if c := ti.cluster[1]; c != 0 {
			buf = append(buf, mix(tClusterNext, c, 0))
		}
	case rolePrev2:
		buf = append(buf, mix(tLowerPrev2, ti.hl, 0))
	case roleNext2:
		buf = append(buf, mix(tLowerNext2, ti.hl, 0))
	}
	return buf
}

// edgeFeatures appends the features of role when no word stands there
// (the sentence begins or ends): what extract appends for them.
func edgeFeatures(buf []uint64, role int) []uint64 {
	switch role {
	case rolePrev:
		return append(buf, mix(tLowerPrev, hBOS, 0), mix(tShapePrev, hBOS, 0))
	case roleNext:
		return append(buf, mix(tLowerNext, hEOS, 0), mix(tShapeNext, hEOS, 0))
	case rolePrev2:
		return append(buf, mix(tLowerPrev2, hBOS, 0))
	default:
		return append(buf, mix(tLowerNext2, hEOS, 0))
	}
}

// sumFeatures sums the weights of feats in j, and reports whether every
// sum fits an int16.
func sumFeatures(j *joint, feats []uint64) (row [2][numLabels]int16, ok bool) {
	var acc [2][numLabels]int32
	var rows [8]int32
	addRows(j.w, j.lookup(rows[:0], feats), &acc)
	var bad int32 // not 0 when a sum does not survive the conversion
	for p := range acc {
		for t, v := range acc[p] {
			row[p][t] = int16(v)
			bad |= v ^ int32(int16(v))
		}
	}
	return row, bad == 0
}

// wordRows sets v to, for each token of the sentence [s0, s1), its word's
// rows in the table: the first row shifted left by numRoles, or'ed with
// bit 1<<role for each role whose row fits; 0 for a word outside the word
// cache. Two entries more on each side stand for the sentence's edges (the
// edge rows, at the same offsets from roleEdges). It builds the rows of
// words met for the first time.
func (rt *roleTable) wordRows(v []int32, j *joint, words []string, infos []tokInfo, s0, s1 int) []int32 {
	edge := int32(roleEdges << numRoles)
	for role := range numRoles {
		if rt.ok[roleEdges+role] {
			edge |= 1 << role
		}
	}
	v = append(v[:0], edge, edge)
	for x := s0; x < s1; x++ {
		c := infos[x].cache
		if c < 0 {
			v = append(v, 0)
			continue
		}
		st := rt.state[c].Load()
		if st == 0 {
			st = rt.build(j, c, words[x], &infos[x])
		}
		v = append(v, (roleWords+numRoles*c)<<numRoles|int32(st>>1))
	}
	return append(v, edge, edge)
}

// tokenRows sets dst to the table rows that stand for features of token x
// of a sentence whose words' rows wordRows put in v (roleZero where a row
// is not used), and returns the groups of features extract is to leave
// out. flags are the token's.
func (rt *roleTable) tokenRows(dst *[1 + numRoles]int32, flags uint8, v []int32, x int) uint8 {
	var skip uint8
	dst[0] = roleZero
	if rt.ok[roleFlags+int(flags)] {
		skip = skipBias
		dst[0] = roleFlags + int32(flags)
	}
	w := v[x : x+5 : x+5] // the words from two before the token to two after it
	var k uint8
	dst[1+rolePrev], k = roleRow(w[1], rolePrev)
	skip |= k
	dst[1+roleNext], k = roleRow(w[3], roleNext)
	skip |= k
	dst[1+rolePrev2], k = roleRow(w[0], rolePrev2)
	skip |= k
	dst[1+roleNext2], k = roleRow(w[4], roleNext2)
	return skip | k
}

// roleRow returns the row of role of a word whose rows wordRows gave as w
// and the group of features it stands for (2<<role), or roleZero and 0.
func roleRow(w int32, role int) (int32, uint8) {
	if w&(1<<role) == 0 {
		return roleZero, 0
	}
	return w>>numRoles + int32(role), 2 << role
}

// build makes the rows of cached word c (written w) and returns its state.
func (rt *roleTable) build(j *joint, c int32, w string, ti *tokInfo) uint32 {
	var rows [numRoles][2][numLabels]int16
	st := uint32(1)
	var feats [8]uint64
	buf := feats[:0]
	for role := range numRoles {
		var ok bool
		buf = roleFeatures(buf[:0], role, w, ti)
		if rows[role], ok = sumFeatures(j, buf); ok {
			st |= 2 << role
		}
	}
	rt.mu.Lock()
	defer rt.mu.Unlock()
	if old := rt.state[c].Load(); old != 0 {
		return old
	}
	copy(rt.rows[roleWords+numRoles*int(c):], rows[:])
	g := rt.gaz.first(w)
	rt.info[c] = wordInfo{hl: ti.hl, shape: ti.shape, shapeLong: ti.shapeLong, gazH: g.h, gazMask: g.mask, flags: ti.flags & wordFlags, gazOK: g.ok}
	rt.state[c].Store(st)
	return st
}

// known fills ti for the word of the word cache with hash hw, and reports
// whether the word has been tagged before (else ti is unchanged).
func (rt *roleTable) known(ti *tokInfo, hw uint64, slot *clusterSlot) bool {
	c := slot.cache
	if c < 0 || rt.state[c].Load() == 0 {
		return false
	}
	in := &rt.info[c]
	*ti = tokInfo{hw: hw, hl: in.hl, shape: in.shape, shapeLong: in.shapeLong, flags: in.flags, cluster: slot.c, cache: c}
	return true
}

// gazFirst returns the first step of matching rt.gaz's phrases from the
// word of word-cache entry c (c < 0: none) if its rows are built (the
// step is set), else an unset step.
func (rt *roleTable) gazFirst(c int32) gazFirst {
	if c < 0 || rt.state[c].Load() == 0 || rt.gaz == nil || rt.gaz.n == 0 {
		return gazFirst{}
	}
	in := &rt.info[c]
	return gazFirst{h: in.gazH, mask: in.gazMask, ok: in.gazOK, set: true}
}

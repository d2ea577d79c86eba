package ner

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"sync"
	"unsafe"

	"github.com/newsnlp/newsnlp/nlp"
)

// Model is a trained NER model. It is safe for concurrent use.
type Model struct {
	gaz      *Gazetteer
	clusters *clusterSet
	joint    *joint    // both passes' weights, for tagging
	pass     [2]*layer // while training (nil in a loaded model)
	// cacheRows holds the static-feature scores of frequent words, per
	// pass (clusterSlot.cache indexes it).
	cacheRows             [][2][numLabels]float32
	gazText, clustersText []byte    // sources, kept for Save
	pool                  sync.Pool // *scratch
}

// scratch holds the per-document buffers of one Annotate call.
type scratch struct {
	words []string
	sents [][2]int
	infos []tokInfo
	vocab docVocab
	feats []uint64
	foff  []int32 // token of the sentence → its features in feats
	rows  []int32
	roff  []int32            // token of the sentence → its rows in rows
	ends  []int32            // feature → the number of its and earlier features' rows (joint.find)
	xrows []int32            // token x of the sentence → its rows of the role table at [5x, 5x+5) (pass 1), its row of labels at x or -1 (pass 2)
	wrows []int32            // the sentence's words' rows in the role table (roleTable.wordRows)
	acc2  [][numLabels]int32 // token → second-pass sums of the shared features
	sink  uint64             // keeps joint.touch's loads
	em    [][numLabels]float32
	back  [][numLabels]uint8
	tags  [2][]uint8
	agg   [][6]int32
}

func (m *Model) getScratch() *scratch {
	if s, ok := m.pool.Get().(*scratch); ok {
		return s
	}
	return &scratch{}
}

// Annotate appends the named entity mentions of d to d.Mentions, with
// Entity -1. It reads d.Tokens and d.Sentences; tokens outside every
// sentence are tagged as one extra sentence each run. Invalid token or
// sentence offsets are an error and leave d unchanged.
func (m *Model) Annotate(d *nlp.Doc) error { return m.annotate(d, 2) }

func (m *Model) annotate(d *nlp.Doc, passes int) error {
	if err := checkDoc(d); err != nil {
		return err
	}
	if len(d.Tokens) == 0 {
		return nil
	}
	if m.joint == nil {
		return errors.New("ner: model is not trained")
	}
	s := m.getScratch()
	defer m.pool.Put(s)
	s.words = s.words[:0]
	for _, t := range d.Tokens {
		s.words = append(s.words, t.Text)
	}
	s.sents = sentenceRanges(s.sents[:0], d)
	tags := m.tagDoc(s, passes)
	for _, r := range s.sents {
		spans(tags[r[0]:r[1]], func(a, b, typ int) {
			if typeLabels[typ] == nlp.Person {
				a = trimHonorifics(s.words[r[0]:], a, b)
			}
			first, last := d.Tokens[r[0]+a], d.Tokens[r[0]+b-1]
			sp := nlp.Span{Start: first.Start, End: last.End}
			d.Mentions = append(d.Mentions, nlp.Mention{
				Span: sp, FirstToken: r[0] + a, EndToken: r[0] + b,
				Text: d.Text[sp.Start:sp.End], Label: typeLabels[typ], Entity: -1,
			})
		})
	}
	return nil
}

func checkDoc(d *nlp.Doc) error {
	prev := 0
	for i, t := range d.Tokens {
		if t.Start < prev || t.End < t.Start || t.End > len(d.Text) {
			return fmt.Errorf("ner: token %d: span [%d,%d) out of order or outside the text", i, t.Start, t.End)
		}
		prev = t.End
	}
	for i, s := range d.Sentences {
		if s.FirstToken < 0 || s.EndToken < s.FirstToken || s.EndToken > len(d.Tokens) {
			return fmt.Errorf("ner: sentence %d: tokens [%d,%d) outside the %d tokens", i, s.FirstToken, s.EndToken, len(d.Tokens))
		}
	}
	return nil
}

// sentenceRanges lists the token ranges to tag: the sentences, in order,
// and any tokens no sentence covers as ranges of their own.
func sentenceRanges(dst [][2]int, d *nlp.Doc) [][2]int {
	next := 0
	for _, s := range d.Sentences {
		if s.FirstToken < next {
			continue // overlapping sentence: skip what is already covered
		}
		if s.FirstToken > next {
			dst = append(dst, [2]int{next, s.FirstToken})
		}
		if s.EndToken > s.FirstToken {
			dst = append(dst, [2]int{s.FirstToken, s.EndToken})
		}
		next = s.EndToken
	}
	if next < len(d.Tokens) {
		dst = append(dst, [2]int{next, len(d.Tokens)})
	}
	return dst
}

// tagDoc runs the first passes (1 or 2) over s.words and returns the
// last pass's tags.
func (m *Model) tagDoc(s *scratch, passes int) []uint8 {
	n := len(s.words)
	if cap(s.infos) < n {
		s.infos = make([]tokInfo, n)
		s.tags[0] = make([]uint8, n)
		s.tags[1] = make([]uint8, n)
		s.acc2 = make([][numLabels]int32, n)
	}
	s.infos = s.infos[:n]
	s.tags[0], s.tags[1] = s.tags[0][:n], s.tags[1][:n]
	m.prepare(s.words, s.sents, s.infos, &s.vocab)
	m.tagPass(s, 0, nil)
	if passes < 2 || !m.joint.has2 {
		return s.tags[0]
	}
	p1 := &pass1Info{labels: s.tags[0], agg: s.agg}
	aggregate(p1, s.infos, s.tags[0], s.vocab.size())
	s.agg = p1.agg
	m.tagPass(s, 1, p1)
	return s.tags[1]
}

// aggregate counts the pass-1 tag types of every lower-cased word (of
// the nWords of the document), and how often it ends a person mention of
// two or more words.
func aggregate(p1 *pass1Info, infos []tokInfo, tags []uint8, nWords int) {
	if cap(p1.agg) < nWords {
		p1.agg = make([][6]int32, nWords)
	}
	p1.agg = p1.agg[:nWords]
	clear(p1.agg)
	for i, t := range tags {
		c := &p1.agg[infos[i].word]
		if t == 0 {
			c[4]++
		} else {
			c[tagType(t)]++
			if tagType(t) == 0 && tagPart(t) == partL {
				c[5]++
			}
		}
	}
}

// tagPass tags every sentence with one pass. The first pass sums, with
// the same lookups, the second pass's weights of the features the passes
// share into s.acc2; the second looks up only the features of the
// pass-1 labels. Each step is a function of its own, whose loops keep
// their variables in registers.
func (m *Model) tagPass(s *scratch, pass int, p1 *pass1Info) {
	j := m.joint
	for _, r := range s.sents {
		em := m.sentenceScores(s, pass, p1, r)
		viterbiT(em, &j.tr[pass], s.back[:len(em)], s.tags[pass][r[0]:r[1]])
	}
}

// sentenceScores returns pass's scores of the tokens of the sentence r
// (in s.em).
func (m *Model) sentenceScores(s *scratch, pass int, p1 *pass1Info, r [2]int) [][numLabels]float32 {
	j := m.joint
	rt := m.roleTable()
	k := r[1] - r[0]
	if cap(s.em) < k {
		s.em = make([][numLabels]float32, k)
		s.back = make([][numLabels]uint8, k)
	}
	if cap(s.xrows) < (1+numRoles)*k {
		s.xrows = make([]int32, (1+numRoles)*k)
	}
	if pass == 0 {
		keep(&s.wrows, rt.wordRows(s.wrows, j, s.words, s.infos, r[0], r[1]))
		m.features1(s, rt, r)
	} else {
		m.features2(s, rt, r, p1)
	}
	// Memory is read in stages, each of loads independent of one
	// another, so that cache misses overlap: the table slots of the
	// features the filter lets through, then their weight rows and
	// the words' cached scores.
	s.sink += j.screen(s.feats)
	j.lookupTokens(s)
	s.sink += j.touchRows(s.rows)
	if pass == 0 {
		s.sink += touchRows(rt.rows, s.xrows[:(1+numRoles)*k])
	}
	s.sink += m.touchCache(s.infos[r[0]:r[1]], pass)
	em := s.em[:k]
	if pass == 0 {
		m.emissions1(em, s, rt, r)
	} else {
		m.emissions2(em, s, rt, r)
	}
	return em
}

// features1 sets s.feats and s.foff to the first-pass features of each
// token of the sentence r that the role table does not stand for, and
// s.xrows to the role table's rows of each token.
func (m *Model) features1(s *scratch, rt *roleTable, r [2]int) {
	feats, foff := s.feats[:0], s.foff[:0]
	xrows, wrows, infos := s.xrows, s.wrows, s.infos
	for i := r[0]; i < r[1]; i++ {
		foff = append(foff, int32(len(feats)))
		x := i - r[0]
		skip := rt.tokenRows((*[1 + numRoles]int32)(xrows[(1+numRoles)*x:]), infos[i].flags, wrows, x)
		feats = m.extract(feats, s.words, infos, r[0], r[1], i, nil, infos[i].cache < 0, skip)
	}
	keep(&s.feats, feats)
	keep(&s.foff, append(foff, int32(len(feats))))
}

// features2 sets s.feats and s.foff to the second-pass features of each
// token of the sentence r that the role table does not stand for, and
// s.xrows[x] to token x's row of labels, or -1.
func (m *Model) features2(s *scratch, rt *roleTable, r [2]int, p1 *pass1Info) {
	feats, foff := s.feats[:0], s.foff[:0]
	xrows, infos := s.xrows, s.infos
	for i := r[0]; i < r[1]; i++ {
		foff = append(foff, int32(len(feats)))
		lr, ok := rt.tokenLabelRow(p1.labels, r[0], r[1], i)
		if !ok {
			lr = -1
		}
		xrows[i-r[0]] = lr
		feats = m.extractPass2(feats, infos, r[0], r[1], i, p1, ok)
	}
	keep(&s.feats, feats)
	keep(&s.foff, append(foff, int32(len(feats))))
}

// lookupTokens sets s.rows to the rows of s.feats that the table holds
// and s.roff[x] to where token x's rows start (see tagPass).
func (j *joint) lookupTokens(s *scratch) {
	feats, foff := s.feats, s.foff
	rows := slices.Grow(s.rows[:0], len(feats))[:len(feats)]
	ends := slices.Grow(s.ends[:0], len(feats))[:len(feats)]
	n := j.find(rows, ends, feats)
	roff := s.roff[:0]
	for _, o := range foff {
		e := int32(0)
		if o > 0 {
			e = ends[o-1]
		}
		roff = append(roff, e)
	}
	keep(&s.rows, rows[:n])
	keep(&s.ends, ends)
	keep(&s.roff, roff)
}

// touchCache loads the first cached score of each word of the word cache
// among infos (see joint.screen).
func (m *Model) touchCache(infos []tokInfo, pass int) uint64 {
	var sink uint64
	cache := m.cacheRows
	for i := range infos {
		if c := infos[i].cache; c >= 0 {
			sink += uint64(math.Float32bits(cache[c][pass][0]))
		}
	}
	return sink
}

// cachedScores are the scores pass keeps for the word of word-cache entry
// c, or zeros for a word without one (c < 0).
func (m *Model) cachedScores(c int32, pass int) [numLabels]float32 {
	if c < 0 {
		return [numLabels]float32{}
	}
	return m.cacheRows[c][pass]
}

// emissions1 sets em to the first-pass scores of the tokens of the
// sentence r, and s.acc2 to the second-pass sums of the same rows: one
// call of emissions1AVX2 where the machine has AVX2, else emissions1Go.
func (m *Model) emissions1(em [][numLabels]float32, s *scratch, rt *roleTable, r [2]int) {
	if !haveSumAsm {
		m.emissions1Go(em, s, rt, r)
		return
	}
	a := m.emArgs(em, s, r, 0)
	a.rt = unsafe.Pointer(unsafe.SliceData(rt.rows))
	emissions1AVX2(&a)
}

// emissions2 sets em to the second-pass scores of the tokens of the
// sentence r: emissions2AVX2 where the machine has AVX2, else
// emissions2Go.
func (m *Model) emissions2(em [][numLabels]float32, s *scratch, rt *roleTable, r [2]int) {
	if !haveSumAsm {
		m.emissions2Go(em, s, rt, r)
		return
	}
	a := m.emArgs(em, s, r, 1)
	a.rt = unsafe.Pointer(unsafe.SliceData(rt.labels))
	emissions2AVX2(&a)
}

// emArgs are the arguments of emissions1AVX2 and emissions2AVX2 (the
// role table's rows, rt, aside): a sentence's tokens (infos, n), their
// rows (rows, roff: n+1 offsets, xrows) and where the scores go (em,
// acc2). Rows are rows of a [][2][numLabels]int16, cache a
// [][2][numLabels]float32.
type emArgs struct {
	w, rt, cache, em, acc2 unsafe.Pointer
	rows, roff, xrows      *int32
	infos                  *tokInfo
	n                      int
	scale                  float32
}

// emArgs returns the arguments of pass's emissions of the sentence r.
func (m *Model) emArgs(em [][numLabels]float32, s *scratch, r [2]int, pass int) emArgs {
	j := m.joint
	return emArgs{
		w:     unsafe.Pointer(unsafe.SliceData(j.w)),
		cache: unsafe.Pointer(unsafe.SliceData(m.cacheRows)),
		em:    unsafe.Pointer(unsafe.SliceData(em)),
		acc2:  unsafe.Pointer(&s.acc2[r[0]]),
		rows:  unsafe.SliceData(s.rows),
		roff:  unsafe.SliceData(s.roff),
		xrows: unsafe.SliceData(s.xrows),
		infos: &s.infos[r[0]],
		n:     len(em),
		scale: j.scale[pass],
	}
}

// emissions1Go is emissions1 without vector instructions (but for sums,
// as joint.sum).
func (m *Model) emissions1Go(em [][numLabels]float32, s *scratch, rt *roleTable, r [2]int) {
	j := m.joint
	rows, roff, xrows := s.rows, s.roff, s.xrows
	infos, acc2 := s.infos[r[0]:r[1]], s.acc2[r[0]:r[1]]
	for x := range em {
		e := &em[x]
		*e = m.cachedScores(infos[x].cache, 0)
		var acc [2][numLabels]int32
		j.sum(rows[roff[x]:roff[x+1]], &acc)
		addRows(rt.rows, xrows[(1+numRoles)*x:(1+numRoles)*(x+1)], &acc)
		scaleAdd(e, &acc[0], j.scale[0])
		acc2[x] = acc[1]
	}
}

// emissions2Go is emissions2 without vector instructions (but for sums).
// It leaves in s.acc2 the second pass's sums.
func (m *Model) emissions2Go(em [][numLabels]float32, s *scratch, rt *roleTable, r [2]int) {
	j := m.joint
	rows, roff, xrows := s.rows, s.roff, s.xrows
	infos, acc2 := s.infos[r[0]:r[1]], s.acc2[r[0]:r[1]]
	for x := range em {
		e := &em[x]
		*e = m.cachedScores(infos[x].cache, 1)
		acc := &acc2[x]
		j.sum2(rows[roff[x]:roff[x+1]], acc)
		if lr := xrows[x]; lr >= 0 {
			addRows2(rt.labels, lr, acc)
		}
		scaleAdd(e, acc, j.scale[1])
	}
}

// keep sets *dst to grown, what an append-like call returned for it,
// writing only the length where the array is the same: a pointer stored
// into the scratch (on the heap) costs a write barrier while the
// collector marks.
func keep[T any](dst *[]T, grown []T) {
	if unsafe.SliceData(*dst) == unsafe.SliceData(grown) {
		*dst = (*dst)[:len(grown)]
		return
	}
	*dst = grown
}

// roleTable returns the role table of m's weights, made on first use.
func (m *Model) roleTable() *roleTable {
	j := m.joint
	j.rolesOnce.Do(func() { j.roles = newRoleTable(j, len(m.cacheRows), m.gaz) })
	return j.roles
}

// buildCache makes the tagging tables of a model being trained: the joint
// weight table and the static-feature scores of the words of the cluster
// vocabulary (the frequent words of news text), once both passes exist.
func (m *Model) buildCache() {
	m.joint = newJoint(m.pass)
	m.cacheRows = nil
	if m.clusters == nil {
		return
	}
	for i := range m.clusters.exact {
		m.clusters.exact[i].cache = -1
	}
	if m.pass[0] == nil || m.pass[1] == nil {
		return
	}
	var buf []uint64
	for _, w := range m.clusters.words {
		var ti tokInfo
		ti.hw, ti.hl = hstr(fnvOffset, w), hlower(fnvOffset, w, true)
		slot := m.clusters.find(ti.hw)
		if slot == nil || slot.cache >= 0 {
			continue // a duplicate
		}
		ti.shape, ti.shapeLong, ti.flags = shapeOf(w)
		ti.cluster = slot.c
		buf = staticFeatures(buf[:0], w, &ti)
		var row [2][numLabels]float32
		for p, l := range m.pass {
			l.score(buf, &row[p])
		}
		slot.cache = int32(len(m.cacheRows))
		m.cacheRows = append(m.cacheRows, row)
	}
}

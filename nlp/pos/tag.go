package pos

import (
	"errors"

	"github.com/newsnlp/newsnlp/nlp"
)

// ErrNilDoc is returned by Annotate for a nil Doc.
var ErrNilDoc = errors.New("pos: nil doc")

// tagState is the scratch space of one tagging call (one document).
type tagState struct {
	words   docWords  // token text → its docWord, for the whole call
	pad     [4]int32  // codes of start2, start1, end1, end2
	codes   []int32   // docWord.code per padded position of the sentence
	rules   []uint8   // docWord.rule per token of the sentence
	scratch []float32 // static vectors of unknown words: k*numSlots*nT
	unkT1   []uint64  // t1LowerPartial of unknown word k
	forms   wordForms
	scores  []float32
	keys    []uint64
	out     []uint8 // tag ids of the current sentence
}

// Annotate sets Token.POS for every token of d, sentence by sentence (all
// tokens as one sentence if d has tokens but no sentences). Quote marks get
// their Penn Treebank tags (see the package comment).
func (t *Tagger) Annotate(d *nlp.Doc) error {
	if d == nil {
		return ErrNilDoc
	}
	st := t.state()
	defer t.release(st)
	tagSpan := func(first, end int) {
		t.beginSentence(st)
		for _, tok := range d.Tokens[first:end] {
			w := t.wordOf(st, tok.Text)
			st.codes = append(st.codes, w.code)
			st.rules = append(st.rules, w.rule)
		}
		ids := t.tagCodes(st)
		for i, id := range ids {
			tok := &d.Tokens[first+i]
			tok.POS = t.tags[id]
			if r := st.rules[i]; r != ruleNone {
				tok.POS = ruleTags[r]
			}
			if tok.POS == `"` {
				var before byte
				if tok.Start > 0 {
					before = d.Text[tok.Start-1]
				}
				tok.POS = quoteTag(tok.Text, before)
			}
		}
	}
	if len(d.Sentences) == 0 {
		tagSpan(0, len(d.Tokens))
		return nil
	}
	next := 0
	for _, s := range d.Sentences {
		if s.FirstToken < next || s.EndToken < s.FirstToken || s.EndToken > len(d.Tokens) {
			return errors.New("pos: sentences do not index the doc's tokens in order")
		}
		tagSpan(s.FirstToken, s.EndToken)
		next = s.EndToken
	}
	return nil
}

// Tag returns the tag of each word of one sentence, in the model's own tag
// set (CoNLL-2003: quote marks are `"`).
func (t *Tagger) Tag(words []string) []string {
	st := t.state()
	defer t.release(st)
	t.beginSentence(st)
	for _, w := range words {
		st.codes = append(st.codes, t.wordOf(st, w).code)
	}
	ids := t.tagCodes(st)
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = t.tags[id]
	}
	return out
}

// state returns an empty tagState, reusing a released one if it can, with
// the padding codes set.
func (t *Tagger) state() *tagState {
	st, ok := t.pool.Get().(*tagState)
	if !ok {
		st = &tagState{}
	}
	t.padCodes(st)
	return st
}

// release returns st to the pool, emptied; a state grown by a large
// document (over a million scratch weights or 64k distinct words) is
// dropped instead, so that the pool does not keep its arrays.
func (t *Tagger) release(st *tagState) {
	if cap(st.scratch) > 1<<20 || cap(st.words.words) > 1<<16 {
		return
	}
	st.scratch = st.scratch[:0]
	st.unkT1 = st.unkT1[:0]
	st.words.reset()
	t.pool.Put(st)
}

// beginSentence empties the sentence buffers of st and puts the codes of
// the two padding words before the sentence.
func (t *Tagger) beginSentence(st *tagState) {
	st.codes = append(st.codes[:0], st.pad[0], st.pad[1])
	st.rules = st.rules[:0]
}

// tagCodes tags the sentence whose codes follow the two padding codes in
// st.codes and returns the tag ids (valid until the next call with st).
func (t *Tagger) tagCodes(st *tagState) []uint8 {
	n := len(st.codes) - 2
	st.codes = append(st.codes, st.pad[2], st.pad[3])
	nT := t.nT
	per := int(numSlots) * nT
	vec := func(pos int, sl slot) []float32 {
		e := st.codes[pos]
		if e >= 0 {
			return t.lexVec[int(e)*per+int(sl)*nT:][:nT]
		}
		return st.scratch[int(-1-e)*per+int(sl)*nT:][:nT]
	}
	if cap(st.scores) < nT {
		st.scores = make([]float32, nT)
	}
	scores := st.scores[:nT]
	st.out = st.out[:0]
	nH := t.numHist()
	p1, p2 := uint8(nT), uint8(nT+1) // history ids of the padding tags
	for i := range n {
		pos := i + 2
		e := st.codes[pos]
		var best uint8
		if e >= 0 && t.fixed[e] != noTag {
			best = t.fixed[e]
		} else {
			// The row of the (previous tag, word) feature, if any.
			r := int32(-1)
			if e >= 0 {
				lo, hi := t.t1Off[e], t.t1Off[e+1]
				for k, tag := range t.t1Tag[lo:hi] {
					if tag == p1 {
						r = t.t1Row[lo:hi][k]
						break
					}
				}
			} else {
				r = t.row(finish(st.unkT1[-1-e], p1))
			}
			a, b, c, d := vec(pos, slotCur), vec(pos-1, slotP1), vec(pos+1, slotN1), t.hist[(int(p1)*nH+int(p2))*nT:][:nT]
			if r < 0 {
				best = sum4Argmax(scores, a, b, c, d)
			} else {
				sum4(scores, a, b, c, d)
				t.addRow(scores, r)
				best = argmax(scores)
			}
		}
		st.out = append(st.out, best)
		p2, p1 = p1, best
	}
	return st.out
}

// sum4 sets v to a+b+c+d, added in that order (the same floats as adding
// b, c and d to a one vector at a time).
func sum4(v, a, b, c, d []float32) {
	a, b, c, d = a[:len(v)], b[:len(v)], c[:len(v)], d[:len(v)]
	if haveVecAsm && len(v) > 0 {
		sum4AVX2(&v[0], &a[0], &b[0], &c[0], &d[0], len(v))
		return
	}
	sum4Go(v, a, b, c, d)
}

// sum4Go is sum4 without vector instructions.
func sum4Go(v, a, b, c, d []float32) {
	a, b, c, d = a[:len(v)], b[:len(v)], c[:len(v)], d[:len(v)]
	for i := range v {
		v[i] = a[i] + b[i] + c[i] + d[i]
	}
}

// sum4Argmax sets v as sum4 does and returns argmax(v).
func sum4Argmax(v, a, b, c, d []float32) uint8 {
	a, b, c, d = a[:len(v)], b[:len(v)], c[:len(v)], d[:len(v)]
	if haveVecAsm && len(v) >= 8 {
		if i := sum4MaxAVX2(&v[0], &a[0], &b[0], &c[0], &d[0], len(v)); i >= 0 {
			return uint8(i)
		}
		return argmaxGo(v)
	}
	sum4Go(v, a, b, c, d)
	return argmaxGo(v)
}

// argmax returns the index of the largest score (the first on ties).
func argmax(scores []float32) uint8 {
	if haveVecAsm && len(scores) >= 8 {
		if i := argmaxAVX2(&scores[0], len(scores)); i >= 0 {
			return uint8(i)
		}
	}
	return argmaxGo(scores)
}

// argmaxGo is argmax without vector instructions.
func argmaxGo(scores []float32) uint8 {
	best, bv := 0, scores[0]
	for i, s := range scores {
		if s > bv {
			best, bv = i, s
		}
	}
	return uint8(best)
}

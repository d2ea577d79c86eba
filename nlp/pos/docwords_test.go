package pos

import (
	"fmt"
	"math"
	"slices"
	"testing"

	"github.com/newsnlp/newsnlp/internal/benchdata"
)

// uncachedCodes fills st's sentence buffers for words as tagging did
// before the docWords table: each word looked up in the lexicon on its
// own, and an unknown word scored into a new scratch slot at each
// occurrence, from slotKeys.
func uncachedCodes(t *Tagger, st *tagState, words []string) {
	nT := t.nT
	per := int(numSlots) * nT
	code := func(w string) int32 {
		if e := tableEntry(t, w); e >= 0 {
			return e
		}
		k := len(st.scratch) / per
		st.scratch = append(st.scratch, make([]float32, per)...)
		for sl := range numSlots {
			seqSum(t, st.scratch[k*per+int(sl)*nT:][:nT], slotKeys(nil, w, sl, clusters{}))
		}
		st.unkT1 = append(st.unkT1, t1LowerPartial(w))
		return int32(-1 - k)
	}
	st.pad = [4]int32{code(start2), code(start1), code(end1), code(end2)}
	st.codes = append(st.codes[:0], st.pad[0], st.pad[1])
	for _, w := range words {
		st.codes = append(st.codes, code(normalize(w)))
	}
}

// vectors returns the static vectors of code c in st.
func vectors(t *Tagger, st *tagState, c int32) []float32 {
	per := int(numSlots) * t.nT
	if c >= 0 {
		return t.lexVec[int(c)*per:][:per]
	}
	return st.scratch[int(-1-c)*per:][:per]
}

func sameBits(a, b []float32) bool {
	return slices.EqualFunc(a, b, func(x, y float32) bool { return math.Float32bits(x) == math.Float32bits(y) })
}

// TestDocWordsWikinews checks, over every sentence of the Wikinews
// articles, that the words of a document looked up once through docWords
// have the lexicon entries, the vectors, the rule tags and, in the end,
// the tags that the uncached lookups give.
func TestDocWordsWikinews(t *testing.T) {
	tg := defaultTagger(t)
	docs := tokenized(t, benchdata.Wikinews(t))
	ref := &tagState{}
	sentences := 0
	for di, d := range docs {
		if !benchdata.Take(di, 10) {
			continue
		}
		st := tg.state()
		for _, s := range d.Sentences {
			toks := d.Tokens[s.FirstToken:s.EndToken]
			words := make([]string, len(toks))
			tg.beginSentence(st)
			for i, tok := range toks {
				words[i] = tok.Text
				w := tg.wordOf(st, tok.Text)
				st.codes = append(st.codes, w.code)
				if w.rule != ruleKind(tok.Text) || ruleTags[w.rule] != ruleTagRef(tok.Text) {
					t.Fatalf("doc %d %q: rule %d, want %q", di, tok.Text, w.rule, ruleTagRef(tok.Text))
				}
			}
			ref.scratch, ref.unkT1 = ref.scratch[:0], ref.unkT1[:0]
			uncachedCodes(tg, ref, words)
			for i, w := range words {
				c, rc := st.codes[i+2], ref.codes[i+2]
				if (c >= 0 || rc >= 0) && c != rc {
					t.Fatalf("doc %d %q: code %d, uncached %d", di, w, c, rc)
				}
				if c < 0 && st.unkT1[-1-c] != ref.unkT1[-1-rc] {
					t.Fatalf("doc %d %q: t1 partial key differs", di, w)
				}
				if !sameBits(vectors(tg, st, c), vectors(tg, ref, rc)) {
					t.Fatalf("doc %d %q: vectors differ", di, w)
				}
			}
			got := slices.Clone(tg.tagCodes(st))
			if want := tg.tagCodes(ref); !slices.Equal(got, want) {
				t.Fatalf("doc %d sentence at token %d: tags %v, uncached %v", di, s.FirstToken, got, want)
			}
			sentences++
		}
		tg.release(st)
	}
	t.Logf("%d sentences", sentences)
}

// TestDocWordsTable fills a docWords table far past its initial size,
// with words that differ in one byte, and finds every word again, before
// and after a reset.
func TestDocWordsTable(t *testing.T) {
	var d docWords
	d.init()
	for round := range 3 {
		n := 10 * docWordsInit >> round
		for i := range n {
			text := fmt.Sprintf("w%05d", i)
			h := d.hash(text)
			if _, at, ok := d.find(text, h); ok {
				t.Fatalf("round %d: %q found before it was added", round, text)
			} else {
				d.add(at, text, h, docWord{code: int32(i), rule: uint8(i % 3)})
			}
		}
		if 2*len(d.words) > len(d.index) {
			t.Fatalf("round %d: %d words in %d slots", round, len(d.words), len(d.index))
		}
		for i := range n {
			text := fmt.Sprintf("w%05d", i)
			if w, _, ok := d.find(text, d.hash(text)); !ok || w != (docWord{code: int32(i), rule: uint8(i % 3)}) {
				t.Fatalf("round %d: %q gives %v, %v", round, text, w, ok)
			}
		}
		if _, _, ok := d.find("w", d.hash("w")); ok {
			t.Fatalf("round %d: a word never added is found", round)
		}
		d.reset()
		if len(d.words) != 0 || len(d.index) != docWordsInit || slices.ContainsFunc(d.index, func(j int32) bool { return j != 0 }) {
			t.Fatalf("round %d: reset leaves %d words, %d slots", round, len(d.words), len(d.index))
		}
	}
}

// TestDocWordsHashSpread puts the distinct token texts of the Wikinews
// articles in one table and checks that finding them takes the probes of
// a uniform hash under linear probing, (1+1/(1-load))/2 on average, within
// 10%.
func TestDocWordsHashSpread(t *testing.T) {
	var d docWords
	d.init()
	for _, doc := range tokenized(t, benchdata.Wikinews(t)) {
		for _, tok := range doc.Tokens {
			h := d.hash(tok.Text)
			if _, at, ok := d.find(tok.Text, h); !ok {
				d.add(at, tok.Text, h, docWord{})
			}
		}
	}
	probes := 0
	mask := uint64(len(d.index) - 1)
	for j, e := range d.words {
		i := e.hash & mask
		for d.index[i] != int32(j+1) {
			i = (i + 1) & mask
			probes++
		}
		probes++
	}
	mean := float64(probes) / float64(len(d.words))
	load := float64(len(d.words)) / float64(len(d.index))
	uniform := (1 + 1/(1-load)) / 2
	t.Logf("%d words, %d slots, %.3f probes per word (uniform hash: %.3f)", len(d.words), len(d.index), mean, uniform)
	if mean > 1.1*uniform {
		t.Errorf("%.3f probes per word, a uniform hash needs %.3f", mean, uniform)
	}
}

// TestReleaseDropsLargeState checks that a tagging state grown by a large
// document is not kept for reuse, and that an ordinary one is, emptied.
func TestReleaseDropsLargeState(t *testing.T) {
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	st := tg.state()
	st.words.words = make([]docEntry, 0, 1<<17)
	tg.release(st)
	if got := tg.state(); got == st {
		t.Error("a state with 128k words of room came back from the pool")
	}
	small := tg.state()
	tg.wordOf(small, "Reuters")
	tg.release(small)
	if got := tg.state(); got == small && len(got.words.words) != 0 {
		t.Errorf("a reused state holds %d words", len(got.words.words))
	}
}

package ner

import (
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsnlp/newsnlp/internal/benchdata"
	"github.com/newsnlp/newsnlp/nlp"
	"github.com/newsnlp/newsnlp/nlp/tokenize"
)

// TestEmissionsAVX2 tags documents as tagDoc does and checks that, for
// every sentence and pass, emissions1 and emissions2 (AVX2) give the same
// scores, bit for bit, and the same second-pass sums as emissions1Go and
// emissions2Go.
func TestEmissionsAVX2(t *testing.T) {
	if !haveSumAsm {
		t.Skip("no AVX2")
	}
	m := mustDefault(t)
	docs := []*nlp.Doc{whitespaceDoc(roleText)}
	if b, err := os.ReadFile("testdata/sentences.txt"); err == nil {
		docs = append(docs, whitespaceDoc(string(b)))
	}
	if _, err := os.Stat(filepath.Join(benchdata.Dir(), benchdata.WikinewsFile)); err == nil { // else the texts above only
		tok := tokenize.New()
		for i, text := range benchdata.Wikinews(t) {
			if i%7 != 0 {
				continue
			}
			d := &nlp.Doc{Text: text}
			if err := tok.Annotate(d); err != nil {
				t.Fatal(err)
			}
			docs = append(docs, d)
		}
	}
	tokens := 0
	for _, d := range docs {
		s := &scratch{}
		for _, tk := range d.Tokens {
			s.words = append(s.words, tk.Text)
		}
		tokens += len(s.words)
		s.sents = sentenceRanges(nil, d)
		n := len(s.words)
		s.infos, s.acc2 = make([]tokInfo, n), make([][numLabels]int32, n)
		s.tags = [2][]uint8{make([]uint8, n), make([]uint8, n)}
		m.prepare(s.words, s.sents, s.infos, &s.vocab)
		rt := m.roleTable()
		var p1 *pass1Info
		for pass := range 2 {
			if pass == 1 {
				p1 = &pass1Info{labels: s.tags[0]}
				aggregate(p1, s.infos, s.tags[0], s.vocab.size())
			}
			for _, r := range s.sents {
				em := m.sentenceScores(s, pass, p1, r)
				got := append([][numLabels]float32(nil), em...)
				gotAcc2 := append([][numLabels]int32(nil), s.acc2[r[0]:r[1]]...)
				if pass == 0 {
					m.emissions1Go(em, s, rt, r)
					for x := range em {
						if s.acc2[r[0]+x] != gotAcc2[x] {
							t.Fatalf("pass 1: token %d %q: second-pass sums %v, want %v", r[0]+x, s.words[r[0]+x], gotAcc2[x], s.acc2[r[0]+x])
						}
					}
				} else {
					m.emissions2Go(em, s, rt, r)
				}
				for x := range em {
					if !sameBits(got[x], em[x]) {
						t.Fatalf("pass %d: token %d %q: scores %v, want %v", pass+1, r[0]+x, s.words[r[0]+x], got[x], em[x])
					}
				}
				viterbiT(em, &m.joint.tr[pass], s.back[:len(em)], s.tags[pass][r[0]:r[1]])
			}
		}
	}
	t.Logf("%d documents, %d tokens", len(docs), tokens)
}

// sameBits reports whether a and b hold the same float32 bits.
func sameBits(a, b [numLabels]float32) bool {
	for i := range a {
		if math.Float32bits(a[i]) != math.Float32bits(b[i]) {
			return false
		}
	}
	return true
}

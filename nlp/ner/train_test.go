package ner

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/newsnlp/newsnlp/nlp/ner/conll"
)

func tinyModel(t testing.TB) (*Model, []conll.Document) {
	t.Helper()
	f, err := os.Open("testdata/tiny.conll")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	docs, err := conll.Read(f)
	if err != nil {
		t.Fatal(err)
	}
	gaz, err := os.ReadFile("testdata/gazetteer.tsv")
	if err != nil {
		t.Fatal(err)
	}
	m, err := Train(docs, TrainOptions{Epochs: 5, Folds: 2, MinCount: 1, Seed: 7, Gazetteer: gaz, Clusters: []byte("Oslo\t1\t3\nLisbon\t1\t4\n")})
	if err != nil {
		t.Fatal(err)
	}
	return m, docs
}

// TestTrainSaveLoad trains on a tiny corpus, which the model must then
// fit, and checks that training is deterministic and that a saved model
// loads back to the same predictions.
func TestTrainSaveLoad(t *testing.T) {
	m, docs := tinyModel(t)
	c, preds, err := conll.Evaluate(m, docs)
	if err != nil {
		t.Fatal(err)
	}
	if f := c.Overall().F1; f < 0.99 {
		t.Errorf("training-set F1 %.3f, want 1", f)
	}
	dir := t.TempDir()
	if err := m.Save(dir); err != nil {
		t.Fatal(err)
	}
	m2, _ := tinyModel(t)
	dir2 := t.TempDir()
	if err := m2.Save(dir2); err != nil {
		t.Fatal(err)
	}
	a, _ := os.ReadFile(filepath.Join(dir, WeightsFile))
	b, _ := os.ReadFile(filepath.Join(dir2, WeightsFile))
	if !bytes.Equal(a, b) {
		t.Error("two trainings with the same seed wrote different weights")
	}
	loaded, err := Load(os.DirFS(dir), ".")
	if err != nil {
		t.Fatal(err)
	}
	_, preds2, err := conll.Evaluate(loaded, docs)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(preds, preds2) {
		t.Errorf("loaded model predicts %v, trained model %v", preds2, preds)
	}
}

func TestLoadErrors(t *testing.T) {
	if _, err := Load(os.DirFS(t.TempDir()), "."); !errors.Is(err, ErrNoWeights) {
		t.Errorf("empty dir: err = %v, want ErrNoWeights", err)
	}
	m, _ := tinyModel(t)
	raw := m.encode()
	for _, n := range []int{0, 5, len(magic) + 3, len(raw) / 2, len(raw) - 1} {
		if _, err := decodeModel(raw[:n]); err == nil {
			t.Errorf("truncated to %d of %d bytes: no error", n, len(raw))
		}
	}
	if _, err := decodeModel(append(raw, 0)); err == nil {
		t.Error("trailing byte: no error")
	}
	if _, err := decodeModel(raw); err != nil {
		t.Errorf("intact model: %v", err)
	}
}

// FuzzDecodeModel mutates a small model file: decoding must fail with an
// error or give a model that annotates without panicking.
func FuzzDecodeModel(f *testing.F) {
	f.Add([]byte(magic))
	m, _ := tinyModel(f)
	raw := m.encode()
	f.Add(raw)
	f.Add(raw[:len(raw)/2])
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := decodeModel(b)
		if err != nil {
			return
		}
		d := whitespaceDoc("Paul Berg visited Oslo .")
		if err := m.Annotate(d); err != nil {
			t.Fatal(err)
		}
		checkMentions(t, d)
	})
}

// TestAugmentUpper checks the upper-cased copies: a share of the documents,
// chosen by the seed alone, each the upper-cased original with its tags.
func TestAugmentUpper(t *testing.T) {
	f, err := os.Open("testdata/tiny.conll")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	docs, err := conll.Read(f)
	if err != nil {
		t.Fatal(err)
	}
	for len(docs) < 40 {
		docs = append(docs, docs...)
	}
	if got, origin := augmentUpper(docs, 0, 1); len(got) != len(docs) || origin != nil {
		t.Fatalf("share 0: %d documents, %d copies", len(got), len(origin))
	}
	got, origin := augmentUpper(docs, 0.5, 1)
	if len(origin) == 0 || len(origin) == len(docs) || len(got) != len(docs)+len(origin) {
		t.Fatalf("share 0.5 of %d: %d copies, %d documents", len(docs), len(origin), len(got))
	}
	for c, o := range origin {
		cp, orig := got[len(docs)+c], docs[o]
		if !reflect.DeepEqual(cp, conll.Upper([]conll.Document{orig})[0]) {
			t.Fatalf("copy %d is not document %d upper-cased", c, o)
		}
	}
	if _, again := augmentUpper(docs, 0.5, 1); !reflect.DeepEqual(again, origin) {
		t.Error("same seed, different choice")
	}
}

func TestMergeDatelines(t *testing.T) {
	sent := func(toks, tags string) conll.Sentence {
		return conll.Sentence{Tokens: strings.Fields(toks), Gold: strings.Fields(tags)}
	}
	doc := conll.Document{Sentences: []conll.Sentence{
		sent("CHINA SAYS NO", "I-LOC O O"),
		sent("BEIJING 1996-08-22", "I-LOC O"),
		sent("China said no .", "I-LOC O O O"),
	}}
	docs := []conll.Document{doc, doc, doc}
	got := mergeDatelines(docs, 1, 1)
	wants := []string{"BEIJING \u2014 China said no .", "BEIJING - China said no .", "BEIJING ( Reuters ) - China said no ."}
	for d, want := range wants {
		ss := got[d].Sentences
		if len(ss) != 2 || strings.Join(ss[1].Tokens, " ") != want {
			t.Fatalf("document %d: %v, want headline and %q", d, ss, want)
		}
		if len(ss[1].Gold) != len(ss[1].Tokens) || ss[1].Gold[0] != "I-LOC" {
			t.Errorf("document %d: tags %v", d, ss[1].Gold)
		}
	}
	if ss := got[2].Sentences[1]; ss.Gold[2] != "B-ORG" {
		t.Errorf("Reuters tagged %s, want B-ORG", ss.Gold[2])
	}
	if len(docs[0].Sentences) != 3 {
		t.Error("mergeDatelines changed its input")
	}
	if got := mergeDatelines(docs, 0, 1); len(got[0].Sentences) != 3 {
		t.Error("share 0 merged a dateline")
	}
	if isDateline(strings.Fields("China said 1996-08-22")) || !isDateline(strings.Fields("NEW YORK , N.Y. 1996-08-22")) {
		t.Error("isDateline: wrong on a lower-case sentence or a place with a state")
	}
}

func TestPlaceDatelines(t *testing.T) {
	sent := func(toks, tags string) conll.Sentence {
		return conll.Sentence{Tokens: strings.Fields(toks), Gold: strings.Fields(tags)}
	}
	docs := []conll.Document{{Sentences: []conll.Sentence{
		sent("SAO PAULO 1996-08-27", "I-PER I-PER O"),
		sent("Pele said 1996-08-27", "I-PER O O"),
		sent("UNITED NATIONS 1996-08-22", "I-ORG I-ORG O"),
	}}}
	got := placeDatelines(docs)
	wants := []string{"I-LOC I-LOC O", "I-PER O O", "I-ORG I-ORG O"}
	for i, want := range wants {
		if g := strings.Join(got[0].Sentences[i].Gold, " "); g != want {
			t.Errorf("sentence %d: tags %q, want %q", i, g, want)
		}
	}
	if docs[0].Sentences[0].Gold[0] != "I-PER" {
		t.Error("placeDatelines changed its input")
	}
}

// TestOrdersAndWordDropout checks that averaging over sentence orders and
// word dropout keep training deterministic, change the weights, and that
// only capitalized tokens are dropped.
func TestOrdersAndWordDropout(t *testing.T) {
	f, err := os.Open("testdata/tiny.conll")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	docs, err := conll.Read(f)
	if err != nil {
		t.Fatal(err)
	}
	train := func(orders int, dropout float64) []byte {
		m, err := Train(docs, TrainOptions{Epochs: 3, Folds: 2, MinCount: 1, Seed: 7, Orders: orders, WordDropout: dropout})
		if err != nil {
			t.Fatal(err)
		}
		return m.encode()
	}
	plain, avg, drop := train(1, 0), train(3, 0.3), train(1, 0.3)
	if !bytes.Equal(avg, train(3, 0.3)) {
		t.Error("two trainings with the same seed, orders and dropout differ")
	}
	if bytes.Equal(plain, avg) || bytes.Equal(plain, drop) {
		t.Error("orders or word dropout left the weights unchanged")
	}
	m := &Model{}
	tds, err := m.prepareTrain(docs)
	if err != nil {
		t.Fatal(err)
	}
	dropWords(tds, 1, 7)
	for _, td := range tds {
		for i, ti := range td.infos {
			if ti.anon != (ti.flags&(fInitCap|fAllCaps) != 0) {
				t.Fatalf("%q: anon %v", td.words[i], ti.anon)
			}
		}
	}
}

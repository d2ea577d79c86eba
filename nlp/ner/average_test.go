package ner

import (
	"bytes"
	"math"
	"os"
	"reflect"
	"testing"

	"github.com/newsnlp/newsnlp/nlp/ner/conll"
)

// weightOf returns the float weights of key k in pass p of joint table j
// (zeros if absent).
func weightOf(j *joint, p int, k uint64) [numLabels]float64 {
	var w [numLabels]float64
	k = fixKey(k)
	for i := k & j.mask; j.slots[i].key != 0; i = (i + 1) & j.mask {
		if j.slots[i].key == k {
			for t, v := range j.w[j.slots[i].row][p] {
				w[t] = float64(v) * float64(j.scale[p])
			}
			break
		}
	}
	return w
}

// TestAverage checks that the averaged model holds the mean of the models'
// weights (to the int16 rounding), that averaging one model with itself
// tags as it does, and that it is deterministic.
func TestAverage(t *testing.T) {
	a, docs := tinyModel(t)
	gaz, err := os.ReadFile("testdata/gazetteer.tsv")
	if err != nil {
		t.Fatal(err)
	}
	b, err := Train(docs, TrainOptions{Epochs: 5, Folds: 2, MinCount: 1, Seed: 8, Gazetteer: gaz, Clusters: []byte("Oslo\t1\t3\nLisbon\t1\t4\n")})
	if err != nil {
		t.Fatal(err)
	}
	avg, err := Average([]*Model{a, b}, 0)
	if err != nil {
		t.Fatal(err)
	}
	again, err := Average([]*Model{a, b}, 0)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(avg.encode(), again.encode()) {
		t.Error("two averages of the same models differ")
	}
	for _, m := range []*Model{a, b} {
		for _, s := range m.joint.slots {
			if s.key == 0 {
				continue
			}
			for p := range 2 {
				wa, wb, got := weightOf(a.joint, p, s.key), weightOf(b.joint, p, s.key), weightOf(avg.joint, p, s.key)
				tol := float64(a.joint.scale[p]+b.joint.scale[p]+avg.joint.scale[p]) * 1.01
				for tag := range numLabels {
					if want := (wa[tag] + wb[tag]) / 2; math.Abs(got[tag]-want) > tol {
						t.Fatalf("key %x pass %d tag %d: %g, want the mean %g", s.key, p, tag, got[tag], want)
					}
				}
			}
		}
	}
	for i, row := range avg.cacheRows {
		for p := range 2 {
			for tag := range numLabels {
				want := (a.cacheRows[i][p][tag] + b.cacheRows[i][p][tag]) / 2
				if math.Abs(float64(row[p][tag]-want)) > 1e-4 {
					t.Fatalf("word cache row %d: %v, want the mean", i, row)
				}
			}
		}
	}

	pruned, err := Average([]*Model{a, b}, 0.5)
	if err != nil {
		t.Fatal(err)
	}
	if len(pruned.joint.w) >= len(avg.joint.w) {
		t.Errorf("pruning at 0.5 kept %d of %d rows", len(pruned.joint.w), len(avg.joint.w))
	}
	for _, s := range avg.joint.slots {
		if s.key == 0 {
			continue
		}
		big := false
		for p := range 2 {
			for _, v := range weightOf(avg.joint, p, s.key) {
				big = big || math.Abs(v) >= 0.5+float64(avg.joint.scale[p])
			}
		}
		kept := false
		for p := range 2 {
			kept = kept || weightOf(pruned.joint, p, s.key) != [numLabels]float64{}
		}
		if big && !kept {
			t.Fatalf("key %x: weights above 0.5 pruned", s.key)
		}
	}

	self, err := Average([]*Model{a, a}, 0)
	if err != nil {
		t.Fatal(err)
	}
	_, want, err := conll.Evaluate(a, docs)
	if err != nil {
		t.Fatal(err)
	}
	_, got, err := conll.Evaluate(self, docs)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("a model averaged with itself tags %v, the model %v", got, want)
	}
}

func TestAverageErrors(t *testing.T) {
	a, docs := tinyModel(t)
	if _, err := Average(nil, 0); err == nil {
		t.Error("no models: no error")
	}
	other, err := Train(docs, TrainOptions{Epochs: 2, Folds: 2, MinCount: 1, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Average([]*Model{a, other}, 0); err == nil {
		t.Error("models with other gazetteers: no error")
	}
	if _, err := Average([]*Model{a, {}}, 0); err == nil {
		t.Error("an untrained model: no error")
	}
}

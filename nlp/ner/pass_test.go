package ner

import "testing"

// TestEvaluatePass checks that EvaluatePass(m, docs, 1) scores the first
// pass alone: with a second pass made to tag nothing, the first pass still
// fits the training corpus and both passes find no entity.
func TestEvaluatePass(t *testing.T) {
	m, docs := tinyModel(t)
	if !m.joint.has2 {
		t.Fatal("tiny model has no second pass")
	}
	// Forbid every entity tag in pass 2 (O always wins the Viterbi).
	tr := &m.joint.trans[1]
	for prev := range numLabels + 1 {
		for cur := 1; cur < numLabels; cur++ {
			tr[prev*numLabels+cur] = -1e9
		}
	}
	m.joint.tr[1] = newTransitions(tr)
	for _, tt := range []struct {
		passes int
		want   float64
	}{{1, 1}, {2, 0}} {
		c, err := EvaluatePass(m, docs, tt.passes)
		if err != nil {
			t.Fatal(err)
		}
		if f := c.Overall().F1; f < tt.want-0.01 || f > tt.want+0.01 {
			t.Errorf("EvaluatePass(passes %d): F1 %.3f, want %.0f", tt.passes, f, tt.want)
		}
	}
}

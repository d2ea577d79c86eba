package main

import (
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsnlp/newsnlp/internal/benchdata"
	"github.com/newsnlp/newsnlp/pipeline/clean/cleaneval"
)

// TestEvalCleanAgreesWithScorer scores the cleaning stage on the
// article-extraction benchmark and checks that the figures are those the
// benchmark's reference scorer (../shared/eval/extraction_score.py) prints
// for the same predictions.
func TestEvalCleanAgreesWithScorer(t *testing.T) {
	dir := benchdata.Path(t, "extraction")
	scorer := filepath.Join(benchdata.Dir(), "..", "eval", "extraction_score.py")
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found: the reference scorer cannot run")
	}
	pages, err := cleaneval.LoadBenchmark(dir)
	if err != nil {
		t.Fatal(err)
	}
	rs, preds := cleaneval.Run(pages, extractBody)
	predFile := filepath.Join(t.TempDir(), "pred.json")
	if err := writePredictions(predFile, pages, preds); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(python, scorer, filepath.Join(dir, "ground-truth.json"), predFile).Output()
	if err != nil {
		t.Skipf("reference scorer %s did not run: %v", scorer, err)
	}
	s := cleaneval.Summarize(rs)
	want := fmt.Sprintf("pages %d  F1 %.3f  precision %.3f  recall %.3f  accuracy %.3f",
		s.Pages, s.Tokens.F1, s.Tokens.Precision, s.Tokens.Recall, s.Accuracy)
	if got := strings.TrimSpace(string(out)); got != want {
		t.Errorf("reference scorer: %s\neval clean:        %s", got, want)
	}
}

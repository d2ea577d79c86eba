package main

import (
	"encoding/json"
	"fmt"
	"os"
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
	truth := filepath.Join(dir, "ground-truth.json")
	if benchdata.RaceDetector {
		// Extraction runs ~15 times slower under the race detector:
		// every 4th page then, scored against their ground truth alone.
		pages, truth = takePages(t, pages, truth)
	}
	rs, preds := cleaneval.Run(pages, extractBody)
	predFile := filepath.Join(t.TempDir(), "pred.json")
	if err := writePredictions(predFile, pages, preds); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(python, scorer, truth, predFile).Output()
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

// takePages keeps the pages benchdata.Take(i, 4) takes and writes their
// entries of the ground truth file, verbatim, to a new file.
func takePages(t *testing.T, pages []cleaneval.Page, truthFile string) ([]cleaneval.Page, string) {
	t.Helper()
	raw, err := os.ReadFile(truthFile)
	if err != nil {
		t.Fatal(err)
	}
	var all map[string]json.RawMessage
	if err := json.Unmarshal(raw, &all); err != nil {
		t.Fatal(err)
	}
	var kept []cleaneval.Page
	truth := map[string]json.RawMessage{}
	for i, p := range pages {
		if benchdata.Take(i, 4) {
			kept = append(kept, p)
			truth[p.ID] = all[p.ID]
		}
	}
	b, err := json.Marshal(truth)
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "ground-truth.json")
	if err := os.WriteFile(out, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return kept, out
}

package diff_test

import (
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var writeRuns = flag.Bool("write-runs", false, "rewrite testdata/old and testdata/new from a fresh sample run")

// TestWriteRuns writes the two small runs the golden reports are made
// from: the sample corpus as the pipeline processes it today, and the same
// run edited as editRun does. They are committed so that the golden files
// do not move when the models change.
func TestWriteRuns(t *testing.T) {
	if !*writeRuns {
		t.Skip("only with -write-runs")
	}
	e := editRun(t)
	for name, dir := range map[string]string{"old": e.old.Layout.Dir, "new": e.new.Layout.Dir} {
		dest := filepath.Join("testdata", name)
		os.RemoveAll(dest)
		if err := os.MkdirAll(dest, 0o755); err != nil {
			t.Fatal(err)
		}
		for _, table := range []string{"articles", "mentions", "entities", "quotes", "errors"} {
			b, err := os.ReadFile(filepath.Join(dir, table+".jsonl"))
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dest, table+".jsonl"), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}

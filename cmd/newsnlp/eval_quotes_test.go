package main

import (
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

func TestEvalQuotes(t *testing.T) {
	split := "../../../shared/data/polnear/dev"
	if _, err := os.Stat(split + "/text"); err != nil {
		t.Skip("PolNeAR dev split not found at", split)
	}
	// A split of the first articles keeps the test quick.
	small := t.TempDir()
	texts, _ := filepath.Glob(filepath.Join(split, "text", "*.txt"))
	sort.Strings(texts)
	for _, p := range texts[:min(6, len(texts))] {
		stem := strings.TrimSuffix(filepath.Base(p), ".txt")
		anns, _ := filepath.Glob(filepath.Join(split, "attributions", stem+"_*.ann"))
		for _, f := range append(anns, p) {
			dir := filepath.Join(small, filepath.Base(filepath.Dir(f)))
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.MkdirAll(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, filepath.Base(f)), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout := os.Stdout
	os.Stdout = w
	cmd := EvalQuotesCmd{Polnear: small, Workers: 2}
	runErr := cmd.Run()
	w.Close()
	os.Stdout = stdout
	out, _ := io.ReadAll(r)
	if runErr != nil {
		t.Fatal(runErr)
	}
	for _, want := range []string{"articles in output 6", "quotes IoU>=0.5", "speaker accuracy", "quote+speaker F1"} {
		if !strings.Contains(string(out), want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	t.Logf("\n%s", out)
}

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
	errPath := filepath.Join(t.TempDir(), "errors.tsv")
	cmd := EvalQuotesCmd{Polnear: small, Workers: 2, Errors: errPath}
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
	checkErrorsTSV(t, errPath)
}

// checkErrorsTSV checks the --errors file: a header, then rows of ten
// fields whose kind is known and whose gold or predicted quote is set.
func checkErrorsTSV(t *testing.T, path string) {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
	if !strings.HasPrefix(lines[0], "kind\tarticle\tgold\t") {
		t.Fatalf("errors header = %q", lines[0])
	}
	kinds := map[string]int{}
	for _, l := range lines[1:] {
		f := strings.Split(l, "\t")
		if len(f) != 10 {
			t.Fatalf("errors row has %d fields, want 10: %q", len(f), l)
		}
		kinds[f[0]]++
		switch f[0] {
		case "missed", "speaker":
			if f[2] == "" {
				t.Errorf("%s row without the gold quote: %q", f[0], l)
			}
		case "spurious":
			if f[4] == "" || f[2] != "" {
				t.Errorf("spurious row without the predicted quote or with a gold one: %q", l)
			}
		default:
			t.Errorf("unknown error kind %q", f[0])
		}
	}
	t.Logf("errors by kind: %v", kinds)
}

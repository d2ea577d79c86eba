package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"
)

// TestBench runs the three systems once on a small corpus and checks that
// the ratios and the stage times are printed as positive numbers. It does
// not compare the times: on so small a corpus they are a few milliseconds,
// and a loaded machine reorders them (speed lives in the bench's own runs).
func TestBench(t *testing.T) {
	if testing.Short() {
		t.Skip("loads prose's model (seconds)")
	}
	corpus := filepath.Join(t.TempDir(), "corpus.jsonl")
	var b bytes.Buffer
	for range 20 {
		b.WriteString(`{"text":"Mark Rutte met Emmanuel Macron in Paris on Monday. \"We agree on Ukraine,\" Rutte said after the meeting at the Elysee Palace."}` + "\n")
	}
	if err := os.WriteFile(corpus, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := bench(&out, corpus, 1, 2); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		re  string
		min float64
	}{
		{`pipeline / floor CPU time: ([0-9.]+)x`, 0},
		{`pipeline vs prose v2 words/s: ([0-9.]+)x`, 0},
	} {
		m := regexp.MustCompile(tc.re).FindStringSubmatch(out.String())
		if m == nil {
			t.Fatalf("output lacks %s:\n%s", tc.re, out.String())
		}
		if x, _ := strconv.ParseFloat(m[1], 64); x <= tc.min {
			t.Errorf("%s: %v, want more than %v", tc.re, x, tc.min)
		}
	}
	if !regexp.MustCompile(`median of 2 paired runs`).MatchString(out.String()) {
		t.Errorf("output does not say how many paired runs the ratio is from:\n%s", out.String())
	}
	if !regexp.MustCompile(`\| ner \| [0-9.]+ \|`).MatchString(out.String()) {
		t.Errorf("output lacks the ner stage's CPU time:\n%s", out.String())
	}
	t.Logf("\n%s", out.String())
}

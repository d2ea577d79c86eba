package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
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
	errPath := filepath.Join(t.TempDir(), "errors.tsv")
	out := runEvalQuotes(t, EvalQuotesCmd{Polnear: small, Workers: 2, Errors: errPath, Rules: true})
	for _, want := range []string{"articles in output 6", "quotes IoU>=0.5", "speaker accuracy", "quote+speaker F1",
		"speakers judged by rule", "\nafter ", "\nbefore "} {
		if !strings.Contains(string(out), want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	t.Logf("\n%s", out)
	checkRuleCounts(t, string(out))
	checkErrorsTSV(t, errPath)
}

// runEvalQuotes runs cmd and returns what it printed.
func runEvalQuotes(t *testing.T, cmd EvalQuotesCmd) []byte {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout := os.Stdout
	os.Stdout = w
	done := make(chan []byte)
	go func() {
		b, _ := io.ReadAll(r)
		done <- b
	}()
	runErr := cmd.Run()
	w.Close()
	os.Stdout = stdout
	out := <-done
	if runErr != nil {
		t.Fatal(runErr)
	}
	return out
}

// TestRuleConfidences checks that the confidences of nlp/quotes/rule.go
// still are the shares of right named speakers on PolNeAR train, within
// 0.05, for every rule and speaker kind with at least 30 of them (where one
// speaker more or less moves the share by at most 0.033): when a change to
// the rules or the NER model moves them further, recount with
// `newsnlp eval quotes --polnear ../shared/data/polnear/train --rules`.
func TestRuleConfidences(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the pipeline over PolNeAR train")
	}
	split := "../../../shared/data/polnear/train"
	if _, err := os.Stat(split + "/text"); err != nil {
		t.Skip("PolNeAR train split absent at", split)
	}
	out := runEvalQuotes(t, EvalQuotesCmd{Polnear: split, Rules: true})
	checked := 0
	table := false
	for _, l := range strings.Split(string(out), "\n") {
		f := strings.Fields(l)
		if len(f) > 0 && f[0] == "rule" {
			table = true
			continue
		}
		if !table || len(f) != 7 || f[2] != "name" || f[1] != "entity" && f[1] != "description" {
			continue
		}
		judged, _ := strconv.Atoi(f[4])
		share, _ := strconv.ParseFloat(f[5], 64)
		conf, _ := strconv.ParseFloat(f[6], 64)
		if judged < 30 {
			continue
		}
		checked++
		if want := min(share, 0.98); conf < want-0.05 || conf > want+0.05 {
			t.Errorf("rule %s, %s speakers: confidence %.2f, but %.3f of %d are right on train: recount", f[0], f[1], conf, share, judged)
		}
	}
	if checked < 8 {
		t.Fatalf("only %d rule rows with 30 speakers or more:\n%s", checked, out)
	}
}

// checkRuleCounts checks the --rules table: its right and judged counts
// add up to the speaker accuracy line's.
func checkRuleCounts(t *testing.T, out string) {
	var right, judged, wantRight, wantJudged int
	table := false
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, "speaker accuracy") {
			i := strings.LastIndex(l, "(")
			if _, err := fmt.Sscanf(l[i:], "(%d/%d)", &wantRight, &wantJudged); err != nil {
				t.Fatalf("speaker accuracy line %q: %v", l, err)
			}
		}
		f := strings.Fields(l)
		if len(f) > 0 && f[0] == "rule" {
			table = true
			continue
		}
		if !table || len(f) == 0 {
			continue
		}
		if len(f) != 7 {
			t.Fatalf("rule count line %q", l)
		}
		r, err1 := strconv.Atoi(f[3])
		j, err2 := strconv.Atoi(f[4])
		if err1 != nil || err2 != nil || r > j {
			t.Fatalf("rule count line %q", l)
		}
		right, judged = right+r, judged+j
	}
	if judged == 0 || right != wantRight || judged != wantJudged {
		t.Errorf("rule counts sum to %d/%d, speaker accuracy says %d/%d", right, judged, wantRight, wantJudged)
	}
}

// checkErrorsTSV checks the --errors file: a header, then rows of eleven
// fields whose kind is known and whose gold or predicted quote is set, and
// whose predicted quote names its attribution rule.
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
		if len(f) != 11 {
			t.Fatalf("errors row has %d fields, want 11: %q", len(f), l)
		}
		if f[4] != "" && f[9] == "" {
			t.Errorf("predicted quote without its rule: %q", l)
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

package pipeline

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// splitWords is a minimal annotator for tests of the runner itself: one
// sentence per line, tokens split at spaces.
var splitWords = Floor()

func readJSONL[T any](t *testing.T, path string) []T {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []T
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<26)
	for sc.Scan() {
		var v T
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out = append(out, v)
	}
	return out
}

type errorRow struct {
	Input     string  `json:"input"`
	Line      int64   `json:"line"`
	ArticleID *string `json:"article_id"`
	Stage     string  `json:"stage"`
	Severity  string  `json:"severity"`
	Message   string  `json:"message"`
}

func TestBadInput(t *testing.T) {
	out := t.TempDir()
	bad := filepath.Join("testdata", "bad")
	sum, err := Run(context.Background(), Config{
		Inputs: []string{bad}, OutDir: out, Format: "jsonl", Workers: 2,
		Annotators: []NamedAnnotator{splitWords}, Cleaner: nil, KeepText: true, BatchSize: 2,
	})
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	type art struct {
		ID   string  `json:"article_id"`
		Meta *string `json:"meta"`
	}
	arts := readJSONL[art](t, filepath.Join(out, "articles.jsonl"))
	var ids []string
	for _, a := range arts {
		ids = append(ids, a.ID)
	}
	// Every good record comes out, in input order (files in lexical order).
	// The truncated .gz yields the records before the damaged deflate block.
	want := []string{"g1", "g2", "baddate", "42", "story"}
	gz := 0
	for gz < len(ids)-len(want) && ids[len(want)+gz] == "gz"+strconv.Itoa(gz) {
		gz++
	}
	if gz < 25 {
		t.Errorf("only %d records before the truncation of the .gz", gz)
	}
	for i := range gz {
		want = append(want, "gz"+strconv.Itoa(i))
	}
	if !slices.Equal(ids, want) {
		t.Errorf("articles:\n got %v\nwant %v", ids, want)
	}
	if m := arts[2].Meta; m == nil || *m != `{"date":"yesterday"}` {
		t.Errorf("meta of record baddate = %v", m)
	}
	if m := arts[3].Meta; m == nil || *m != `{"author_score":3,"tags":["politics","norway"]}` {
		t.Errorf("meta of record 42 = %v", m)
	}

	errs := readJSONL[errorRow](t, filepath.Join(out, "errors.jsonl"))
	type where struct {
		input string
		line  int64
		has   string
	}
	wantErrs := []where{
		{filepath.Join(bad, "binary.txt"), 0, "binary data"},
		{filepath.Join(bad, "empty.jsonl"), 0, "empty input"},
		{filepath.Join(bad, "mixed.jsonl"), 2, "invalid JSON"},
		{filepath.Join(bad, "mixed.jsonl"), 3, "no text"},
		{filepath.Join(bad, "mixed.jsonl"), 4, "invalid UTF-8"},
		{filepath.Join(bad, "mixed.jsonl"), 7, "no text"},
		{filepath.Join(bad, "mixed.jsonl"), 8, "not a JSON object"},
		{filepath.Join(bad, "mixed.jsonl"), 9, "cannot parse date"}, // a warning: the article came out
		{filepath.Join(bad, "truncated.jsonl.gz"), int64(gz) + 1, "unexpected EOF"},
	}
	if len(errs) != len(wantErrs) {
		t.Fatalf("got %d error rows, want %d: %+v", len(errs), len(wantErrs), errs)
	}
	for i, w := range wantErrs {
		e := errs[i]
		severity := "error"
		if w.line == 9 {
			severity = "warning"
		}
		if e.Input != w.input || e.Line != w.line || !strings.Contains(e.Message, w.has) || e.Stage != "read" || e.Severity != severity {
			t.Errorf("error %d = %+v, want input %s line %d message containing %q", i, e, w.input, w.line, w.has)
		}
	}
	if sum.Failed != int64(len(wantErrs)-1) || sum.Articles != int64(len(want)) || sum.Warnings != 1 {
		t.Errorf("summary: %d articles, %d failed; want %d, %d", sum.Articles, sum.Failed, len(want), len(wantErrs))
	}
}

func TestBadInputBeforeWork(t *testing.T) {
	good := filepath.Join("testdata", "bad", "story.txt")
	cases := []struct {
		name string
		cfg  Config
		want string
	}{
		{"missing input", Config{Inputs: []string{"testdata/no-such-file.jsonl"}, OutDir: t.TempDir()}, "no such file"},
		{"unknown format", Config{Inputs: []string{"run.go"}, OutDir: t.TempDir()}, "unknown input format"},
		{"output is a file", Config{Inputs: []string{good}, OutDir: good}, "output"},
		{"bad table", Config{Inputs: []string{good}, OutDir: t.TempDir(), Tables: []string{"nope"}}, "unknown table"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			c.cfg.Annotators = []NamedAnnotator{splitWords}
			_, err := Run(context.Background(), c.cfg)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("err = %v, want one containing %q", err, c.want)
			}
		})
	}
}

func TestCancelledRunLeavesNoTable(t *testing.T) {
	out := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := Run(ctx, Config{Inputs: []string{filepath.Join("testdata", "bad")}, OutDir: out,
		Annotators: []NamedAnnotator{splitWords}})
	if err == nil {
		t.Fatal("a cancelled run succeeded")
	}
	entries, _ := os.ReadDir(out)
	for _, e := range entries {
		t.Errorf("left behind: %s", e.Name())
	}
}

// TestStaleTemporaryFilesRemoved checks that a rerun removes the temporary
// files a killed run left for the same tables, and leaves others alone.
func TestStaleTemporaryFilesRemoved(t *testing.T) {
	out := t.TempDir()
	stale := filepath.Join(out, ".articles.jsonl.tmp-0123456789ab")
	other := filepath.Join(out, ".notes.tmp-1")
	for _, f := range []string{stale, other} {
		if err := os.WriteFile(f, []byte("partial"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	_, err := Run(context.Background(), Config{Inputs: []string{filepath.Join("testdata", "bad", "story.txt")}, OutDir: out,
		Format: "jsonl", Annotators: []NamedAnnotator{splitWords}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(stale); err == nil {
		t.Error("stale temporary file of a table left in place")
	}
	if _, err := os.Stat(other); err != nil {
		t.Error("an unrelated file was removed")
	}
}

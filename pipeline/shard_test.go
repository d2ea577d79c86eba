package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestShardsPartitionTheInput checks that 3 shard runs give exactly the rows
// of one unsharded run, for inputs dealt by file and by record.
func TestShardsPartitionTheInput(t *testing.T) {
	in := t.TempDir()
	// Small text files are dealt to shards by file; a large JSONL by line.
	for i := range 7 {
		name := filepath.Join(in, "story"+string(rune('a'+i))+".txt")
		if err := os.WriteFile(name, []byte(strings.Repeat("Officials in Lyon met on Monday. ", i+1)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var big strings.Builder
	for i := range 40 {
		big.WriteString(`{"id":"row` + strconv.Itoa(i) + `","text":"` + strings.Repeat("The council voted. ", 30) + `"}` + "\n")
	}
	if err := os.WriteFile(filepath.Join(in, "big.jsonl"), []byte(big.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	run := func(out string, shard, shards int) []string {
		t.Helper()
		_, err := Run(context.Background(), Config{Inputs: []string{in}, OutDir: out, Format: "jsonl", Shard: shard, Shards: shards, ShardRecordsFrom: 10 << 10,
			Annotators: []NamedAnnotator{splitWords}, Tables: []string{TableArticles}})
		if err != nil {
			t.Fatal(err)
		}
		return nil
	}
	whole := t.TempDir()
	run(whole, 0, 1)
	type art struct {
		ID string `json:"article_id"`
	}
	ids := func(path string) []string {
		var out []string
		for _, a := range readJSONL[art](t, path) {
			out = append(out, a.ID)
		}
		return out
	}
	want := ids(filepath.Join(whole, "articles.jsonl"))
	sharded := t.TempDir()
	var got []string
	for i := range 3 {
		run(sharded, i, 3)
		part := ids(filepath.Join(sharded, "articles", "part-0000"+strconv.Itoa(i)+"-of-00003.jsonl"))
		if len(part) == 0 {
			t.Errorf("shard %d is empty", i)
		}
		got = append(got, part...)
		if _, err := os.Stat(filepath.Join(sharded, "_done", "part-0000"+strconv.Itoa(i)+"-of-00003.json")); err != nil {
			t.Errorf("shard %d: no completion marker: %v", i, err)
		}
	}
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("shards hold %d articles, the whole run %d:\n got %v\nwant %v", len(got), len(want), got, want)
	}
}

// TestResume checks that --resume skips a completed run and redoes an
// incomplete one.
func TestResume(t *testing.T) {
	out := t.TempDir()
	cfg := Config{Inputs: []string{filepath.Join("testdata", "bad", "story.txt")}, OutDir: out, Format: "jsonl",
		Annotators: []NamedAnnotator{splitWords}, Resume: true}
	s, err := Run(context.Background(), cfg)
	if err != nil || s.Skipped || s.Articles != 1 {
		t.Fatalf("first run: %+v, %v", s, err)
	}
	s, err = Run(context.Background(), cfg)
	if err != nil || !s.Skipped {
		t.Fatalf("second run was not skipped: %+v, %v", s, err)
	}
	os.Remove(filepath.Join(out, "tokens.jsonl")) // a table lost: not complete any more
	s, err = Run(context.Background(), cfg)
	if err != nil || s.Skipped {
		t.Fatalf("run with a missing table was skipped: %+v, %v", s, err)
	}
}

package pipeline

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestUserInputs runs the inputs users have (issue 12) through the whole
// runner: text in content, body or article.text; dates as "March 5, 2024",
// 05/03/2024 and epoch seconds, one that cannot be read; a repeated id; two
// story.txt files; a Latin-1 text file and an ISO-8859-1 page; a CSV file
// with a bad row; a JSON array saved as .jsonl and a .json export; a file
// of another kind. Every good record comes out, every problem is in
// errors.
func TestUserInputs(t *testing.T) {
	dir := filepath.Join("testdata", "inputs")
	out := t.TempDir()
	cfg := Config{Inputs: []string{dir}, OutDir: out, Format: "jsonl", Workers: 2, Annotators: []NamedAnnotator{splitWords}}
	cfg.Source.DateOrder = 1 // day-first: 05/03/2024 is 5 March
	sum, err := Run(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	arts := map[string]map[string]any{}
	var ids []string
	for _, a := range readJSONRows(t, filepath.Join(out, "articles.jsonl")) {
		id := a["article_id"].(string)
		arts[id] = a
		ids = append(ids, id)
	}
	want := []string{"a/story", "b/index", "b/story", "js1", "js2", "m1", "m2", "m3", "m4", "m1#2", "c1", "c3", "arr1", "arr2"}
	if !slices.Equal(ids, want) {
		t.Errorf("articles\n got %q\nwant %q", ids, want)
	}
	for _, id := range []string{"m1", "m2", "m3", "c3"} {
		if p, _ := arts[id]["published_at"].(string); !strings.HasPrefix(p, "2024-03-05T") {
			t.Errorf("%s: published_at %v, want 2024-03-05", id, arts[id]["published_at"])
		}
	}
	if p, _ := arts["c1"]["published_at"].(string); p != "2024-03-05T14:30:00Z" || arts["c1"]["title"] != "First" {
		t.Errorf("c1: published_at %v title %v", arts["c1"]["published_at"], arts["c1"]["title"])
	}
	if arts["m4"]["published_at"] != nil || arts["m4"]["meta"] != `{"date":"sometime in spring"}` {
		t.Errorf("m4: published_at %v meta %v", arts["m4"]["published_at"], arts["m4"]["meta"])
	}
	if arts["m3"]["meta"] != `{"article":{"section":"Europe"}}` {
		t.Errorf("m3 meta %v", arts["m3"]["meta"])
	}
	for id, word := range map[string]string{"b/story": "veröffentlichen", "b/index": "veröffentlichen"} {
		if text, _ := arts[id]["text"].(string); !strings.Contains(text, word) || strings.ContainsRune(text, '\uFFFD') {
			t.Errorf("%s: text %q, want %q", id, text, word)
		}
	}

	type problem struct{ input, severity, has string }
	var got []problem
	for _, e := range readJSONRows(t, filepath.Join(out, "errors.jsonl")) {
		got = append(got, problem{filepath.Base(e["input"].(string)), e["severity"].(string), e["message"].(string)})
	}
	wantProblems := []problem{
		{"feed.jsonl", "warning", `field "date": cannot parse date "sometime in spring"`},
		{"feed.jsonl", "warning", `duplicate article_id "m1"`},
		{"feed.jsonl", "error", "--text-field"},
		{"rows.csv", "error", "wrong number of fields"},
	}
	if len(got) != len(wantProblems) {
		t.Fatalf("errors rows %+v, want %d", got, len(wantProblems))
	}
	for i, w := range wantProblems {
		if got[i].input != w.input || got[i].severity != w.severity || !strings.Contains(got[i].has, w.has) {
			t.Errorf("errors row %d = %+v, want %+v", i, got[i], w)
		}
	}
	if sum.Articles != int64(len(want)) || sum.Failed != 2 || sum.Warnings != 2 {
		t.Errorf("summary: %d articles, %d failed, %d warnings", sum.Articles, sum.Failed, sum.Warnings)
	}
	if len(sum.SkippedFiles) != 1 || filepath.Base(sum.SkippedFiles[0]) != "notes.pdf" {
		t.Errorf("skipped %v", sum.SkippedFiles)
	}
	if sum.TextFields["content"] != 4 || sum.TextFields["text"] != 4 || sum.TextFields["body"] != 2 || sum.TextFields["article.text"] != 1 || sum.Charsets["windows-1252"] != 2 {
		t.Errorf("text fields %v, charsets %v", sum.TextFields, sum.Charsets)
	}
	if len(sum.TopErrors) != 4 || sum.TopErrors[0].Count != 1 {
		t.Errorf("top errors %+v", sum.TopErrors)
	}
}

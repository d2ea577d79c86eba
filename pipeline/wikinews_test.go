package pipeline

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
)

// TestWikinewsEndToEnd runs the whole pipeline over the wikinews corpus and
// checks what users rely on: every span of every table slices
// articles.text in code points, and Parquet output is byte-identical for 1
// and 2 workers.
func TestWikinewsEndToEnd(t *testing.T) {
	if _, err := os.Stat(wikinews); err != nil {
		t.Skipf("wikinews corpus absent (%v): it lives in ../shared/data, outside the repository", err)
	}
	if testing.Short() {
		t.Skip("-short: three full runs over 295 articles")
	}
	input := wikinewsInput(t)
	js := t.TempDir()
	if _, err := Run(context.Background(), Config{Inputs: []string{input}, OutDir: js, Format: "jsonl", Workers: 2}); err != nil {
		t.Fatal(err)
	}
	checkSpans(t, js)

	var outs [2]string
	for i, workers := range []int{1, 2} {
		outs[i] = t.TempDir()
		if _, err := Run(context.Background(), Config{Inputs: []string{input}, OutDir: outs[i], Workers: workers}); err != nil {
			t.Fatal(err)
		}
	}
	tables := DefaultTables()
	for _, table := range tables {
		a, err1 := os.ReadFile(filepath.Join(outs[0], table+".parquet"))
		b, err2 := os.ReadFile(filepath.Join(outs[1], table+".parquet"))
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		if !bytes.Equal(a, b) {
			t.Errorf("%s.parquet differs between 1 and 2 workers", table)
		}
	}
	// JSONL and Parquet give the same rows, Parquet read by DuckDB (a
	// subtest, so that a machine without DuckDB skips only this part).
	t.Run("duckdb", func(t *testing.T) {
		var files []string
		for _, table := range tables {
			files = append(files, filepath.Join(outs[0], table+".parquet"))
		}
		for i, d := range duckdbDump(t, files...) {
			rows := readJSONRows(t, filepath.Join(js, tables[i]+".jsonl"))
			if len(rows) != d.Rows {
				t.Errorf("%s: parquet %d rows, jsonl %d", tables[i], d.Rows, len(rows))
				continue
			}
			for r := range rows {
				if !sameRow(d.Data[r], rows[r]) {
					t.Errorf("%s row %d differs:\nparquet %v\n  jsonl %v", tables[i], r, d.Data[r], rows[r])
					break
				}
			}
		}
	})
}

// raceArticles is how many wikinews articles the end-to-end test takes
// under -race: enough for many batches in flight on two workers (the
// batches are 32 articles), a fifth of the time of the whole corpus.
const raceArticles = 64

// wikinewsInput is the wikinews corpus, or under -race its first
// raceArticles articles.
func wikinewsInput(t *testing.T) string {
	if !raceDetector {
		return wikinews
	}
	b, err := os.ReadFile(wikinews)
	if err != nil {
		t.Fatal(err)
	}
	lines := bytes.SplitAfterN(b, []byte("\n"), raceArticles+1)
	path := filepath.Join(t.TempDir(), "wikinews-head.jsonl")
	if err := os.WriteFile(path, bytes.Join(lines[:min(raceArticles, len(lines))], nil), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("-race: the first %d wikinews articles", raceArticles)
	return path
}

// checkSpans asserts text[start:end] (code points) equals the text column
// of every sentence, token, mention and quote row, and that speaker spans
// lie inside the text.
func checkSpans(t *testing.T, dir string) {
	t.Helper()
	texts := map[string][]rune{}
	for _, a := range readJSONRows(t, filepath.Join(dir, "articles.jsonl")) {
		texts[a["article_id"].(string)] = []rune(a["text"].(string))
	}
	if len(texts) == 0 {
		t.Fatal("no articles")
	}
	for _, table := range []string{TableSentences, TableTokens, TableMentions, TableQuotes} {
		rows := readJSONRows(t, filepath.Join(dir, table+".jsonl"))
		if len(rows) == 0 {
			t.Errorf("no %s", table)
		}
		for _, r := range rows {
			text := texts[r["article_id"].(string)]
			s, e := int(r["start"].(float64)), int(r["end"].(float64))
			if s < 0 || s >= e || e > len(text) || string(text[s:e]) != r["text"].(string) {
				t.Fatalf("%s row %v: span [%d,%d) does not slice its text", table, r, s, e)
			}
			if table == TableQuotes && r["speaker_start"] != nil {
				ss, se := int(r["speaker_start"].(float64)), int(r["speaker_end"].(float64))
				if ss < 0 || ss >= se || se > len(text) {
					t.Fatalf("quote row %v: speaker span [%d,%d) outside the text", r, ss, se)
				}
			}
		}
	}
}

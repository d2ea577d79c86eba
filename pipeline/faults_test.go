package pipeline

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFaultCorpus mixes good articles with every kind of bad record — invalid
// JSON, a binary line, missing and empty text, invalid UTF-8, long lines
// (good, longer than a read buffer and than the article limit, and with
// one id repeated) — plus a truncated .gz and an empty file, and checks
// that every good article comes out and every bad record is in errors. The
// sizes prove the point without spending the time: 1 MiB lines against a
// 256 KiB limit behave as 12 MB lines against the default 4 MiB one (the
// reader's own long-line tests are in package source).
func TestFaultCorpus(t *testing.T) {
	const bigLine = 1 << 20
	dir := t.TempDir()
	var b bytes.Buffer
	good := map[string]bool{}
	bad := map[int64]string{} // line → expected message part
	line := int64(0)
	bigs := 0
	add := func(s string) { b.WriteString(s); b.WriteByte('\n'); line++ }
	for i := range 60 {
		id := fmt.Sprintf("good%02d", i)
		row, _ := json.Marshal(map[string]string{"id": id, "text": fmt.Sprintf("Officials in Lyon said on Monday that plan %d would go ahead.", i)})
		add(string(row))
		good[id] = true
		switch i % 10 {
		case 1:
			add(`{"id":"x","text":"cut`)
			bad[line] = "invalid JSON"
		case 3:
			add(string([]byte{0x00, 0x01, 0x02, 0xfe, 0x7f, '{', 0x10}))
			bad[line] = "invalid UTF-8"
		case 4:
			add(`{"id":"nt","title":"no text"}`)
			bad[line] = "no text"
		case 5:
			add(`{"id":"et","text":""}`)
			bad[line] = "no text"
		case 6:
			add("{\"id\":\"u8\",\"text\":\"bad \xc3\x28 byte\"}")
			bad[line] = "invalid UTF-8"
		case 8:
			big := strings.Repeat("The committee met again. ", bigLine/25)
			row, _ := json.Marshal(map[string]string{"id": "big", "text": big})
			add(string(row))
			// The same id again: renamed big#2, big#3, … with a warning;
			// the text is cut to --max-article-bytes, with a warning.
			bigs++
			if bigs == 1 {
				good["big"] = true
			} else {
				good[fmt.Sprintf("big#%d", bigs)] = true
			}
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "a.jsonl"), b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	for i := range 200 {
		fmt.Fprintf(zw, `{"id":"gz%03d","text":"Story %d: the mayor said the bridge reopened after repairs to its deck."}`+"\n", i, i)
	}
	zw.Close()
	os.WriteFile(filepath.Join(dir, "b.jsonl.gz"), gz.Bytes()[:gz.Len()/2], 0o644)
	os.WriteFile(filepath.Join(dir, "c.jsonl"), nil, 0o644)

	out := t.TempDir()
	// The runner's handling of bad records is under test here: a light
	// annotator keeps the 12 MB article quick under -race.
	sum, err := Run(context.Background(), Config{Inputs: []string{dir}, OutDir: out, Format: "jsonl", Workers: 2,
		Annotators: []NamedAnnotator{splitWords}, MaxArticleBytes: bigLine / 4})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, a := range readJSONRows(t, filepath.Join(out, "articles.jsonl")) {
		got[a["article_id"].(string)] = true
	}
	for id := range good {
		if !got[id] {
			t.Errorf("good article %s lost", id)
		}
	}
	gzOut := 0
	for id := range got {
		if strings.HasPrefix(id, "gz") {
			gzOut++
		}
	}
	if gzOut == 0 {
		t.Error("no article from before the truncation of the .gz")
	}
	seen := map[string]int{}
	var truncated, renamed int
	for _, e := range readJSONRows(t, filepath.Join(out, "errors.jsonl")) {
		in, msg := filepath.Base(e["input"].(string)), e["message"].(string)
		if e["severity"] == "warning" {
			switch {
			case strings.Contains(msg, "truncated to"):
				truncated++
			case strings.Contains(msg, "duplicate article_id"):
				renamed++
			default:
				t.Errorf("unexpected warning %q", msg)
			}
			continue
		}
		seen[in]++
		if in == "a.jsonl" {
			l := int64(e["line"].(float64))
			if want, ok := bad[l]; !ok || !strings.Contains(msg, want) {
				t.Errorf("a.jsonl line %d: error %q, want one containing %q", l, msg, bad[l])
			}
		}
	}
	if seen["a.jsonl"] != len(bad) || seen["b.jsonl.gz"] != 1 || seen["c.jsonl"] != 1 {
		t.Errorf("error rows per input %v, want a.jsonl %d, b.jsonl.gz 1, c.jsonl 1", seen, len(bad))
	}
	if truncated != bigs || renamed != bigs-1 || sum.Warnings != int64(2*bigs-1) {
		t.Errorf("%d truncation and %d renaming warnings (summary: %d), want %d and %d", truncated, renamed, sum.Warnings, bigs, bigs-1)
	}
	if sum.Failed != int64(len(bad)+2) {
		t.Errorf("summary counts %d failed records, want %d", sum.Failed, len(bad)+2)
	}
}

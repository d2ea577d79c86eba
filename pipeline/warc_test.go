package pipeline

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
)

// TestWARCEndToEnd processes a WARC archive of 130 records (written by
// source's TestWriteWARCFixture: request/response pairs, images, redirects,
// 404s, and record 43 malformed) through the whole pipeline.
func TestWARCEndToEnd(t *testing.T) {
	out := t.TempDir()
	in := filepath.Join("testdata", "warc", "news.warc.gz")
	if _, err := Run(context.Background(), Config{Inputs: []string{in}, OutDir: out, Format: "jsonl", Workers: 2}); err != nil {
		t.Fatal(err)
	}
	arts := readJSONRows(t, filepath.Join(out, "articles.jsonl"))
	// Pages 0..64 have a response each (record 2*page+3); those with
	// page%10 in {3,5,7} are an image, a 404 and a redirect; record 43
	// (page 20) is malformed.
	want := 0
	for page := 0; 2*page+1 < 130; page++ { // the builder adds pages while it has < 130 records
		if p := page % 10; p != 3 && p != 5 && p != 7 && 2*page+3 != 43 {
			want++
		}
	}
	if len(arts) != want {
		t.Errorf("%d articles, want %d", len(arts), want)
	}
	for _, a := range arts {
		url, _ := a["url"].(string)
		page := strings.TrimPrefix(url, "https://news.example.org/story/")
		if !strings.Contains(a["text"].(string), "Paragraph of story "+page+".") || a["published_at"] == nil {
			t.Errorf("article %v: text, url or date lost", a)
		}
	}
	errs := readJSONRows(t, filepath.Join(out, "errors.jsonl"))
	if len(errs) != 1 || errs[0]["line"].(float64) != 43 || errs[0]["input"] != in {
		t.Errorf("errors = %v, want one row for record 43 of %s", errs, in)
	}
}

package show

import (
	"testing"
	"time"

	"github.com/newsnlp/newsnlp/schemas"
)

func TestFields(t *testing.T) {
	title, when := "A title", time.Date(2026, 12, 2, 10, 30, 0, 0, time.UTC)
	a := schemas.Article{ArticleID: "x", Title: &title, PublishedAt: &when, Text: "body", NChars: 4,
		MinHash: make([]int32, 64), DupBands: []int64{1, 2}}
	got := map[string]string{}
	for _, f := range fields(&a, "text") {
		got[f.name] = f.value
	}
	want := map[string]string{"article_id": "x", "title": "A title", "published_at": "2026-12-02T10:30:00Z",
		"n_chars": "4", "minhash": "64 values", "dup_bands": "[1 2]"}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %q, want %q", k, got[k], v)
		}
	}
	for _, absent := range []string{"text", "url", "meta", "input"} { // skipped, null, null, empty
		if _, ok := got[absent]; ok {
			t.Errorf("%s shown: %q", absent, got[absent])
		}
	}
}

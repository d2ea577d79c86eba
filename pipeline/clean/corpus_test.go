package clean

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// pageMeta is the expected metadata of a test page (NAME.meta.json).
// Published is RFC 3339 in UTC, "" when the page states no date.
type pageMeta struct {
	Title     string `json:"title"`
	Byline    string `json:"byline"`
	Dateline  string `json:"dateline"`
	Agency    string `json:"agency"`
	Published string `json:"published"`
}

func metaOf(r Result) pageMeta {
	m := pageMeta{Title: r.Title, Byline: r.Byline, Dateline: r.Dateline, Agency: r.Agency}
	if r.Published != nil {
		m.Published = r.Published.UTC().Format(time.RFC3339)
	}
	return m
}

// TestCorpus cleans every page of the test corpus (testdata/html/*.html with
// HTML, testdata/text/*.input.txt with Text) and compares it with the
// expected body and metadata. Body quality is the bag-of-characters F1 over
// the whole corpus (charF1; lineF1 is reported as the strict measure):
// it must be at least 0.95 in each half of the corpus, and the metadata of
// every page exact.
func TestCorpus(t *testing.T) {
	for _, set := range []struct{ name, pattern, suffix string }{
		{"html", "testdata/html/*.html", ".html"},
		{"text", "testdata/text/*.input.txt", ".input.txt"},
	} {
		t.Run(set.name, func(t *testing.T) {
			files, err := filepath.Glob(set.pattern)
			if err != nil || len(files) == 0 {
				t.Fatalf("no test pages %s", set.pattern)
			}
			var sumChar, sumLine float64
			for _, f := range files {
				base := strings.TrimSuffix(f, set.suffix)
				input := readFile(t, f)
				wantBody := strings.TrimRight(readFile(t, base+".expected.txt"), "\n")
				var want pageMeta
				if err := json.Unmarshal([]byte(readFile(t, base+".meta.json")), &want); err != nil {
					t.Fatal(err)
				}
				var got Result
				if set.name == "html" {
					if got, err = HTML([]byte(input), ""); err != nil {
						t.Errorf("%s: %v", f, err)
						continue
					}
				} else {
					got = Text(input)
				}
				_, _, cf := charF1(got.Body, wantBody)
				_, _, lf := lineF1(got.Body, wantBody)
				sumChar += cf
				sumLine += lf
				if cf < 0.9 {
					t.Errorf("%s: char F1 %.3f\n--- got\n%s\n--- want\n%s", filepath.Base(f), cf, got.Body, wantBody)
				}
				if gm := metaOf(got); gm != want {
					t.Errorf("%s: metadata\n got %+v\nwant %+v", filepath.Base(f), gm, want)
				}
			}
			n := float64(len(files))
			t.Logf("%s: %d pages, mean char F1 %.4f, mean line F1 %.4f", set.name, len(files), sumChar/n, sumLine/n)
			if sumChar/n < 0.95 {
				t.Errorf("%s: mean char F1 %.4f < 0.95", set.name, sumChar/n)
			}
		})
	}
}

func readFile(t testing.TB, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

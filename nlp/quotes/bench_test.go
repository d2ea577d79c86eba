package quotes

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"

	"github.com/newsnlp/newsnlp/nlp"
)

const wikinews = "../../../shared/data/wikinews/wikinews_2019_2020.jsonl"

// loadWikinews returns the texts of the wikinews corpus, or skips.
func loadWikinews(tb testing.TB) []string {
	tb.Helper()
	f, err := os.Open(wikinews)
	if err != nil {
		tb.Skip("wikinews corpus not found at", wikinews)
	}
	defer f.Close()
	var texts []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		var r struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			tb.Fatal(err)
		}
		texts = append(texts, r.Text)
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return texts
}

// BenchmarkAnnotate runs the quote stage over the wikinews corpus, text
// alone (the cost of the stage itself).
func BenchmarkAnnotate(b *testing.B) {
	texts := loadWikinews(b)
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	f := New()
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			d := &nlp.Doc{Text: t}
			if err := f.Annotate(d); err != nil {
				b.Fatal(err)
			}
		}
	}
}

package entities

import (
	"strings"
	"testing"

	"github.com/newsnlp/newsnlp/nlp"
)

// BenchmarkAnnotate resolves the mentions of the seed article (79 mentions,
// about 2 KB of news text), restoring the NER output before each run.
func BenchmarkAnnotate(b *testing.B) {
	marked, _, _ := strings.Cut(readFile(b, "testdata/resolve/seed.txt"), "=== entities\n")
	d := markedDoc(b, marked)
	orig := append([]nlp.Mention(nil), d.Mentions...)
	r := New()
	b.SetBytes(int64(len(d.Text)))
	b.ReportAllocs()
	for b.Loop() {
		copy(d.Mentions, orig)
		if err := r.Annotate(d); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(orig))*float64(b.N)/b.Elapsed().Seconds(), "mentions/s")
}

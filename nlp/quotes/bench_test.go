package quotes

import (
	"testing"

	"github.com/newsnlp/newsnlp/internal/benchdata"
	"github.com/newsnlp/newsnlp/nlp"
)

// BenchmarkAnnotate runs the quote stage over the wikinews corpus, text
// alone (the cost of the stage itself).
func BenchmarkAnnotate(b *testing.B) {
	texts := benchdata.Wikinews(b)
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

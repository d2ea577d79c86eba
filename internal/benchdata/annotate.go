package benchdata

import (
	"testing"

	"github.com/newsnlp/newsnlp/nlp"
)

// Annotate benchmarks an annotator over docs, whole corpus per iteration:
// bytes/s, allocations, tokens per wall second and tokens per CPU second
// (all goroutines, GC included). reset, when not nil, undoes the previous
// iteration's annotations of a document before it is annotated again.
func Annotate(b *testing.B, docs []*nlp.Doc, an nlp.Annotator, reset func(*nlp.Doc)) {
	b.Helper()
	tokens, size := 0, 0
	for _, d := range docs {
		tokens += len(d.Tokens)
		size += len(d.Text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := CPUSeconds()
	for b.Loop() {
		for _, d := range docs {
			if reset != nil {
				reset(d)
			}
			if err := an.Annotate(d); err != nil {
				b.Fatal(err)
			}
		}
	}
	total := float64(tokens) * float64(b.N)
	b.ReportMetric(total/b.Elapsed().Seconds(), "tokens/s")
	if cpu := CPUSeconds() - cpu0; cpu0 > 0 && cpu > 0 {
		b.ReportMetric(total/cpu, "tokens/cpu-s")
	}
}

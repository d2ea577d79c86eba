package tokenize

import (
	"os"
	"testing"

	"github.com/newsnlp/newsnlp/internal/benchdata"
	"github.com/newsnlp/newsnlp/nlp"
)

func benchmarkTexts(b *testing.B, texts []string) {
	tk := New()
	size, ntok := 0, 0
	for _, t := range texts {
		size += len(t)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	cpu0 := benchdata.CPUSeconds()
	for b.Loop() {
		ntok = 0
		for _, t := range texts {
			d := nlp.Doc{Text: t}
			if err := tk.Annotate(&d); err != nil {
				b.Fatal(err)
			}
			ntok += len(d.Tokens)
		}
	}
	b.ReportMetric(float64(ntok)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	if cpu := benchdata.CPUSeconds() - cpu0; cpu > 0 {
		// Tokens per CPU second (of all goroutines, GC included).
		b.ReportMetric(float64(ntok)*float64(b.N)/cpu, "tokens/cpu-s")
	}
}

// BenchmarkAnnotate tokenizes and splits the article in testdata.
func BenchmarkAnnotate(b *testing.B) {
	text, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		b.Fatal(err)
	}
	benchmarkTexts(b, []string{string(text)})
}

// BenchmarkWikinews tokenizes and splits the 295 Wikinews articles.
func BenchmarkWikinews(b *testing.B) {
	benchmarkTexts(b, benchdata.Wikinews(b))
}

package show_test

import (
	"bytes"
	"io"
	"testing"

	"github.com/newsnlp/newsnlp/internal/benchdata"
	"github.com/newsnlp/newsnlp/internal/runtest"
	"github.com/newsnlp/newsnlp/pipeline"
	"github.com/newsnlp/newsnlp/report/show"
	"github.com/newsnlp/newsnlp/runread"
)

// BenchmarkShowWikinews reads a wikinews run (295 articles) and renders
// it, as `newsnlp show` does; target ≤ 2 s. It also renders each article
// alone and reports the largest page (target ≤ 200 KB).
func BenchmarkShowWikinews(b *testing.B) {
	in := benchdata.Path(b, benchdata.WikinewsFile)
	dir := runtest.Run(b, pipeline.Config{Inputs: []string{in}, Workers: 2})
	r, err := runread.Read(dir)
	if err != nil {
		b.Fatal(err)
	}
	largest := 0
	for _, d := range r.Docs {
		var buf bytes.Buffer
		if err := show.Write(&buf, r, show.Options{Articles: []string{d.ArticleID}}); err != nil {
			b.Fatal(err)
		}
		largest = max(largest, buf.Len())
	}
	if largest > 200<<10 {
		b.Errorf("largest one-article page %d bytes, target ≤ 200 KB", largest)
	}
	b.ResetTimer()
	for b.Loop() {
		r, err := runread.Read(dir)
		if err != nil {
			b.Fatal(err)
		}
		if err := show.Write(io.Discard, r, show.Options{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(largest)/1024, "max-article-KB")
}

package extractcmp

import (
	"testing"

	"github.com/newsnlp/newsnlp/internal/benchdata"
	"github.com/newsnlp/newsnlp/pipeline/clean/cleaneval"
)

// BenchmarkExtractors times newsnlp's cleaning and go-trafilatura (with
// fallback) on the 181 real pages of the extraction benchmark, in one run:
// wall and CPU time per page (run with GOMAXPROCS=1 for one core).
func BenchmarkExtractors(b *testing.B) {
	pages, err := cleaneval.LoadBenchmark(benchdata.Path(b, "extraction"))
	if err != nil {
		b.Fatal(err)
	}
	for _, ex := range []struct {
		name string
		run  cleaneval.Extractor
	}{{"newsnlp", newsnlp}, {"go-trafilatura+fallback", goTrafilatura}} {
		b.Run(ex.name, func(b *testing.B) {
			b.ReportAllocs()
			cpu0 := benchdata.CPUSeconds()
			for b.Loop() {
				for _, p := range pages {
					ex.run(p.HTML, p.URL)
				}
			}
			n := float64(b.N * len(pages))
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/n/1e6, "ms/page")
			if cpu := benchdata.CPUSeconds() - cpu0; cpu0 > 0 && cpu > 0 {
				b.ReportMetric(cpu*1e3/n, "cpu-ms/page")
			}
		})
	}
}

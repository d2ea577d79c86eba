package clean

import (
	"github.com/newsnlp/newsnlp/internal/benchdata"
	"github.com/newsnlp/newsnlp/pipeline/clean/cleaneval"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// benchInputs reads the inputs of the test corpus (files matching pattern
// under testdata/), skipping the benchmark when there are none.
func benchInputs(b *testing.B, pattern string) ([][]byte, int64) {
	files, err := filepath.Glob(filepath.Join("testdata", pattern))
	if err != nil || len(files) == 0 {
		b.Skipf("no %s under testdata", pattern)
	}
	var pages [][]byte
	var size int64
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, data)
		size += int64(len(data))
	}
	return pages, size
}

// BenchmarkText cleans every scraped-text page of the test corpus once per
// iteration; ns/op divided by the number of pages is the cost per page.
func BenchmarkText(b *testing.B) {
	pages, size := benchInputs(b, "text/*.input.txt")
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			Text(string(p))
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(pages))/1e6, "ms/page")
}

// BenchmarkHTML extracts every HTML page of the test corpus once per
// iteration.
func BenchmarkHTML(b *testing.B) {
	pages, size := benchInputs(b, "html/*.html")
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			if _, err := HTML(p, "https://news.example.org/story"); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(pages))/1e6, "ms/page")
}

// BenchmarkTextLongLists times pages made of thousands of link-list lines:
// the cost per byte must stay flat as the page grows (it was quadratic).
func BenchmarkTextLongLists(b *testing.B) {
	for _, n := range []int{2000, 8000, 32000} {
		page := strings.Repeat("Related\n- A headline about things here\n", n)
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			b.SetBytes(int64(len(page)))
			for b.Loop() {
				Text(page)
			}
		})
	}
}

// BenchmarkHTMLBenchmarkPages extracts the 181 real pages of the
// article-extraction benchmark (../shared/data/extraction) once per
// iteration; it skips when the shared data is absent.
func BenchmarkHTMLBenchmarkPages(b *testing.B) {
	pages, err := cleaneval.LoadBenchmark(benchdata.Path(b, "extraction"))
	if err != nil {
		b.Fatal(err)
	}
	var size int64
	for _, p := range pages {
		size += int64(len(p.HTML))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			HTML(p.HTML, p.URL)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(pages))/1e6, "ms/page")
}

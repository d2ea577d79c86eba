package clean

import (
	"bytes"
	"errors"
	"github.com/newsnlp/newsnlp/internal/benchdata"
	"github.com/newsnlp/newsnlp/pipeline/clean/cleaneval"
	"golang.org/x/net/html"
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
	pages, _ := benchInputs(b, "html/*.html")
	benchHTML(b, pages, func([]byte) string { return "https://news.example.org/story" })
}

// BenchmarkHTMLBenchmarkPages extracts the 181 real pages of the
// article-extraction benchmark (../shared/data/extraction) once per
// iteration; it skips when the shared data is absent. The other
// sub-benchmarks measure floors: parse only parses the pages (the floor of
// any extractor working on a parsed tree), strip-parse parses them without
// their scripts and style sheets as HTML does, tokenize only runs the
// tokenizer over them (no tree, no tokens built) and strip only scans them
// for scripts and style sheets.
func BenchmarkHTMLBenchmarkPages(b *testing.B) {
	set, err := cleaneval.LoadBenchmark(benchdata.Path(b, "extraction"))
	if err != nil {
		b.Fatal(err)
	}
	pages := make([][]byte, len(set))
	urls := map[*byte]string{}
	for i, p := range set {
		pages[i] = p.HTML
		urls[&p.HTML[0]] = p.URL
	}
	b.Run("extract", func(b *testing.B) {
		benchHTML(b, pages, func(p []byte) string { return urls[&p[0]] })
	})
	b.Run("parse", func(b *testing.B) {
		benchPages(b, pages, func(p []byte) {
			if _, err := html.Parse(bytes.NewReader(p)); err != nil {
				b.Fatal(err)
			}
		})
	})
	b.Run("strip-parse", func(b *testing.B) {
		benchPages(b, pages, func(p []byte) {
			if _, err := html.Parse(bytes.NewReader(stripCode(p))); err != nil {
				b.Fatal(err)
			}
		})
	})
	b.Run("tokenize", func(b *testing.B) {
		benchPages(b, pages, func(p []byte) {
			z := html.NewTokenizer(bytes.NewReader(p))
			for z.Next() != html.ErrorToken {
			}
		})
	})
	b.Run("strip", func(b *testing.B) {
		benchPages(b, pages, func(p []byte) { stripCode(p) })
	})
}

// benchHTML runs HTML over pages, each with the address url gives it.
func benchHTML(b *testing.B, pages [][]byte, url func([]byte) string) {
	benchPages(b, pages, func(p []byte) {
		if _, err := HTML(p, url(p)); err != nil && !errors.Is(err, ErrNoArticle) {
			b.Fatal(err)
		}
	})
}

// benchPages runs f over every page once per iteration and reports the
// wall and CPU time per page (CPU time is the steadier measure on a shared
// machine; run with GOMAXPROCS=1 for one core).
func benchPages(b *testing.B, pages [][]byte, f func([]byte)) {
	var size int64
	for _, p := range pages {
		size += int64(len(p))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	cpu0 := benchdata.CPUSeconds()
	for b.Loop() {
		for _, p := range pages {
			f(p)
		}
	}
	n := float64(b.N * len(pages))
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/n/1e6, "ms/page")
	if cpu := benchdata.CPUSeconds() - cpu0; cpu0 > 0 && cpu > 0 {
		b.ReportMetric(cpu*1e3/n, "cpu-ms/page")
	}
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

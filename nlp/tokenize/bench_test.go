package tokenize

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"

	"github.com/newsnlp/newsnlp/nlp"
)

const wikinews = "../../../shared/data/wikinews/wikinews_2019_2020.jsonl"

// wikinewsTexts reads the article texts of the shared Wikinews corpus.
func wikinewsTexts(tb testing.TB) []string {
	tb.Helper()
	f, err := os.Open(wikinews)
	if err != nil {
		tb.Skipf("wikinews corpus not available (%v)", err)
	}
	defer f.Close()
	var texts []string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		var row struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &row); err != nil {
			tb.Fatal(err)
		}
		texts = append(texts, row.Text)
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return texts
}

func benchmarkTexts(b *testing.B, texts []string) {
	tk := New()
	size, ntok := 0, 0
	for _, t := range texts {
		size += len(t)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	cpu0 := cpuSeconds()
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
	if cpu := cpuSeconds() - cpu0; cpu > 0 {
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
	benchmarkTexts(b, wikinewsTexts(b))
}

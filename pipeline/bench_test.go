package pipeline

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/newsnlp/newsnlp/internal/benchdata"
	"github.com/newsnlp/newsnlp/nlp"
	"github.com/newsnlp/newsnlp/pipeline/source"
)

// wikinews is the benchmark corpus (295 Wikinews articles, 255,753 words),
// kept outside the repository for licence reasons.
var wikinews = filepath.Join(benchdata.Dir(), benchdata.WikinewsFile)

func needWikinews(b *testing.B) { benchdata.Path(b, benchdata.WikinewsFile) }

// loadWikinews reads and cleans the corpus once.
func loadWikinews(b *testing.B) []*Article {
	needWikinews(b)
	in, err := source.Expand([]string{wikinews})
	if err != nil {
		b.Fatal(err)
	}
	var arts []*Article
	for rec := range source.Read(in[0], nil, nil) {
		arts = append(arts, &Article{Record: rec})
	}
	if err := Normalize(DefaultCleaner(), false).Process(context.Background(), arts); err != nil {
		b.Fatal(err)
	}
	ok := arts[:0]
	for _, a := range arts {
		if !a.Failed {
			ok = append(ok, a)
		}
	}
	return ok
}

func corpusStats(arts []*Article) (bytes int64) {
	for _, a := range arts {
		bytes += int64(len(a.Doc.Text))
	}
	return bytes
}

// wikinewsWords is the word count of the corpus as the baselines count
// it, for words/s.
const wikinewsWords = benchdata.WikinewsWords

func reportWords(b *testing.B, words int) {
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkStages times each stage alone on the whole corpus, its input
// prepared by the stages before it.
func BenchmarkStages(b *testing.B) {
	arts := loadWikinews(b)
	anns, err := DefaultAnnotators()
	if err != nil {
		b.Fatal(err)
	}
	size := corpusStats(arts)
	for i, an := range anns {
		b.Run(an.Name, func(b *testing.B) {
			docs := make([]nlp.Doc, len(arts))
			for k, a := range arts {
				d := nlp.Doc{ID: a.Doc.ID, Text: a.Doc.Text}
				for _, prev := range anns[:i] {
					prev.Annotate(&d)
				}
				docs[k] = d
			}
			work := make([]nlp.Doc, len(docs))
			b.SetBytes(size)
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				b.StopTimer()
				for k := range docs {
					d := docs[k]
					d.Tokens = append([]nlp.Token(nil), d.Tokens...)
					d.Mentions = append([]nlp.Mention(nil), d.Mentions...)
					d.Entities, d.Quotes = append([]nlp.Entity(nil), d.Entities...), nil
					work[k] = d
				}
				b.StartTimer()
				for k := range work {
					an.Annotate(&work[k])
				}
			}
			reportWords(b, wikinewsWords)
		})
	}
}

// BenchmarkRead times reading and decoding the JSONL corpus.
func BenchmarkRead(b *testing.B) {
	needWikinews(b)
	in, _ := source.Expand([]string{wikinews})
	b.SetBytes(in[0].Size)
	b.ReportAllocs()
	for b.Loop() {
		for rec := range source.Read(in[0], nil, nil) {
			_ = rec
		}
	}
	reportWords(b, wikinewsWords)
}

// BenchmarkClean times the cleaning stage (page-chrome detection on text
// that has none, the common case for JSONL dumps).
func BenchmarkClean(b *testing.B) {
	needWikinews(b)
	in, _ := source.Expand([]string{wikinews})
	var recs []source.Record
	for rec := range source.Read(in[0], nil, nil) {
		recs = append(recs, rec)
	}
	stage := Normalize(DefaultCleaner(), false)
	b.SetBytes(in[0].Size)
	b.ReportAllocs()
	for b.Loop() {
		arts := make([]*Article, len(recs))
		for i := range recs {
			arts[i] = &Article{Record: recs[i]}
		}
		stage.Process(context.Background(), arts)
	}
	reportWords(b, wikinewsWords)
}

// BenchmarkEndToEnd runs `newsnlp run` over the corpus: JSONL in, the
// default tables, Parquet out, one worker (run with -cpu 1 for one core).
// The floor sub-benchmark reads and writes the same tables with only a
// whitespace tokenizer: the cost of I/O and Parquet without NLP.
func BenchmarkEndToEnd(b *testing.B) {
	needWikinews(b)
	for _, c := range []struct {
		name string
		anns []NamedAnnotator
	}{{"pipeline", nil}, {"floor", []NamedAnnotator{splitWords}}} {
		b.Run(c.name, func(b *testing.B) {
			in, _ := source.Expand([]string{wikinews})
			b.SetBytes(in[0].Size)
			b.ReportAllocs()
			for b.Loop() {
				out := b.TempDir()
				_, err := Run(context.Background(), Config{Inputs: []string{wikinews}, OutDir: out, Workers: 1, Annotators: c.anns})
				if err != nil {
					b.Fatal(err)
				}
			}
			reportWords(b, wikinewsWords)
		})
	}
}

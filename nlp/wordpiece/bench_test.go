package wordpiece

import (
	"os"
	"strings"
	"testing"

	"github.com/newsnlp/newsnlp/nlp"
)

// benchSentences encodes every sentence of every doc once per iteration and
// reports pieces per second ([CLS] and [SEP] not counted).
func benchSentences(b *testing.B, e *Encoder, docs []*nlp.Doc) {
	b.Helper()
	var bytes, pieces int64
	for _, d := range docs {
		bytes += int64(len(d.Text))
		for i := range d.Sentences {
			for _, w := range e.Sentence(d, i, 0, 0) {
				pieces += int64(len(w.InputIDs) - 2)
			}
		}
	}
	b.SetBytes(bytes)
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			for i := range d.Sentences {
				e.Sentence(d, i, 512, 128)
			}
		}
	}
	b.ReportMetric(float64(pieces)*float64(b.N)/b.Elapsed().Seconds(), "pieces/s")
}

// BenchmarkSentence encodes the sentences of testdata/article.txt (a news
// article with curly quotes, dashes, accented names and CJK).
func BenchmarkSentence(b *testing.B) {
	data, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		b.Fatal(err)
	}
	e, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	benchSentences(b, e, []*nlp.Doc{lineDoc(string(data))})
}

// BenchmarkSentenceWikinews encodes every sentence of the wikinews corpus,
// as nlp/tokenize segments it.
func BenchmarkSentenceWikinews(b *testing.B) {
	texts := wikinews(b)
	e, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	var docs []*nlp.Doc
	for _, t := range texts {
		docs = append(docs, tokenizedDoc(b, t))
	}
	benchSentences(b, e, docs)
}

// BenchmarkSugarme is the comparison point: sugarme/tokenizer's BERT
// pipeline encoding the lines of testdata/article.txt.
func BenchmarkSugarme(b *testing.B) {
	data, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		b.Fatal(err)
	}
	ref := referenceTokenizer(b)
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	var pieces int64
	for _, l := range lines {
		enc, err := ref.EncodeSingle(l, false)
		if err != nil {
			b.Fatal(err)
		}
		pieces += int64(len(enc.Ids))
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lines {
			if _, err := ref.EncodeSingle(l, false); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(pieces)*float64(b.N)/b.Elapsed().Seconds(), "pieces/s")
}

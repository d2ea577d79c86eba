package pos

import (
	"os"
	"testing"

	"github.com/newsnlp/newsnlp/internal/benchdata"
	"github.com/newsnlp/newsnlp/internal/modelfile"
	"github.com/newsnlp/newsnlp/nlp"
	"github.com/newsnlp/newsnlp/nlp/tokenize"
)

// tokenized returns the texts tokenized and split into sentences.
func tokenized(tb testing.TB, texts []string) []*nlp.Doc {
	tb.Helper()
	tk := tokenize.New()
	docs := make([]*nlp.Doc, len(texts))
	for i, text := range texts {
		docs[i] = &nlp.Doc{Text: text}
		if err := tk.Annotate(docs[i]); err != nil {
			tb.Fatal(err)
		}
	}
	return docs
}

func benchmarkTag(b *testing.B, docs []*nlp.Doc) {
	benchdata.Annotate(b, docs, defaultTagger(b), nil)
}

// BenchmarkAnnotate tags the article in testdata.
func BenchmarkAnnotate(b *testing.B) {
	text, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		b.Fatal(err)
	}
	benchmarkTag(b, tokenized(b, []string{string(text)}))
}

// BenchmarkWikinews tags the 295 Wikinews articles.
func BenchmarkWikinews(b *testing.B) {
	benchmarkTag(b, tokenized(b, benchdata.Wikinews(b)))
}

// BenchmarkLoad reads and prepares the embedded model, as Default does.
func BenchmarkLoad(b *testing.B) {
	b.SetBytes(int64(len(modelData)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := decode(modelfile.StringBytes(modelData)); err != nil {
			b.Fatal(err)
		}
	}
}

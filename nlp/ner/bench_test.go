package ner

import (
	"os"
	"testing"

	"github.com/newsnlp/newsnlp/internal/benchdata"
	"github.com/newsnlp/newsnlp/internal/modelfile"
	"github.com/newsnlp/newsnlp/nlp"
	"github.com/newsnlp/newsnlp/nlp/ner/conll"
	"github.com/newsnlp/newsnlp/nlp/tokenize"
)

// wikinewsDocs tokenizes the Wikinews articles of the shared data.
func wikinewsDocs(b *testing.B) []*nlp.Doc {
	tok := tokenize.New()
	var docs []*nlp.Doc
	for _, text := range benchdata.Wikinews(b) {
		d := &nlp.Doc{Text: text}
		if err := tok.Annotate(d); err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
	}
	return docs
}

// BenchmarkAnnotate tags the Wikinews articles (both passes); run with
// -cpu 1 for the one-core figure.
func BenchmarkAnnotate(b *testing.B) {
	benchmarkAnnotate(b, wikinewsDocs(b))
}

// BenchmarkAnnotateCoNLL tags CoNLL-2003 dev, as `newsnlp eval ner` does.
func BenchmarkAnnotateCoNLL(b *testing.B) {
	f, err := os.Open(dataDir + "/conll2003/dev.txt")
	if err != nil {
		b.Skip("CoNLL dev data absent:", err)
	}
	defer f.Close()
	cdocs, err := conll.Read(f)
	if err != nil {
		b.Fatal(err)
	}
	var docs []*nlp.Doc
	for _, cd := range cdocs {
		docs = append(docs, conll.NLPDoc("", cd))
	}
	benchmarkAnnotate(b, docs)
}

// benchmarkAnnotate tags docs with the default model.
func benchmarkAnnotate(b *testing.B, docs []*nlp.Doc) {
	benchdata.Annotate(b, docs, mustDefault(b), func(d *nlp.Doc) { d.Mentions = d.Mentions[:0] })
}

// BenchmarkLoad loads the embedded model (what Default does once).
func BenchmarkLoad(b *testing.B) {
	b.SetBytes(int64(len(embedded)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := decodeModel(modelfile.StringBytes(embedded)); err != nil {
			b.Fatal(err)
		}
	}
}

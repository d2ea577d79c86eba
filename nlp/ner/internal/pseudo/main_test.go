package main

import (
	"bufio"
	"strings"
	"testing"

	"github.com/newsnlp/newsnlp/nlp"
	"github.com/newsnlp/newsnlp/nlp/ner/conll"
	"github.com/newsnlp/newsnlp/nlp/tokenize"
)

func TestWriteDoc(t *testing.T) {
	d := &nlp.Doc{Text: "Angela Merkel visited Paris on Monday. OK. THE END OF IT ALL."}
	if err := tokenize.New().Annotate(d); err != nil {
		t.Fatal(err)
	}
	first := d.Sentences[0]
	d.Mentions = []nlp.Mention{
		{FirstToken: first.FirstToken, EndToken: first.FirstToken + 2, Label: nlp.Person},
		{FirstToken: first.FirstToken + 3, EndToken: first.FirstToken + 4, Label: nlp.Location},
	}
	var b strings.Builder
	w := bufio.NewWriter(&b)
	nsent, ntok := writeDoc(w, d, 4)
	w.Flush()
	if nsent != 1 || ntok != 7 {
		t.Errorf("wrote %d sentences, %d tokens; want 1, 7 (short and all-caps sentences skipped)", nsent, ntok)
	}
	docs, err := conll.Read(strings.NewReader(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 || len(docs[0].Sentences) != 1 {
		t.Fatalf("read back %v", docs)
	}
	if got := strings.Join(docs[0].Sentences[0].Gold, " "); got != "B-PER I-PER O B-LOC O O O" {
		t.Errorf("tags %q", got)
	}
}

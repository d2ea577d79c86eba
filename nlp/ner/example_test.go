package ner_test

import (
	"fmt"
	"strings"

	"github.com/newsnlp/newsnlp/nlp"
	"github.com/newsnlp/newsnlp/nlp/ner"
)

func ExampleModel_Annotate() {
	m, err := ner.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	text := "Angela Merkel met officials of the European Union in Brussels ."
	d := &nlp.Doc{Text: text}
	start := 0
	for _, w := range strings.Fields(text) {
		d.Tokens = append(d.Tokens, nlp.Token{Span: nlp.Span{Start: start, End: start + len(w)}, Text: w})
		start += len(w) + 1
	}
	d.Sentences = []nlp.Sentence{{Span: nlp.Span{Start: 0, End: len(text)}, EndToken: len(d.Tokens)}}
	if err := m.Annotate(d); err != nil {
		fmt.Println(err)
		return
	}
	for _, mn := range d.Mentions {
		fmt.Println(mn.Label, mn.Text)
	}
	// Output:
	// PERSON Angela Merkel
	// ORGANIZATION European Union
	// LOCATION Brussels
}

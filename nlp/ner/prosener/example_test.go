package prosener_test

import (
	"fmt"

	"github.com/newsnlp/newsnlp/nlp"
	"github.com/newsnlp/newsnlp/nlp/ner/prosener"
)

func ExampleAnnotator_Annotate() {
	a, err := prosener.New()
	if err != nil {
		fmt.Println(err)
		return
	}
	text := "He visited Paris"
	d := &nlp.Doc{Text: text, Tokens: []nlp.Token{
		{Span: nlp.Span{Start: 0, End: 2}, Text: "He"},
		{Span: nlp.Span{Start: 3, End: 10}, Text: "visited"},
		{Span: nlp.Span{Start: 11, End: 16}, Text: "Paris"},
	}, Sentences: []nlp.Sentence{{Span: nlp.Span{Start: 0, End: 16}, EndToken: 3}}}
	if err := a.Annotate(d); err != nil {
		fmt.Println(err)
		return
	}
	for _, m := range d.Mentions {
		fmt.Println(m.Label, m.Text, m.Start, m.End)
	}
	// Output:
	// LOCATION Paris 11 16
}

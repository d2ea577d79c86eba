package hf_test

import (
	"fmt"
	"log"

	"github.com/newsnlp/newsnlp/nlp"
	"github.com/newsnlp/newsnlp/nlp/wordpiece"
	"github.com/newsnlp/newsnlp/nlp/wordpiece/hf"
)

func Example() {
	t, err := hf.Load("testdata/wordlevel.json")
	if err != nil {
		log.Fatal(err)
	}
	text := "The MAYOR of Paris spoke."
	d := &nlp.Doc{Text: text, Sentences: []nlp.Sentence{{Span: nlp.Span{Start: 0, End: len(text)}}}}
	for _, w := range wordpiece.Windows(t, d, 0, 0, 0) {
		for i, id := range w.InputIDs {
			piece := ""
			if w.Starts[i] >= 0 {
				piece = text[w.Starts[i]:w.Ends[i]]
			}
			fmt.Printf("%d %s %q\n", id, t.Token(id), piece)
		}
	}
	// Output:
	// 1 [CLS] ""
	// 3 the "The"
	// 4 mayor "MAYOR"
	// 5 of "of"
	// 6 paris "Paris"
	// 7 spoke "spoke"
	// 8 . "."
	// 2 [SEP] ""
}

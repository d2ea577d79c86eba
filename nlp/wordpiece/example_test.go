package wordpiece_test

import (
	"fmt"
	"log"

	"github.com/newsnlp/newsnlp/nlp"
	"github.com/newsnlp/newsnlp/nlp/wordpiece"
)

func Example() {
	enc, err := wordpiece.Default()
	if err != nil {
		log.Fatal(err)
	}
	text := "Mark Rutte visited Gdańsk."
	d := &nlp.Doc{
		Text:      text,
		Sentences: []nlp.Sentence{{Span: nlp.Span{Start: 0, End: len(text)}, FirstToken: 0, EndToken: 5}},
		Tokens: []nlp.Token{
			{Span: nlp.Span{Start: 0, End: 4}, Text: "Mark"},
			{Span: nlp.Span{Start: 5, End: 10}, Text: "Rutte"},
			{Span: nlp.Span{Start: 11, End: 18}, Text: "visited"},
			{Span: nlp.Span{Start: 19, End: 26}, Text: "Gdańsk"},
			{Span: nlp.Span{Start: 26, End: 27}, Text: "."},
		},
		Mentions: []nlp.Mention{
			{Span: nlp.Span{Start: 0, End: 10}, FirstToken: 0, EndToken: 2, Text: "Mark Rutte", Label: nlp.Person, Entity: -1},
			{Span: nlp.Span{Start: 19, End: 26}, FirstToken: 3, EndToken: 4, Text: "Gdańsk", Label: nlp.Location, Entity: -1},
		},
	}
	for _, w := range enc.Sentence(d, 0, 512, 128) {
		for i, id := range w.InputIDs {
			span := ""
			if w.Starts[i] >= 0 {
				span = text[w.Starts[i]:w.Ends[i]]
			}
			fmt.Printf("%-6d %-8s %-8q word %2d  %s\n", id, enc.Token(id), span, w.WordIDs[i], w.NERTags[i])
		}
	}
	// Output:
	// 101    [CLS]    ""       word -1  O
	// 2392   Mark     "Mark"   word  0  B-PERSON
	// 155    R        "R"      word  1  I-PERSON
	// 25131  ##utt    "utt"    word  1  I-PERSON
	// 1162   ##e      "e"      word  1  I-PERSON
	// 3891   visited  "visited" word  2  O
	// 26198  Gdańsk   "Gdańsk" word  3  B-LOCATION
	// 119    .        "."      word  4  O
	// 102    [SEP]    ""       word -1  O
}

package quotes_test

import (
	"fmt"

	"github.com/newsnlp/newsnlp/nlp"
	"github.com/newsnlp/newsnlp/nlp/quotes"
)

func Example() {
	d := &nlp.Doc{Text: "“We must do more,” Rutte said. He added: “We need to raise the cost.”"}
	if err := quotes.New().Annotate(d); err != nil {
		fmt.Println(err)
		return
	}
	for _, q := range d.Quotes {
		fmt.Printf("%s | %s | %s | %s\n", q.Text, q.Speaker, d.Text[q.SpeakerSpan.Start:q.SpeakerSpan.End], q.Cue)
	}
	// Output:
	// We must do more | Rutte | Rutte | said
	// We need to raise the cost | Rutte | He | added
}

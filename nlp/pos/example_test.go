package pos_test

import (
	"fmt"

	"github.com/newsnlp/newsnlp/nlp"
	"github.com/newsnlp/newsnlp/nlp/pos"
	"github.com/newsnlp/newsnlp/nlp/tokenize"
)

func Example() {
	tagger, err := pos.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	d := &nlp.Doc{Text: "Rutte said: “We must do more.”"}
	if err := tokenize.New().Annotate(d); err != nil {
		fmt.Println(err)
		return
	}
	if err := tagger.Annotate(d); err != nil {
		fmt.Println(err)
		return
	}
	for _, t := range d.Tokens {
		fmt.Printf("%s/%s ", t.Text, t.POS)
	}
	fmt.Println()
	// Output:
	// Rutte/NNP said/VBD :/: “/`` We/PRP must/MD do/VB more/JJR ./. ”/''
}

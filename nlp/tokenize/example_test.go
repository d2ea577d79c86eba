package tokenize_test

import (
	"fmt"

	"github.com/newsnlp/newsnlp/nlp"
	"github.com/newsnlp/newsnlp/nlp/tokenize"
)

func Example() {
	d := &nlp.Doc{Text: "NATO’s Rutte said: “We can't wait.” The U.S. military agreed."}
	if err := tokenize.New().Annotate(d); err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range d.Sentences {
		fmt.Printf("%q\n", d.Text[s.Start:s.End])
		for _, t := range d.Tokens[s.FirstToken:s.EndToken] {
			fmt.Printf("  %d-%d %s\n", t.Start, t.End, t.Text)
		}
	}
	// Output:
	// "NATO’s Rutte said: “We can't wait.”"
	//   0-4 NATO
	//   4-8 ’s
	//   9-14 Rutte
	//   15-19 said
	//   19-20 :
	//   21-24 “
	//   24-26 We
	//   27-29 ca
	//   29-32 n't
	//   33-37 wait
	//   37-38 .
	//   38-41 ”
	// "The U.S. military agreed."
	//   42-45 The
	//   46-50 U.S.
	//   51-59 military
	//   60-66 agreed
	//   66-67 .
}

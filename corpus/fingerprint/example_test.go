package fingerprint_test

import (
	"fmt"

	"github.com/newsnlp/newsnlp/corpus/fingerprint"
)

func ExampleQuoteKey() {
	a := fingerprint.QuoteKey("“We will not give up,” she said.")
	b := fingerprint.QuoteKey("we will NOT give up she said")
	fmt.Println(fingerprint.Normalize("“We will not give up,” she said."))
	fmt.Println(a == b, len(a))
	// Output:
	// we will not give up she said
	// true 16
}

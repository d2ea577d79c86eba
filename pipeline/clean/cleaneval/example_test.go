package cleaneval_test

import (
	"fmt"

	"github.com/newsnlp/newsnlp/pipeline/clean/cleaneval"
)

func ExamplePageTokens() {
	gold := "The council voted on Monday to rebuild the seawall."
	pred := "The council voted on Monday to rebuild the seawall. Share this article on social media."
	tp, fp, fn := cleaneval.PageTokens(gold, pred)
	fmt.Printf("tp %.2f fp %.2f fn %.2f\n", tp, fp, fn)
	// Output:
	// tp 0.50 fp 0.50 fn 0.00
}

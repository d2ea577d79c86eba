package rowgen_test

import (
	"fmt"
	"os"

	"github.com/newsnlp/newsnlp/corpus/rowgen"
)

func ExampleWrite() {
	dir, err := os.MkdirTemp("", "rowgen-example")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	st, err := rowgen.Write(dir, rowgen.Options{Articles: 3, EntitiesPerArticle: 2, QuotesPerArticle: 1})
	fmt.Println(st, err)
	// Output: {3 6 3} <nil>
}

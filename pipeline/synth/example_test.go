package synth_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/newsnlp/newsnlp/pipeline/synth"
)

func Example() {
	src := `{"id":"a1","title":"Storm cuts power","date":"2024-05-11","text":"A storm cut power to 20,000 homes overnight, the utility said.\n\n\"Crews are working around the clock,\" a spokeswoman said."}
{"id":"a2","title":"Bridge approved","text":"The council approved a new bridge across the river on Monday.\n\n\"It will connect two halves of our town,\" the mayor said."}
`
	c, skipped, err := synth.Load(strings.NewReader(src), "example.jsonl")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(c.Articles(), "source articles,", skipped, "skipped")
	st, err := c.Generate(os.Stdout, synth.Options{Articles: 2, Seed: 42})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(st.Articles, "articles")
	// Output:
	// 2 source articles, 0 skipped
	// {"id":"syn-000001","title":"Bridge approved","source":"synthetic","from":"a2","text":"The council approved a new bridge across the river on Monday.\n\nA storm cut power to 20,000 homes overnight, the utility said."}
	// {"id":"syn-000002","title":"Storm cuts power","date":"2024-05-11","source":"synthetic","from":"a1","text":"A storm cut power to 20,000 homes overnight, the utility said.\n\n\"Crews are working around the clock,\" a spokeswoman said."}
	// 2 articles
}

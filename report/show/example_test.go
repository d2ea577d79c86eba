package show_test

import (
	"log"
	"os"

	"github.com/newsnlp/newsnlp/report/show"
	"github.com/newsnlp/newsnlp/runread"
)

func ExampleWrite() {
	r, err := runread.Read("newsnlp-out")
	if err != nil {
		log.Fatal(err)
	}
	f, err := os.Create("newsnlp-show.html")
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	if err := show.Write(f, r, show.Options{TopN: 10}); err != nil {
		log.Fatal(err)
	}
}

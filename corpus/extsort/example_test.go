package extsort_test

import (
	"fmt"

	"github.com/newsnlp/newsnlp/corpus/extsort"
)

func Example() {
	s := extsort.New("", 1<<20)
	defer s.Close()
	for _, w := range []string{"pear", "apple", "fig"} {
		if err := s.Add([]byte(w)); err != nil {
			fmt.Println(err)
			return
		}
	}
	for rec, err := range s.Sorted() {
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(string(rec))
	}
	// Output:
	// apple
	// fig
	// pear
}

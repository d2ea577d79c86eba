package diff_test

import (
	"fmt"
	"path/filepath"

	"github.com/newsnlp/newsnlp/report/diff"
	"github.com/newsnlp/newsnlp/runread"
)

func ExampleCompare() {
	old, err := runread.Read(filepath.Join("testdata", "old"))
	if err != nil {
		fmt.Println(err)
		return
	}
	new, err := runread.Read(filepath.Join("testdata", "new"))
	if err != nil {
		fmt.Println(err)
		return
	}
	rep, err := diff.Compare(old, new)
	if err != nil {
		fmt.Println(err)
		return
	}
	rule, _ := diff.ParseRule("quotes.speaker_changed>2%")
	for _, v := range rep.Check([]diff.Rule{rule}) {
		fmt.Printf("%s: %d of %d quotes\n", v.Text, v.Metric.Count, v.Metric.Base)
	}
	// Output:
	// quotes.speaker_changed>2%: 1 of 17 quotes
}

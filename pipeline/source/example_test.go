package source_test

import (
	"fmt"
	"strings"

	"github.com/newsnlp/newsnlp/pipeline/source"
)

// Records whose text is in "content", in a nested object, or in a field
// named on the command line; dates in any common form; a date that cannot
// be read keeps the article with a warning.
func ExampleOptions_Read() {
	feed := `{"id":"a","content":"Body one.","published":"March 5, 2024"}
{"id":"b","article":{"text":"Body two.","section":"World"},"date":1709600000}
{"id":"c","body":"Body three.","date":"05/03/2024"}
{"id":"d","text":"Body four.","date":"soon"}
`
	for rec := range source.JSONLines(strings.NewReader(feed), "feed.jsonl") {
		date := "-"
		if rec.Published != nil {
			date = rec.Published.Format("2006-01-02")
		}
		fmt.Printf("%s %q from %s, %s, meta %s, %d warning(s)\n", rec.ID, rec.Text, rec.TextField, date, rec.Meta, len(rec.Warnings))
	}
	// Output:
	// a "Body one." from content, 2024-03-05, meta , 0 warning(s)
	// b "Body two." from article.text, 2024-03-05, meta {"article":{"section":"World"}}, 0 warning(s)
	// c "Body three." from body, 2024-05-03, meta , 0 warning(s)
	// d "Body four." from text, -, meta {"date":"soon"}, 1 warning(s)
}

func ExampleParseDate() {
	for _, s := range []string{"Tue, 05 Mar 2024 14:30:00 GMT", "March 5, 2024", "05/03/2024", "1709600000000"} {
		t, err := source.ParseDate(s, source.DayFirst)
		fmt.Println(t.Format("2006-01-02 15:04"), err)
	}
	// Output:
	// 2024-03-05 14:30 <nil>
	// 2024-03-05 00:00 <nil>
	// 2024-03-05 00:00 <nil>
	// 2024-03-05 00:53 <nil>
}

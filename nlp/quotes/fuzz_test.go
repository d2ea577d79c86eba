package quotes

import (
	"testing"

	"github.com/newsnlp/newsnlp/nlp"
)

// FuzzAnnotate checks that any text gives quotes whose spans slice the
// text, in order, without panicking.
func FuzzAnnotate(f *testing.F) {
	for _, s := range []string{
		"“We will win,” Smith said.",
		"He said: \"yes\" and ''no'' and “maybe",
		"“\n”\"''\"“”",
		"a \"b\" c “d” e, said F. G said: “H”",
		"<tweet a=\"b\">“x y z,” he said</tweet>",
	} {
		f.Add(s)
	}
	fd := New()
	f.Fuzz(func(t *testing.T, s string) {
		d := &nlp.Doc{Text: s}
		if err := fd.Annotate(d); err != nil {
			t.Fatal(err)
		}
		prev := -1
		for _, q := range d.Quotes {
			checkQuote(t, d, q)
			if q.Start < prev {
				t.Fatalf("quotes out of order at %d", q.Start)
			}
			prev = q.Start
		}
	})
}

package entities

import (
	"testing"

	"github.com/newsnlp/newsnlp/nlp"
)

// fuzzDoc tokenizes text and turns picks into mentions: each 3 bytes give a
// gap in tokens, a length and a label; a label byte above 250 makes the
// mention's token range disagree with its span.
func fuzzDoc(text string, picks []byte) *nlp.Doc {
	d := &nlp.Doc{Text: text}
	for _, loc := range tokenRE.FindAllStringIndex(text, -1) {
		d.Tokens = append(d.Tokens, nlp.Token{Span: nlp.Span{Start: loc[0], End: loc[1]}, Text: text[loc[0]:loc[1]]})
	}
	labels := []nlp.Label{nlp.Person, nlp.Location, nlp.Organization, nlp.Misc, "GPE"}
	next := 0
	for i := 0; i+2 < len(picks) && next < len(d.Tokens); i += 3 {
		first := next + int(picks[i]%4)
		end := first + 1 + int(picks[i+1]%4)
		if end > len(d.Tokens) {
			break
		}
		m := nlp.Mention{
			Span:       nlp.Span{Start: d.Tokens[first].Start, End: d.Tokens[end-1].End},
			FirstToken: first, EndToken: end,
			Label: labels[int(picks[i+2])%len(labels)], Entity: -1,
		}
		m.Text = text[m.Start:m.End]
		if picks[i+2] > 250 {
			m.FirstToken, m.EndToken = end, first
		}
		d.Mentions = append(d.Mentions, m)
		next = end
	}
	return d
}

func FuzzAnnotate(f *testing.F) {
	f.Add("NATO Secretary-General Mark Rutte met French President Emmanuel Macron. Rutte’s aide and the U.S. agreed.", []byte{0, 0, 2, 1, 2, 0, 1, 4, 0, 2, 0, 0, 1, 0, 1})
	f.Add("Bill Clinton and Hillary Clinton. Clinton spoke. Mr. Clinton.", []byte{0, 1, 0, 0, 1, 0, 1, 0, 1, 0, 1, 0})
	f.Add("“ ’s ’s - - . U.S. US America", []byte{0, 3, 0, 0, 3, 255, 0, 0, 1})
	f.Add("", []byte{1, 2, 3})
	r := New()
	f.Fuzz(func(t *testing.T, text string, picks []byte) {
		d := fuzzDoc(text, picks)
		orig := make([]nlp.Mention, len(d.Mentions))
		copy(orig, d.Mentions)
		if err := r.Annotate(d); err != nil {
			t.Fatal(err)
		}
		if err := checkInvariants(d); err != nil {
			t.Fatalf("%v\n%s", err, formatEntities(d))
		}
		for i, m := range d.Mentions {
			o := orig[i]
			if m.Start < o.Start || m.End > o.End || !m.Span.Valid(len(d.Text)) || m.Text != d.Text[m.Start:m.End] {
				t.Fatalf("mention %d: %+v was %+v", i, m, o)
			}
			if o.FirstToken < o.EndToken && (m.FirstToken < o.FirstToken || m.EndToken > o.EndToken ||
				d.Tokens[m.FirstToken].Start != m.Start || d.Tokens[m.EndToken-1].End != m.End) {
				t.Fatalf("mention %d: tokens [%d,%d) disagree with span %v", i, m.FirstToken, m.EndToken, m.Span)
			}
		}
		for e := range d.Entities {
			_ = r.Titles(d, e)
		}
		_ = r.PersonFor(d, text, len(text)/2)
	})
}

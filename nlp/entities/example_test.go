package entities_test

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/newsnlp/newsnlp/nlp"
	"github.com/newsnlp/newsnlp/nlp/entities"
)

func Example() {
	// A Doc as the tokenize and NER stages leave it.
	d := &nlp.Doc{Text: "NATO Secretary-General Mark Rutte met French President Emmanuel Macron in Paris. " +
		"Rutte said the U.S. and Macron agreed. America did not reply."}
	for _, loc := range regexp.MustCompile(`(?:\p{L}\.)+|[\p{L}-]+|\S`).FindAllStringIndex(d.Text, -1) {
		d.Tokens = append(d.Tokens, nlp.Token{Span: nlp.Span{Start: loc[0], End: loc[1]}, Text: d.Text[loc[0]:loc[1]]})
	}
	for _, m := range []struct {
		text  string
		label nlp.Label
		after int
	}{
		{"NATO", nlp.Organization, 0}, {"Mark Rutte", nlp.Person, 0},
		{"French President Emmanuel Macron", nlp.Person, 0}, {"Paris", nlp.Location, 0},
		{"Rutte", nlp.Person, 40}, {"U.S.", nlp.Location, 0}, {"Macron", nlp.Person, 90},
		{"America", nlp.Location, 0},
	} {
		start := m.after + strings.Index(d.Text[m.after:], m.text)
		mention := nlp.Mention{Span: nlp.Span{Start: start, End: start + len(m.text)}, Text: m.text, Label: m.label, Entity: -1}
		for i, t := range d.Tokens {
			if t.Start == mention.Start {
				mention.FirstToken = i
			}
			if t.End == mention.End {
				mention.EndToken = i + 1
			}
		}
		d.Mentions = append(d.Mentions, mention)
	}

	r := entities.New()
	if err := r.Annotate(d); err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range d.Entities {
		fmt.Printf("%s (%s): %d mentions\n", e.Canonical, e.Label, len(e.Mentions))
	}
	fmt.Println(d.Mentions[2].Text) // trimmed to the name
	macron := r.PersonFor(d, "President Macron", len(d.Text))
	fmt.Println(d.Entities[macron].Canonical, r.Titles(d, macron))
	// Output:
	// NATO (ORGANIZATION): 1 mentions
	// Mark Rutte (PERSON): 2 mentions
	// Emmanuel Macron (PERSON): 2 mentions
	// Paris (LOCATION): 1 mentions
	// America (LOCATION): 2 mentions
	// Emmanuel Macron
	// Emmanuel Macron [president]
}

package quotes_test

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/newsnlp/newsnlp/nlp"
	"github.com/newsnlp/newsnlp/nlp/pos"
	"github.com/newsnlp/newsnlp/nlp/quotes"
)

// TestResolution runs the cases of testdata/resolution.json through the
// stages before quotes (tokens, POS tags, mentions, entities) and checks
// who each quote's speaker is and what kind of speaker it is: pronouns by
// gender and paragraph subject, appositions, descriptions, hypothetical
// speech, passive agents, interview labels.
func TestResolution(t *testing.T) {
	b, err := os.ReadFile("testdata/resolution.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct {
		Name, Text, Quote, Speaker string
		Kind                       nlp.SpeakerKind
	}
	if err := json.Unmarshal(b, &cases); err != nil {
		t.Fatal(err)
	}
	tagger, err := pos.Default()
	if err != nil {
		t.Fatal(err)
	}
	f := quotes.New()
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			d := &nlp.Doc{Text: c.Text}
			annotate(t, d, tagger)
			if err := f.Annotate(d); err != nil {
				t.Fatal(err)
			}
			for _, q := range d.Quotes {
				if q.Text != c.Quote {
					continue
				}
				if q.Speaker != c.Speaker || q.SpeakerKind != c.Kind {
					t.Errorf("speaker %q (%s, via %q), want %q (%s)", q.Speaker, q.SpeakerKind, span(d, q.SpeakerSpan), c.Speaker, c.Kind)
				}
				if q.SpeakerKind == nlp.SpeakerNone && q.Confidence != 0 || q.SpeakerKind == nlp.SpeakerEntity && !(q.Confidence > 0 && q.Confidence <= 1) {
					t.Errorf("confidence %v for a speaker of kind %s", q.Confidence, q.SpeakerKind)
				}
				return
			}
			t.Fatalf("quote %q not found in %+v", c.Quote, d.Quotes)
		})
	}
}

package quotes

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/newsnlp/newsnlp/nlp"
)

type wantQuote struct {
	Text, Speaker, Cue string
	Kind               nlp.QuoteKind
}

// TestAttribution runs the cases of testdata/attribution.json on text
// alone (no mentions, no entities).
func TestAttribution(t *testing.T) {
	b, err := os.ReadFile("testdata/attribution.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct {
		Name, Text string
		Quotes     []wantQuote
	}
	if err := json.Unmarshal(b, &cases); err != nil {
		t.Fatal(err)
	}
	f := New()
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			d := &nlp.Doc{Text: c.Text}
			if err := f.Annotate(d); err != nil {
				t.Fatal(err)
			}
			var got []wantQuote
			for _, q := range d.Quotes {
				checkQuote(t, d, q)
				got = append(got, wantQuote{q.Text, q.Speaker, q.Cue, q.Kind})
			}
			if len(got) != len(c.Quotes) {
				t.Fatalf("got %d quotes %+v, want %d %+v", len(got), got, len(c.Quotes), c.Quotes)
			}
			for i := range got {
				if got[i] != c.Quotes[i] {
					t.Errorf("quote %d: got %+v, want %+v", i, got[i], c.Quotes[i])
				}
			}
		})
	}
}

// checkQuote asserts the span invariants of a quote.
func checkQuote(t testing.TB, d *nlp.Doc, q nlp.Quote) {
	t.Helper()
	if !q.Span.Valid(len(d.Text)) || d.Text[q.Start:q.End] != q.Text {
		t.Fatalf("quote span %v does not slice its text %q", q.Span, q.Text)
	}
	if q.SpeakerSpan != nlp.NoSpan && !q.SpeakerSpan.Valid(len(d.Text)) {
		t.Fatalf("speaker span %v out of range", q.SpeakerSpan)
	}
	if q.CueSpan != nlp.NoSpan && (!q.CueSpan.Valid(len(d.Text))) {
		t.Fatalf("cue span %v out of range", q.CueSpan)
	}
	if q.SpeakerEntity >= len(d.Entities) || q.SpeakerEntity < -1 {
		t.Fatalf("speaker entity %d out of range", q.SpeakerEntity)
	}
	if q.Kind != nlp.Direct && q.Kind != nlp.Partial {
		t.Fatalf("kind %q", q.Kind)
	}
}

// TestKeepUnattributed keeps titles and scare quotes.
func TestKeepUnattributed(t *testing.T) {
	d := &nlp.Doc{Text: "The so-called “experts” were wrong on “Meet the Press” again."}
	if err := New(KeepUnattributed()).Annotate(d); err != nil {
		t.Fatal(err)
	}
	if len(d.Quotes) != 2 {
		t.Errorf("got %d quotes, want 2", len(d.Quotes))
	}
}

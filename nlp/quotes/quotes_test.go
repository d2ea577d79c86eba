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

// TestTracing checks that a tracing Finder reports each quote's rule and
// pronoun, in order, and that tracing does not change the quotes.
func TestTracing(t *testing.T) {
	text := "“We will win,” she said. “It is close.”\n\nThe mayor said it was “a good day” for all."
	var got []Trace
	d := &nlp.Doc{ID: "a1", Text: text}
	if err := New(Tracing(func(tr Trace) { got = append(got, tr) })).Annotate(d); err != nil {
		t.Fatal(err)
	}
	want := []Trace{
		{Doc: "a1", Quote: 0, Rule: "after", ViaPronoun: true},
		{Doc: "a1", Quote: 1, Rule: "paragraph", ViaPronoun: true},
		{Doc: "a1", Quote: 2, Rule: "before"},
	}
	if len(got) != len(want) {
		t.Fatalf("traces %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("trace %d = %+v, want %+v", i, got[i], want[i])
		}
	}
	plain := &nlp.Doc{ID: "a1", Text: text}
	if err := New().Annotate(plain); err != nil {
		t.Fatal(err)
	}
	if len(plain.Quotes) != len(d.Quotes) {
		t.Fatalf("%d quotes without tracing, %d with", len(plain.Quotes), len(d.Quotes))
	}
	for i := range plain.Quotes {
		if plain.Quotes[i] != d.Quotes[i] {
			t.Errorf("quote %d: %+v without tracing, %+v with", i, plain.Quotes[i], d.Quotes[i])
		}
	}
}

package quotes_test

import (
	"os"
	"strings"
	"testing"

	"github.com/newsnlp/newsnlp/nlp"
	"github.com/newsnlp/newsnlp/nlp/entities"
	"github.com/newsnlp/newsnlp/nlp/ner"
	"github.com/newsnlp/newsnlp/nlp/ner/prosener"
	"github.com/newsnlp/newsnlp/nlp/quotes"
	"github.com/newsnlp/newsnlp/nlp/tokenize"
)

// annotate runs the stages before quotes: tokens, POS tags when a tagger
// is given, mentions (the trained model, or prose's when its weights are
// absent) and entities.
func annotate(t testing.TB, d *nlp.Doc, tagger ...nlp.Annotator) {
	t.Helper()
	if err := tokenize.New().Annotate(d); err != nil {
		t.Fatal(err)
	}
	for _, tg := range tagger {
		if err := tg.Annotate(d); err != nil {
			t.Fatal(err)
		}
	}
	var rec nlp.Annotator
	if m, err := ner.Default(); err == nil {
		rec = m
	} else if p, err2 := prosener.New(); err2 == nil {
		t.Logf("ner model unavailable (%v): using prose", err)
		rec = p
	} else {
		t.Fatalf("no NER: %v; %v", err, err2)
	}
	if err := rec.Annotate(d); err != nil {
		t.Fatal(err)
	}
	if err := entities.New().Annotate(d); err != nil {
		t.Fatal(err)
	}
}

// TestSeedArticle checks issue 4's sample: every Rutte quote goes to
// "Mark Rutte", Macron's to "Emmanuel Macron".
func TestSeedArticle(t *testing.T) {
	const path = "../../../shared/samples/seed-article.txt"
	b, err := os.ReadFile(path)
	if err != nil {
		t.Skip("seed sample not found at", path)
	}
	d := &nlp.Doc{Text: string(b)}
	annotate(t, d)
	if err := quotes.New().Annotate(d); err != nil {
		t.Fatal(err)
	}
	want := []struct{ prefix, speaker string }{
		{"to change the trajectory of the conflict", "Mark Rutte"},
		{"We must do more than just keep Ukraine", "Mark Rutte"},
		{"We need to raise the cost for Putin", "Mark Rutte"},
		{"very concerning", "Mark Rutte"},
		{"closer to its allies", "Mark Rutte"},
		{"Russia, working together with North Korea", "Mark Rutte"},
		{"For too long", "Emmanuel Macron"},
	}
	for _, w := range want {
		found := false
		for _, q := range d.Quotes {
			if !strings.HasPrefix(q.Text, w.prefix) {
				continue
			}
			found = true
			if q.Speaker != w.speaker {
				t.Errorf("%q: speaker %q (span %q), want %q", w.prefix, q.Speaker, span(d, q.SpeakerSpan), w.speaker)
			}
		}
		if !found {
			t.Errorf("quote %q not found", w.prefix)
		}
	}
	for _, q := range d.Quotes {
		t.Logf("%-50.50q %-8s %q via %q (%s)", q.Text, q.Kind, q.Speaker, span(d, q.SpeakerSpan), q.Cue)
	}
}

func span(d *nlp.Doc, s nlp.Span) string {
	if !s.Valid(len(d.Text)) {
		return ""
	}
	return d.Text[s.Start:s.End]
}

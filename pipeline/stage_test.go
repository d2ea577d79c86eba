package pipeline

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"

	"github.com/newsnlp/newsnlp/nlp"
)

// TestAnnotateOrder checks the annotate stage's order: each annotator runs
// on every article of the batch before the next annotator starts (so its
// tables stay cached), every article still sees the annotators in order,
// its problems are recorded in that order (an error and a recovered panic
// alike, the next annotators still running), and a failed article is
// passed over.
func TestAnnotateOrder(t *testing.T) {
	var calls []string
	annotator := func(name string, fail map[string]string) NamedAnnotator {
		return NamedAnnotator{Name: name, Annotator: nlp.AnnotatorFunc(func(d *nlp.Doc) error {
			calls = append(calls, name+":"+d.ID)
			d.Text += name // what the next annotator sees of this one's work
			switch fail[d.ID] {
			case "error":
				return errors.New(name + " failed")
			case "panic":
				panic(name + " panicked")
			}
			return nil
		})}
	}
	batch := []*Article{{Doc: nlp.Doc{ID: "a"}}, {Doc: nlp.Doc{ID: "b"}, Failed: true}, {Doc: nlp.Doc{ID: "c"}}}
	stage := Annotate([]NamedAnnotator{
		annotator("x", map[string]string{"c": "panic"}),
		annotator("y", map[string]string{"a": "error", "c": "error"}),
		annotator("z", nil),
	})
	if err := stage.Process(context.Background(), batch); err != nil {
		t.Fatal(err)
	}
	if want := []string{"x:a", "x:c", "y:a", "y:c", "z:a", "z:c"}; !slices.Equal(calls, want) {
		t.Errorf("calls %v, want %v", calls, want)
	}
	for _, c := range []struct {
		a        *Article
		text     string
		problems string
	}{
		{batch[0], "xyz", "[y: y failed]"},
		{batch[1], "", "[]"},
		{batch[2], "xyz", "[x: pipeline: x: panic: x panicked y: y failed]"},
	} {
		var got []string
		for _, p := range c.a.Problems {
			got = append(got, p.Stage+": "+p.Err.Error())
		}
		if c.a.Doc.Text != c.text || fmt.Sprint(got) != c.problems {
			t.Errorf("article %s: text %q, problems %v; want %q, %s", c.a.Doc.ID, c.a.Doc.Text, got, c.text, c.problems)
		}
	}
}

// TestAnnotateCancelled checks that a cancelled context stops the stage
// with the context's error.
func TestAnnotateCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	ran := false
	stage := Annotate([]NamedAnnotator{{Name: "x", Annotator: nlp.AnnotatorFunc(func(*nlp.Doc) error { ran = true; return nil })}})
	if err := stage.Process(ctx, []*Article{{}}); !errors.Is(err, context.Canceled) || ran {
		t.Errorf("err %v, ran %v; want context.Canceled before any annotator", err, ran)
	}
}

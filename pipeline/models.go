package pipeline

import (
	"fmt"

	"golang.org/x/sync/errgroup"

	"github.com/newsnlp/newsnlp/nlp"
	"github.com/newsnlp/newsnlp/nlp/entities"
	"github.com/newsnlp/newsnlp/nlp/ner"
	"github.com/newsnlp/newsnlp/nlp/pos"
	"github.com/newsnlp/newsnlp/nlp/quotes"
	"github.com/newsnlp/newsnlp/nlp/tokenize"
)

// DefaultAnnotators are the language stages of a run, in order: sentences
// and tokens, part-of-speech tags, entity mentions (the embedded trained
// model), entities, and quotes. The models are loaded once, concurrently,
// and shared by every worker. (prose v2, the baseline newsnlp is compared
// with, is not linked into the pipeline: see internal/bench.)
func DefaultAnnotators() ([]NamedAnnotator, error) {
	var tagger, recognizer nlp.Annotator
	var g errgroup.Group
	g.Go(func() error {
		t, err := pos.Default()
		tagger = t
		return err
	})
	g.Go(func() error {
		m, err := ner.Default()
		recognizer = m
		return err
	})
	if err := g.Wait(); err != nil {
		return nil, fmt.Errorf("pipeline: %w", err)
	}
	return []NamedAnnotator{
		{"tokenize", tokenize.New()},
		{"pos", tagger},
		{"ner", recognizer},
		{"entities", entities.New()},
		{"quotes", quotes.New()},
	}, nil
}

package pipeline

import (
	"fmt"

	"github.com/newsnlp/newsnlp/nlp/entities"
	"github.com/newsnlp/newsnlp/nlp/ner"
	"github.com/newsnlp/newsnlp/nlp/ner/prosener"
	"github.com/newsnlp/newsnlp/nlp/pos"
	"github.com/newsnlp/newsnlp/nlp/quotes"
	"github.com/newsnlp/newsnlp/nlp/tokenize"
)

// DefaultAnnotators are the language stages of a run, in order: sentences
// and tokens, part-of-speech tags, entity mentions (nerName "model": the
// embedded trained model; "prose": prose v2's default model), entities, and
// quotes. Models are loaded once here and shared by every worker.
func DefaultAnnotators(nerName string) ([]NamedAnnotator, error) {
	var rec NamedAnnotator
	switch nerName {
	case "", "model":
		m, err := ner.Default()
		if err != nil {
			return nil, fmt.Errorf("pipeline: %w", err)
		}
		rec = NamedAnnotator{"ner", m}
	case "prose":
		m, err := prosener.New()
		if err != nil {
			return nil, fmt.Errorf("pipeline: %w", err)
		}
		rec = NamedAnnotator{"ner", m}
	default:
		return nil, fmt.Errorf("pipeline: unknown NER %q (want model or prose)", nerName)
	}
	tagger, err := pos.Default()
	if err != nil {
		return nil, fmt.Errorf("pipeline: %w", err)
	}
	return []NamedAnnotator{
		{"tokenize", tokenize.New()},
		{"pos", tagger},
		rec,
		{"entities", entities.New()},
		{"quotes", quotes.New()},
	}, nil
}

package pipeline

import (
	"context"
	"fmt"

	"github.com/newsnlp/newsnlp/nlp"
)

// Stage processes a batch of articles in place. A problem with one article
// is recorded on that article (Article.Problems, or Article.Failed when it
// cannot come out) and the article flows on; Process returns an error only
// for failures that make the whole run meaningless. Zero articles is a valid
// batch. A Stage is used by several workers at once, on distinct batches.
type Stage interface {
	Process(ctx context.Context, batch []*Article) error
}

// StageFunc adapts a function to the Stage interface.
type StageFunc func(ctx context.Context, batch []*Article) error

// Process calls f(ctx, batch).
func (f StageFunc) Process(ctx context.Context, batch []*Article) error { return f(ctx, batch) }

// NamedAnnotator is a language stage and the name its errors are recorded
// under.
type NamedAnnotator struct {
	Name string
	nlp.Annotator
}

// Annotate returns the stage that runs the annotators in order on every
// article that has not failed. An annotator's error is recorded on the
// article and the next annotators still run; a panic in an annotator is
// recovered and recorded the same way, so one pathological article cannot
// stop a run of millions.
//
// Each annotator runs on the whole batch before the next one starts, so
// that its model's tables (hundreds of kilobytes to megabytes, read at
// random) stay in the core's cache across the batch's articles instead of
// being evicted by the next annotator's after every article. An article
// still sees the annotators in order, and its problems are recorded in
// that order.
func Annotate(annotators []NamedAnnotator) Stage {
	return StageFunc(func(ctx context.Context, batch []*Article) error {
		for _, an := range annotators {
			for _, a := range batch {
				if a.Failed {
					continue
				}
				if err := ctx.Err(); err != nil {
					return err
				}
				if err := safeAnnotate(an, &a.Doc); err != nil {
					a.Problems = append(a.Problems, Problem{Stage: an.Name, Err: err})
				}
			}
		}
		return nil
	})
}

func safeAnnotate(an NamedAnnotator, d *nlp.Doc) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("pipeline: %s: panic: %v", an.Name, r)
		}
	}()
	return an.Annotate(d)
}

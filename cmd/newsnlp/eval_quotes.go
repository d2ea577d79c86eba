package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/newsnlp/newsnlp/nlp/quotes"
	"github.com/newsnlp/newsnlp/nlp/quotes/polnear"
	"github.com/newsnlp/newsnlp/pipeline"
)

// EvalQuotesCmd is `newsnlp eval quotes`: runs the pipeline over a PolNeAR
// split and scores its quotes and speakers as polnear_quotes.py does; with
// --gold, scores the run OUT against a gold file instead.
type EvalQuotesCmd struct {
	goldFlags
	Dir     string `arg:"" optional:"" name:"OUT" type:"existingdir" help:"With --gold: the output directory of the run to score."`
	Polnear string `type:"existingdir" help:"PolNeAR split directory holding text/ and attributions/."`
	Workers int    `default:"0" help:"Annotate workers (0: one per CPU)."`
	Out     string `help:"Keep the pipeline output (articles.jsonl, quotes.jsonl) in this directory instead of a temporary one."`
	Errors  string `help:"Write the disagreements with PolNeAR (missed and spurious quotes, wrong speakers) to this TSV file, for error analysis."`
	Rules   bool   `help:"Also print, per attribution rule and speaker kind, how many speakers are right: the counts behind the rules' confidences."`
}

// Run runs the pipeline and prints the figures.
func (c *EvalQuotesCmd) Run() error {
	if c.Gold != "" {
		return evalGoldQuotes(c.goldFlags, c.Dir)
	}
	if c.Polnear == "" {
		return errors.New("eval quotes: give --polnear DIR, or --gold FILE OUT")
	}
	out := c.Out
	if out == "" {
		tmp, err := os.MkdirTemp("", "newsnlp-eval-quotes-")
		if err != nil {
			return fmt.Errorf("eval quotes: %w", err)
		}
		defer os.RemoveAll(tmp)
		out = tmp
	}
	annotators, err := pipeline.DefaultAnnotators()
	if err != nil {
		return fmt.Errorf("eval quotes: %w", err)
	}
	var traces traceSet
	for i := range annotators {
		if annotators[i].Name == "quotes" {
			annotators[i].Annotator = quotes.New(quotes.Tracing(traces.add))
		}
	}
	_, err = pipeline.Run(context.Background(), pipeline.Config{
		Inputs:     []string{filepath.Join(c.Polnear, "text")},
		OutDir:     out,
		Format:     "jsonl",
		Workers:    c.Workers,
		Tables:     []string{pipeline.TableArticles, pipeline.TableQuotes},
		KeepText:   true,
		Annotators: annotators,
	})
	if err != nil {
		return fmt.Errorf("eval quotes: %w", err)
	}
	res, errs, err := polnear.ScoreErrors(c.Polnear, out)
	if err != nil {
		return fmt.Errorf("eval quotes: %w", err)
	}
	if c.Errors != "" {
		for i := range errs {
			errs[i].Rule = traces.get(errs[i].Article, errs[i].QuoteIndex).Rule
		}
		if err := writeErrorsTSV(c.Errors, errs); err != nil {
			return err
		}
	}
	if err := res.Write(os.Stdout); err != nil {
		return err
	}
	if !c.Rules {
		return nil
	}
	_, judged, err := polnear.ScoreJudged(c.Polnear, out)
	if err != nil {
		return fmt.Errorf("eval quotes: %w", err)
	}
	kinds, err := speakerKinds(out)
	if err != nil {
		return fmt.Errorf("eval quotes: %w", err)
	}
	return writeRuleCounts(os.Stdout, judged, &traces, kinds)
}

func writeErrorsTSV(path string, errs []polnear.Error) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("eval quotes: %w", err)
	}
	if err := polnear.WriteTSV(f, errs); err != nil {
		f.Close()
		return fmt.Errorf("eval quotes: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("eval quotes: %w", err)
	}
	return nil
}

package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

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
	_, err := pipeline.Run(context.Background(), pipeline.Config{
		Inputs:   []string{filepath.Join(c.Polnear, "text")},
		OutDir:   out,
		Format:   "jsonl",
		Workers:  c.Workers,
		Tables:   []string{pipeline.TableArticles, pipeline.TableQuotes},
		KeepText: true,
	})
	if err != nil {
		return fmt.Errorf("eval quotes: %w", err)
	}
	res, errs, err := polnear.ScoreErrors(c.Polnear, out)
	if err != nil {
		return fmt.Errorf("eval quotes: %w", err)
	}
	if c.Errors != "" {
		if err := writeErrorsTSV(c.Errors, errs); err != nil {
			return err
		}
	}
	return res.Write(os.Stdout)
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

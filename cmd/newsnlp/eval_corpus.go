package main

import (
	"fmt"

	corpustables "github.com/newsnlp/newsnlp/corpus"
)

// EvalCorpusCmd is `newsnlp eval corpus`: scores the corpus tables of a
// synthetic corpus against its ground truth.
type EvalCorpusCmd struct {
	Truth  string   `required:"" type:"existingfile" help:"Ground truth written by newsnlp gen corpus --stories."`
	Runs   []string `name:"run" required:"" type:"existingdir" help:"Output directories of newsnlp run on the synthetic corpus."`
	Corpus string   `required:"" type:"existingdir" help:"Output directory of newsnlp corpus on them."`
}

// Run prints the scores.
func (c *EvalCorpusCmd) Run() error {
	s, err := corpustables.Evaluate(c.Truth, c.Runs, c.Corpus)
	if err != nil {
		return err
	}
	fmt.Print(s)
	return nil
}

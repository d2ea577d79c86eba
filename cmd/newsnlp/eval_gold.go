package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/newsnlp/newsnlp/report/gold"
	"github.com/newsnlp/newsnlp/runread"
)

// goldFlags are the flags of `eval entities` and `eval quotes --gold`.
type goldFlags struct {
	Gold               string  `type:"existingfile" help:"A gold file (JSONL, docs/gold.md; newsnlp export-gold writes a template) to score the run OUT against."`
	MaxErrors          int     `name:"max-errors" default:"50" help:"Errors listed after the scores (-1: all)."`
	JSON               bool    `help:"Print the scores and errors as JSON."`
	MinF1              float64 `name:"min-f1" help:"Fail (exit status 3) when the F1 (entities: overall; quotes: IoU>=0.5) is below this."`
	MinSpeakerAccuracy float64 `name:"min-speaker-accuracy" help:"quotes: fail (exit status 3) when the speaker accuracy is below this."`
}

// EvalEntitiesCmd is `newsnlp eval entities --gold FILE OUT`.
type EvalEntitiesCmd struct {
	goldFlags
	Dir string `arg:"" name:"OUT" type:"existingdir" help:"Output directory of the run to score."`
}

// belowThreshold is returned when a score is under its --min threshold.
type belowThreshold string

func (b belowThreshold) Error() string { return string(b) }
func (b belowThreshold) ExitCode() int { return 3 }

// Run scores the run's mentions against the gold entities.
func (c *EvalEntitiesCmd) Run() error {
	if c.Gold == "" {
		return errors.New("eval entities: --gold is required")
	}
	g, r, err := readGold(c.Gold, c.Dir)
	if err != nil {
		return err
	}
	res := gold.ScoreEntities(g, r)
	if err := c.print(res, func(w io.Writer) error { return res.WriteText(w, c.MaxErrors) }); err != nil {
		return err
	}
	return check("entities overall F1", res.Overall.F1(), "--min-f1", c.MinF1)
}

// evalGoldQuotes is `newsnlp eval quotes --gold FILE OUT`.
func evalGoldQuotes(f goldFlags, run string) error {
	if run == "" {
		return errors.New("eval quotes: --gold needs the run directory OUT")
	}
	g, r, err := readGold(f.Gold, run)
	if err != nil {
		return err
	}
	res := gold.ScoreQuotes(g, r)
	if err := f.print(res, func(w io.Writer) error { return res.WriteText(w, f.MaxErrors) }); err != nil {
		return err
	}
	return errors.Join(check("quotes IoU>=0.5 F1", res.Counts(res.Matched).F1(), "--min-f1", f.MinF1),
		check("speaker accuracy", res.SpeakerAccuracy(), "--min-speaker-accuracy", f.MinSpeakerAccuracy))
}

func readGold(path, run string) ([]gold.Article, *runread.Run, error) {
	g, err := gold.Read(path)
	if err != nil {
		return nil, nil, err
	}
	r, err := runread.Read(run)
	if err != nil {
		return nil, nil, err
	}
	return g, r, nil
}

func (f goldFlags) print(res any, text func(io.Writer) error) error {
	if f.JSON {
		return writeJSON(os.Stdout, res)
	}
	return text(os.Stdout)
}

func check(what string, got float64, flag string, min float64) error {
	if min > 0 && got < min {
		return belowThreshold(fmt.Sprintf("%s %.4f is below %s %.4f", what, got, flag, min))
	}
	return nil
}

// ExportGoldCmd is `newsnlp export-gold OUT`.
type ExportGoldCmd struct {
	Dir    string `arg:"" name:"OUT" type:"existingdir" help:"Output directory of the run to export."`
	Output string `short:"o" type:"path" default:"-" help:"The gold file to write (- for stdout)."`
}

// Run writes the template.
func (c *ExportGoldCmd) Run() error {
	r, err := runread.Read(c.Dir)
	if err != nil {
		return err
	}
	return writeOutput(c.Output, func(w io.Writer) error { return gold.Write(w, gold.Export(r)) })
}

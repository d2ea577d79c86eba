package main

import (
	"fmt"
	"io"

	"golang.org/x/sync/errgroup"

	"github.com/newsnlp/newsnlp/report/diff"
	"github.com/newsnlp/newsnlp/runread"
)

// DiffCmd is `newsnlp diff OLD NEW`.
type DiffCmd struct {
	Old         string   `arg:"" type:"existingdir" help:"Output directory of the old (accepted) run."`
	New         string   `arg:"" type:"existingdir" help:"Output directory of the new run."`
	Format      string   `enum:"text,markdown,json" default:"text" help:"Report format: text, markdown (for a CI comment) or json."`
	FailOn      []string `name:"fail-on" sep:"," help:"Rules that fail the diff (exit status 3) when they hold, e.g. 'quotes.speaker_changed>2%,articles.lost>0'. A value with % is a share of the old rows, else a count."`
	MaxArticles int      `name:"max-articles" default:"50" help:"Changed articles listed in text and markdown reports (0: all)."`
	Output      string   `short:"o" type:"path" help:"Write the report to this file instead of stdout."`
}

// rulesFailed is the error returned when --fail-on rules hold.
type rulesFailed []diff.Violation

func (r rulesFailed) Error() string {
	s := fmt.Sprintf("%d rule(s) failed:", len(r))
	for _, v := range r {
		s += " " + v.Text
	}
	return s
}
func (r rulesFailed) ExitCode() int { return 3 }

// Run compares the runs and writes the report.
func (c *DiffCmd) Run() error {
	var rules []diff.Rule
	for _, s := range c.FailOn {
		r, err := diff.ParseRule(s)
		if err != nil {
			return err
		}
		rules = append(rules, r)
	}
	var old, new *runread.Run
	var g errgroup.Group
	g.Go(func() (err error) { old, err = runread.Read(c.Old); return err })
	g.Go(func() (err error) { new, err = runread.Read(c.New); return err })
	if err := g.Wait(); err != nil {
		return err
	}
	rep, err := diff.Compare(old, new)
	if err != nil {
		return err
	}
	failed := rep.Check(rules)
	opts := diff.Options{MaxArticles: c.MaxArticles}
	err = writeOutput(c.Output, func(w io.Writer) error {
		switch c.Format {
		case "json":
			return rep.WriteJSON(w, failed)
		case "markdown":
			return rep.WriteMarkdown(w, failed, opts)
		}
		return rep.WriteText(w, failed, opts)
	})
	if err != nil {
		return err
	}
	if len(failed) > 0 {
		return rulesFailed(failed)
	}
	return nil
}

package main

import (
	"fmt"
	"io"
	"os"

	"github.com/newsnlp/newsnlp/report/show"
	"github.com/newsnlp/newsnlp/runread"
)

// ShowCmd is `newsnlp show OUT`.
type ShowCmd struct {
	Out         string   `arg:"" type:"existingdir" help:"Output directory of a run (Parquet or JSONL, sharded or not)."`
	Article     []string `help:"Render only this article (repeatable); no index."`
	HTML        string   `name:"html" type:"path" default:"newsnlp-show.html" help:"The HTML file to write (- for stdout)."`
	MaxArticles int      `name:"max-articles" default:"500" help:"Articles that get a page in the file; the index counts them all."`
	PageSize    int      `name:"page-size" default:"100" help:"Articles per page of the index list."`
	Top         int      `default:"15" help:"Bars in each top-N chart of the index."`
}

// Run reads the run and writes the page.
func (c *ShowCmd) Run() error {
	r, err := runread.Read(c.Out)
	if err != nil {
		return err
	}
	err = writeOutput(c.HTML, func(w io.Writer) error {
		return show.Write(w, r, show.Options{Articles: c.Article, MaxArticles: c.MaxArticles, PageSize: c.PageSize, TopN: c.Top})
	})
	if err != nil {
		return err
	}
	if c.HTML != "-" {
		fmt.Fprintf(os.Stderr, "newsnlp: wrote %s\n", c.HTML)
	}
	return nil
}

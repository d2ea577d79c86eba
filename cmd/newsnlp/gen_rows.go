package main

import (
	"fmt"
	"os"
	"time"

	"github.com/newsnlp/newsnlp/corpus/rowgen"
)

// GenRowsCmd is `newsnlp gen rows`: run-output tables of a synthetic corpus
// made directly, for scale tests of `newsnlp corpus`.
type GenRowsCmd struct {
	Articles int    `default:"100000" help:"Number of articles."`
	Entities int    `default:"25" help:"Entities per article."`
	Quotes   int    `default:"10" help:"Quotes per article."`
	Seed     uint64 `default:"1" help:"Random seed."`
	Out      string `required:"" help:"Directory to write articles.parquet, entities.parquet and quotes.parquet to."`
}

// Run writes the rows.
func (c *GenRowsCmd) Run() error {
	start := time.Now()
	st, err := rowgen.Write(c.Out, rowgen.Options{Articles: c.Articles, EntitiesPerArticle: c.Entities, QuotesPerArticle: c.Quotes, Seed: c.Seed})
	if err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "gen rows: %d articles, %d entities, %d quotes in %.1fs; tables in %s\n", st.Articles, st.Entities, st.Quotes, time.Since(start).Seconds(), c.Out)
	return nil
}

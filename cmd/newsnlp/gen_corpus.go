package main

import (
	"fmt"
	"os"
	"time"

	"github.com/newsnlp/newsnlp/pipeline/synth"
)

// GenCorpusCmd is `newsnlp gen corpus`: writes a synthetic benchmark corpus
// made by recombining the paragraphs of a source corpus.
type GenCorpusCmd struct {
	From     string `required:"" type:"existingfile" help:"Source corpus, JSONL (.jsonl, .jsonl.gz, .jsonl.zst), e.g. ../shared/data/wikinews/wikinews_2019_2020.jsonl."`
	Articles int    `default:"10000" help:"Number of articles to write."`
	Out      string `required:"" help:"Output file: .jsonl, .jsonl.gz or .jsonl.zst (compressed by extension); - for standard output."`
	Seed     int64  `default:"1" help:"Random seed: the same seed and source give the same corpus."`
}

// Run generates the corpus.
func (c *GenCorpusCmd) Run() error {
	start := time.Now()
	corpus, skipped, err := synth.LoadFile(c.From)
	if err != nil {
		return err
	}
	out, err := synth.Create(c.Out)
	if err != nil {
		return err
	}
	st, err := corpus.Generate(out, synth.Options{Articles: c.Articles, Seed: c.Seed})
	if err != nil {
		out.Abort()
		return err
	}
	if err := out.Close(); err != nil {
		return err
	}
	secs := time.Since(start).Seconds()
	fmt.Fprintf(os.Stderr, "gen corpus: %d articles (%d paragraphs, %.1f MB of JSONL) from %d source articles (%d lines skipped) in %.1fs, %.1f MB/s\n",
		st.Articles, st.Paragraphs, float64(st.Bytes)/1e6, corpus.Articles(), skipped, secs, float64(st.Bytes)/1e6/secs)
	return nil
}

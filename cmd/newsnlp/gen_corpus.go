package main

import (
	"fmt"
	"os"
	"strings"
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
	Stories  int    `help:"Instead of --articles: write this many original stories with syndicated copies (edited headlines, trimmed or reordered paragraphs, other boilerplate) and quotations repeated across outlets, and their ground truth (--truth)."`
	Truth    string `help:"Ground truth file for --stories (JSONL, one line per article); default: OUT with .truth.jsonl for its extension."`
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
	var truth *synth.Output
	var st synth.Stats
	if c.Stories > 0 {
		if c.Truth == "" {
			c.Truth = truthPath(c.Out)
		}
		if truth, err = synth.Create(c.Truth); err != nil {
			out.Abort()
			return err
		}
		st, err = corpus.Syndicate(out, truth, synth.SyndicationOptions{Stories: c.Stories, Seed: c.Seed})
	} else {
		st, err = corpus.Generate(out, synth.Options{Articles: c.Articles, Seed: c.Seed})
	}
	if err != nil {
		out.Abort()
		if truth != nil {
			truth.Abort()
		}
		return err
	}
	if err := out.Close(); err != nil {
		return err
	}
	if truth != nil {
		if err := truth.Close(); err != nil {
			return err
		}
	}
	secs := time.Since(start).Seconds()
	fmt.Fprintf(os.Stderr, "gen corpus: %d articles (%d paragraphs, %.1f MB of JSONL) from %d source articles (%d lines skipped) in %.1fs, %.1f MB/s\n",
		st.Articles, st.Paragraphs, float64(st.Bytes)/1e6, corpus.Articles(), skipped, secs, float64(st.Bytes)/1e6/secs)
	return nil
}

// truthPath is the default ground truth file beside a corpus file.
func truthPath(out string) string {
	base := out
	for _, ext := range []string{".gz", ".zst", ".jsonl", ".ndjson"} {
		base = strings.TrimSuffix(base, ext)
	}
	return base + ".truth.jsonl"
}

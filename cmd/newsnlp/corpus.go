package main

import (
	"fmt"
	"os"
	"runtime/debug"
	"time"

	corpustables "github.com/newsnlp/newsnlp/corpus"
	"github.com/newsnlp/newsnlp/runread"
)

// CorpusCmd is `newsnlp corpus`: tables about the whole corpus from the
// per-article tables of one or many runs.
type CorpusCmd struct {
	Outputs []string `arg:"" name:"OUT" type:"existingdir" help:"Output directories of newsnlp run (sharded outputs included)."`
	Out     string   `required:"" help:"Directory to write people, organizations, places, quotations, article_clusters and entity_links to."`
	Format  string   `default:"parquet" enum:"parquet,jsonl" help:"Output format: parquet or jsonl."`
	TempDir string   `help:"Directory for spill files (default: --out)."`
	SortMB  int      `name:"sort-memory" default:"64" help:"MiB each external sort holds before spilling to disk."`
	LimitMB int64    `name:"memory-limit" default:"640" help:"Soft memory limit in MiB for the Go heap (0: none); GOMEMLIMIT, when set, wins."`
	Profile string   `name:"cpuprofile" type:"path" help:"Write a CPU profile (go tool pprof) of the step to this file."`
}

// Run builds the corpus tables.
func (c *CorpusCmd) Run() error {
	start := time.Now()
	if c.LimitMB > 0 && os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(c.LimitMB << 20)
	}
	stopProfile, err := startCPUProfile(c.Profile)
	if err != nil {
		return err
	}
	defer stopProfile()
	format, err := runread.ParseFormat(c.Format)
	if err != nil {
		return err
	}
	parts, err := corpustables.FindParts(c.Outputs)
	if err != nil {
		return err
	}
	st, err := corpustables.Build(parts, corpustables.Options{Out: c.Out, Format: format, TempDir: c.TempDir, SortMemory: c.SortMB << 20})
	if err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "corpus: %d parts, %d articles, %d entities, %d quotes -> %d people, %d organizations, %d places, %d quotations, %d articles in %d clusters, %d entity links (%d spill runs) in %.1fs; tables in %s\n",
		st.Parts, st.Articles, st.Entities, st.Quotes, st.People, st.Organizations, st.Places, st.Quotations,
		st.ClusteredArticles, st.Clusters, st.EntityLinks, st.SpillRuns, time.Since(start).Seconds(), c.Out)
	return nil
}

package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/signal"
	"runtime/debug"
	"strconv"
	"syscall"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/newsnlp/newsnlp"
	"github.com/newsnlp/newsnlp/pipeline"
)

// RunCmd is `newsnlp run`.
type RunCmd struct {
	Inputs      []string `arg:"" optional:"" name:"INPUT" help:"Files or directories (.jsonl, .json, .csv, .tsv, .txt, .html, .warc; .gz or .zst), or - for stdin (JSONL). None: the embedded sample corpus."`
	Out         string   `short:"o" default:"newsnlp-out" help:"Output directory."`
	Format      string   `enum:"parquet,jsonl" default:"parquet" help:"Output format: parquet or jsonl (same columns, one JSON object per row)."`
	Workers     int      `short:"w" default:"0" help:"Annotate workers (0: one per CPU)."`
	Tables      []string `sep:"," help:"Tables to write (default: articles,sentences,tokens,mentions,entities,quotes,errors; add wordpieces). errors is always written."`
	Strict      bool     `help:"Exit with status 4 if any record failed."`
	NoClean     bool     `name:"no-clean" help:"Keep plain text verbatim (no page-chrome removal)."`
	SummaryJSON string   `name:"summary-json" type:"path" help:"Write the run summary as JSON to this file."`
	Shard       string   `help:"Process shard i/n of the input (0-based). Without it, JOB_COMPLETION_INDEX and --shards select the shard."`
	Shards      int      `help:"Number of shards when the shard index comes from JOB_COMPLETION_INDEX (Kubernetes Indexed Job)."`
	Resume      bool     `help:"Skip the run (or shard) when its completion marker shows it already finished."`
	Progress    string   `enum:"auto,bar,plain,none" default:"auto" help:"Progress display: auto (a bar on a terminal, else a line every 10 s), bar, plain, none."`
	MaxLength   int      `name:"max-length" default:"512" help:"wordpieces: longest window in pieces, [CLS] and [SEP] included."`
	Stride      int      `default:"128" help:"wordpieces: pieces of overlap between windows of a long sentence."`
	Vocab       string   `type:"existingfile" help:"wordpieces: a WordPiece vocab.txt instead of the embedded cased BERT vocabulary."`
	Tokenizer   string   `type:"existingfile" help:"wordpieces: a HuggingFace tokenizer.json (WordPiece, byte-level BPE, Unigram, WordLevel) instead of the embedded vocabulary."`
	Uncased     bool     `help:"wordpieces: lowercase and strip accents (for uncased vocabularies given with --vocab)."`
	CPUProfile  string   `name:"cpuprofile" type:"path" help:"Write a CPU profile (go tool pprof) of the run to this file."`
	MemoryMB    int64    `name:"memory-limit" default:"384" help:"Soft memory limit in MiB for the Go heap (0: none); GOMEMLIMIT, when set, wins. The models take ~150 MiB; the rest bounds buffers and garbage."`
	InputFlags
}

// Exit codes of newsnlp run, beyond exitFailure and exitUsage.
const (
	exitNoArticles = 3 // the input had records or files, and no article came out
	exitStrict     = 4 // --strict, and some record failed
)

// failedRecords is the error returned by --strict when records failed.
type failedRecords int64

func (f failedRecords) Error() string {
	return fmt.Sprintf("%d record(s) failed (see the errors table)", int64(f))
}
func (f failedRecords) ExitCode() int { return exitStrict }

// noArticles is the error returned when a non-empty input gave no article.
type noArticles struct{}

func (noArticles) Error() string {
	return "no article came out of the input (the reasons are above and in the errors table)"
}
func (noArticles) ExitCode() int { return exitNoArticles }

// Run runs the pipeline.
func (c *RunCmd) Run() error {
	cfg := pipeline.Config{
		Inputs: c.Inputs, OutDir: c.Out, Format: c.Format, Workers: c.Workers, Tables: c.Tables,
		KeepText: c.NoClean, Resume: c.Resume,
	}
	if len(c.Inputs) == 0 {
		cfg.Sample = newsnlp.Sample()
	}
	if err := c.InputFlags.apply(&cfg); err != nil {
		return usageErr{err}
	}
	c.settings(&cfg)
	if err := c.shard(&cfg); err != nil {
		return err
	}
	if err := c.wordpieces(&cfg); err != nil {
		return err
	}
	c.progress(&cfg)
	if c.MemoryMB > 0 && os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(c.MemoryMB << 20)
	}
	stopProfile, err := startCPUProfile(c.CPUProfile)
	if err != nil {
		return err
	}
	defer stopProfile()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	defer stop()
	sum, err := pipeline.Run(ctx, cfg)
	if err != nil {
		return err
	}
	printSummary(os.Stderr, cfg, sum)
	if c.SummaryJSON != "" {
		b, _ := json.MarshalIndent(sum, "", "  ")
		if err := os.WriteFile(c.SummaryJSON, append(b, '\n'), 0o644); err != nil {
			return fmt.Errorf("summary: %w", err)
		}
	}
	if !sum.Skipped && sum.Articles == 0 && (sum.Failed > 0 || sum.Bytes > 0 || len(sum.SkippedFiles) > 0) {
		return noArticles{}
	}
	if c.Strict && sum.Failed > 0 {
		return failedRecords(sum.Failed)
	}
	return nil
}

func (c *RunCmd) shard(cfg *pipeline.Config) error {
	switch {
	case c.Shard != "":
		i, n, err := pipeline.ParseShard(c.Shard)
		if err != nil {
			return err
		}
		cfg.Shard, cfg.Shards = i, n
	case os.Getenv("JOB_COMPLETION_INDEX") != "" && c.Shards > 0:
		i, err := strconv.Atoi(os.Getenv("JOB_COMPLETION_INDEX"))
		if err != nil || i < 0 || i >= c.Shards {
			return fmt.Errorf("JOB_COMPLETION_INDEX=%q is not a shard index below --shards %d", os.Getenv("JOB_COMPLETION_INDEX"), c.Shards)
		}
		cfg.Shard, cfg.Shards = i, c.Shards
	case c.Shards > 1:
		return fmt.Errorf("--shards %d needs --shard i/n or JOB_COMPLETION_INDEX", c.Shards)
	}
	return nil
}

func (c *RunCmd) progress(cfg *pipeline.Config) {
	mode := c.Progress
	if mode == "auto" {
		mode = "plain"
		if term.IsTerminal(int(os.Stderr.Fd())) {
			mode = "bar"
		}
	}
	switch mode {
	case "bar":
		var bar *progressbar.ProgressBar
		cfg.ProgressEvery = 200 * time.Millisecond
		cfg.Progress = func(p pipeline.Progress) {
			if bar == nil {
				bar = progressbar.NewOptions64(p.TotalBytes,
					progressbar.OptionSetWriter(os.Stderr),
					progressbar.OptionShowBytes(true),
					progressbar.OptionSetWidth(30),
					progressbar.OptionThrottle(200*time.Millisecond),
					progressbar.OptionShowElapsedTimeOnFinish(),
					progressbar.OptionClearOnFinish(),
				)
			}
			rate := float64(p.Articles) / max(p.Elapsed.Seconds(), 1e-9)
			bar.Describe(fmt.Sprintf("%d articles (%.0f/s), %d failed", p.Articles, rate, p.Failed))
			bar.Set64(p.Bytes)
			if p.Done {
				bar.Finish()
			}
		}
	case "plain":
		cfg.ProgressEvery = 10 * time.Second
		cfg.Progress = func(p pipeline.Progress) {
			if p.Done {
				return
			}
			fmt.Fprintf(os.Stderr, "newsnlp: %s %d articles (%.0f/s), %d failed, %.1f MB read%s\n",
				p.Elapsed.Round(time.Second), p.Articles, float64(p.Articles)/max(p.Elapsed.Seconds(), 1e-9),
				p.Failed, float64(p.Bytes)/1e6, eta(p))
		}
	}
}

func eta(p pipeline.Progress) string {
	if p.TotalBytes <= 0 || p.Bytes <= 0 {
		return ""
	}
	frac := float64(p.Bytes) / float64(p.TotalBytes)
	left := time.Duration(float64(p.Elapsed) * (1 - frac) / frac)
	return fmt.Sprintf(" of %.1f MB, ETA %s", float64(p.TotalBytes)/1e6, left.Round(time.Second))
}

// wordpieces configures the wordpieces encoder from the flags.
func (c *RunCmd) wordpieces(cfg *pipeline.Config) error {
	if c.Vocab == "" && c.Tokenizer == "" && c.MaxLength == pipeline.DefaultMaxLength && c.Stride == pipeline.DefaultStride && !c.Uncased {
		return nil
	}
	enc, err := pipeline.NewWordpieces(pipeline.WordpieceOptions{
		Vocab: c.Vocab, TokenizerJSON: c.Tokenizer, Uncased: c.Uncased, MaxLength: c.MaxLength, Stride: c.Stride,
	})
	if err != nil {
		return err
	}
	cfg.Wordpieces = enc
	return nil
}

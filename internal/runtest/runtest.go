// Package runtest runs the newsnlp pipeline for tests of the packages that
// read its output: it writes a run of the embedded sample corpus (or of
// given inputs) into a temporary directory.
package runtest

import (
	"context"
	"testing"

	"github.com/newsnlp/newsnlp"
	"github.com/newsnlp/newsnlp/pipeline"
)

// Run runs the pipeline with cfg into a new temporary directory and returns
// it. Empty Inputs mean the embedded sample corpus; Workers default to 1.
func Run(tb testing.TB, cfg pipeline.Config) string {
	tb.Helper()
	if cfg.OutDir == "" {
		cfg.OutDir = tb.TempDir()
	}
	if len(cfg.Inputs) == 0 && cfg.Sample == nil {
		cfg.Sample = newsnlp.Sample()
	}
	if cfg.Workers == 0 {
		cfg.Workers = 1
	}
	if _, err := pipeline.Run(context.Background(), cfg); err != nil {
		tb.Fatalf("pipeline run: %v", err)
	}
	return cfg.OutDir
}

// Sample runs the embedded sample corpus in the format ("parquet" or
// "jsonl").
func Sample(tb testing.TB, format string) string {
	tb.Helper()
	return Run(tb, pipeline.Config{Format: format})
}

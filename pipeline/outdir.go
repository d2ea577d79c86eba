package pipeline

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"

	"github.com/newsnlp/newsnlp/pipeline/source"
)

// A run owns its output directory: the directory is never read as input
// (so `newsnlp run --format jsonl .` run twice does not read its own
// tables), no table may overwrite an input, and once a run has written its
// tables it removes the files the previous run's completion marker lists
// and this run did not write (another format, other tables), so the
// directory holds one run's tables. Other files are left alone.

// listInputs lists the run's inputs, leaving out the output directory.
func listInputs(cfg Config) (source.Listing, error) {
	if len(cfg.Inputs) == 0 {
		in, err := source.FromFS(cfg.Sample)
		return source.Listing{Inputs: in}, err
	}
	return source.List(cfg.Inputs, source.ListOptions{Exclude: []string{cfg.OutDir}})
}

// checkOutputs refuses a run whose table files would replace one of its
// inputs.
func checkOutputs(l layout, inputs []source.Input) error {
	for _, table := range AllTables() {
		dest, err := os.Stat(l.tablePath(table))
		if err != nil {
			continue
		}
		for _, in := range inputs {
			if in.FS != nil || in.Path == "-" {
				continue
			}
			if st, err := os.Stat(in.Path); err == nil && os.SameFile(st, dest) {
				return fmt.Errorf("pipeline: input %s is where the %s table goes: choose another --out", in.Path, table)
			}
		}
	}
	return nil
}

// previousFiles are the table files the completion marker of the previous
// run lists (nil when there is none).
func (l layout) previousFiles() []string {
	b, err := os.ReadFile(l.markerPath())
	if err != nil {
		return nil
	}
	var s Summary
	if json.Unmarshal(b, &s) != nil {
		return nil
	}
	return s.Files
}

// removeStale removes the files of prev that are not in now, and returns
// those it removed.
func removeStale(prev, now []string) ([]string, error) {
	var removed []string
	for _, f := range prev {
		if slices.Contains(now, f) {
			continue
		}
		if err := os.Remove(f); err != nil {
			if os.IsNotExist(err) {
				continue
			}
			return removed, fmt.Errorf("pipeline: remove the previous run's %s: %w", f, err)
		}
		removed = append(removed, f)
		os.Remove(filepath.Dir(f)) // a sharded table's folder, if now empty
	}
	return removed, nil
}

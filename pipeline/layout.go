package pipeline

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/newsnlp/newsnlp/pipeline/source"
)

// layout says where a run's files go.
type layout struct {
	cfg Config
	ext string
}

func newLayout(cfg Config) layout {
	return layout{cfg: cfg, ext: map[string]string{"parquet": ".parquet", "jsonl": ".jsonl"}[cfg.Format]}
}

func (l layout) sharded() bool { return l.cfg.Shards > 1 }

func (l layout) part() string {
	return fmt.Sprintf("part-%05d-of-%05d", l.cfg.Shard, l.cfg.Shards)
}

// tablePath is OUT/<table>.<ext>, or OUT/<table>/part-<i>-of-<n>.<ext> for a
// sharded run.
func (l layout) tablePath(table string) string {
	if l.sharded() {
		return filepath.Join(l.cfg.OutDir, table, l.part()+l.ext)
	}
	return filepath.Join(l.cfg.OutDir, table+l.ext)
}

// markerPath is the completion marker, written last: OUT/_SUCCESS.json, or
// OUT/_done/part-<i>-of-<n>.json for a shard.
func (l layout) markerPath() string {
	if l.sharded() {
		return filepath.Join(l.cfg.OutDir, "_done", l.part()+".json")
	}
	return filepath.Join(l.cfg.OutDir, "_SUCCESS.json")
}

func (l layout) completed() (Summary, bool) {
	b, err := os.ReadFile(l.markerPath())
	if err != nil {
		return Summary{}, false
	}
	var s Summary
	if json.Unmarshal(b, &s) != nil {
		return Summary{}, false
	}
	for _, f := range s.Files {
		if _, err := os.Stat(f); err != nil {
			return Summary{}, false
		}
	}
	return s, true
}

func (l layout) clearMarker() error {
	if err := os.Remove(l.markerPath()); err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("pipeline: %w", err)
	}
	return nil
}

func (l layout) writeMarker(s Summary) error {
	path := l.markerPath()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("pipeline: %w", err)
	}
	b, _ := json.MarshalIndent(s, "", "  ")
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, append(b, '\n'), 0o644); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("pipeline: write completion marker: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("pipeline: write completion marker: %w", err)
	}
	return nil
}

// shardFilter says whether input idx is read by this shard, and which of
// its records: inputs are dealt to shards by index, except multi-record
// inputs that are large or of unknown size (stdin), whose records are dealt
// by line/record number. The share depends only on the inputs, so every
// record lands in exactly one shard.
func (l layout) shardFilter(idx int, in source.Input) (keep func(int64) bool, ok bool) {
	n, i := int64(l.cfg.Shards), int64(l.cfg.Shard)
	if n <= 1 {
		return nil, true
	}
	if in.MultiRecord() && (in.Size < 0 || in.Size >= l.cfg.ShardRecordsFrom) {
		return func(line int64) bool { return (line-1)%n == i }, true
	}
	return nil, int64(idx)%n == i
}

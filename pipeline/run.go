package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync/atomic"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/newsnlp/newsnlp/pipeline/source"
)

// Summary reports a finished run.
type Summary struct {
	Inputs   int              `json:"inputs"`
	Articles int64            `json:"articles"`
	Failed   int64            `json:"failed_records"`
	Errors   int64            `json:"error_rows"`
	Words    int64            `json:"words"`
	Bytes    int64            `json:"bytes_read"`
	Rows     map[string]int64 `json:"rows"`
	Seconds  float64          `json:"seconds"`
	// WordsPerSecond and ArticlesPerSecond are over the whole run.
	WordsPerSecond    float64  `json:"words_per_second"`
	ArticlesPerSecond float64  `json:"articles_per_second"`
	Files             []string `json:"files"`
	// Skipped is set when --resume found the run already complete.
	Skipped bool `json:"skipped,omitempty"`
}

// Progress is a snapshot of a running job.
type Progress struct {
	Articles   int64
	Failed     int64
	Bytes      int64 // input bytes read (compressed size for compressed files)
	TotalBytes int64 // -1 when unknown (stdin)
	Elapsed    time.Duration
	Done       bool
}

type job struct {
	batch []*Article
	out   rows
	done  chan struct{}
	// readPos is how far the reader was in the input when the batch was
	// complete: the progress shown once the batch is written.
	readPos int64
}

// Run executes the pipeline described by cfg. It returns an error before any
// work when an input cannot be read or the output directory cannot be
// written, and an error during the run only for failures that make the output
// meaningless (a write error, a model that does not load); bad records become
// rows of the errors table.
func Run(ctx context.Context, cfg Config) (Summary, error) {
	start := time.Now()
	if err := cfg.Validate(); err != nil {
		return Summary{}, err
	}
	want, _ := parseTables(cfg.Tables)
	inputs, err := expandInputs(cfg)
	if err != nil {
		return Summary{}, err
	}
	if err := os.MkdirAll(cfg.OutDir, 0o755); err != nil {
		return Summary{}, fmt.Errorf("pipeline: output: %w", err)
	}
	if err := checkWritable(cfg.OutDir); err != nil {
		return Summary{}, err
	}
	layout := newLayout(cfg)
	if cfg.Resume {
		if s, ok := layout.completed(); ok {
			s.Skipped = true
			return s, nil
		}
	}
	if err := layout.clearMarker(); err != nil {
		return Summary{}, err
	}
	annotators := cfg.Annotators
	if annotators == nil {
		if annotators, err = DefaultAnnotators(cfg.NER); err != nil {
			return Summary{}, err
		}
	}
	cleaner := cfg.Cleaner
	if cleaner == nil {
		cleaner = DefaultCleaner()
	}
	wp := cfg.Wordpieces
	if wp == nil && want.has(TableWordpieces) {
		if wp, err = DefaultWordpieces(); err != nil {
			return Summary{}, err
		}
	}
	writers, err := newTableWriters(want, cfg.Format, layout.tablePath)
	if err != nil {
		return Summary{}, err
	}
	committed := false
	defer func() {
		if !committed {
			for _, w := range writers {
				w.abort()
			}
		}
	}()

	stages := []Stage{Normalize(cleaner, cfg.KeepText), Annotate(annotators), Validate()}
	var total int64
	for _, in := range inputs {
		if in.Size < 0 {
			total = -1
			break
		}
		total += in.Size
	}
	// bytesRead counts input bytes read; bytesDone the part of it whose
	// articles are written.
	var bytesRead, bytesDone, articles, failed, words atomic.Int64

	g, gctx := errgroup.WithContext(ctx)
	work := make(chan *job, cfg.Workers)
	order := make(chan *job, 2*cfg.Workers)
	tableChans := make([]chan *job, len(writers))
	for i := range tableChans {
		tableChans[i] = make(chan *job, 4)
	}

	// Read: batches of records, in input order.
	g.Go(func() error {
		defer close(work)
		defer close(order)
		var batch []*Article
		size := 0
		send := func() error {
			if len(batch) == 0 {
				return nil
			}
			j := &job{batch: batch, done: make(chan struct{}), readPos: bytesRead.Load()}
			batch, size = nil, 0
			select {
			case order <- j:
			case <-gctx.Done():
				return gctx.Err()
			}
			select {
			case work <- j:
			case <-gctx.Done():
				return gctx.Err()
			}
			return nil
		}
		for idx, in := range inputs {
			keep, ok := layout.shardFilter(idx, in)
			if !ok {
				continue
			}
			for rec := range source.Read(in, &bytesRead, keep) {
				if in.FS != nil {
					rec.Input = "sample/" + rec.Input
				}
				batch = append(batch, &Article{Record: rec})
				size += len(rec.Text) + len(rec.HTML)
				if len(batch) >= cfg.BatchSize || size >= 4<<20 {
					if err := send(); err != nil {
						return err
					}
				}
			}
			if err := gctx.Err(); err != nil {
				return err
			}
		}
		return send()
	})

	// Annotate: N workers.
	for range cfg.Workers {
		g.Go(func() error {
			for j := range work {
				for _, s := range stages {
					if err := s.Process(gctx, j.batch); err != nil {
						return err
					}
				}
				for _, a := range j.batch {
					j.out.appendArticle(a, want, wp)
				}
				j.batch = nil
				close(j.done)
			}
			return nil
		})
	}

	// Order: wait for each batch in input order, hand it to every table.
	g.Go(func() error {
		defer func() {
			for _, c := range tableChans {
				close(c)
			}
		}()
		for j := range order {
			select {
			case <-j.done:
			case <-gctx.Done():
				return gctx.Err()
			}
			articles.Add(j.out.nArticles)
			bytesDone.Store(j.readPos)
			failed.Add(j.out.failed)
			words.Add(j.out.words)
			for _, c := range tableChans {
				select {
				case c <- j:
				case <-gctx.Done():
					return gctx.Err()
				}
			}
		}
		return nil
	})

	// Write: one goroutine per table.
	for i, w := range writers {
		g.Go(func() error {
			for j := range tableChans[i] {
				if err := w.write(&j.out); err != nil {
					return err
				}
			}
			return nil
		})
	}

	// Progress.
	stopProgress := make(chan struct{})
	progressDone := make(chan struct{})
	snapshot := func(done bool) Progress {
		b := bytesDone.Load()
		if done {
			b = bytesRead.Load()
		}
		return Progress{Articles: articles.Load(), Failed: failed.Load(), Bytes: b, TotalBytes: total, Elapsed: time.Since(start), Done: done}
	}
	go func() {
		defer close(progressDone)
		if cfg.Progress == nil {
			return
		}
		t := time.NewTicker(cfg.ProgressEvery)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				cfg.Progress(snapshot(false))
			case <-stopProgress:
				return
			}
		}
	}()
	err = g.Wait()
	close(stopProgress)
	<-progressDone
	if err != nil {
		return Summary{}, err
	}
	// Each table's last row group is compressed as its file is finished:
	// finish them all at once, then rename them into place.
	var fin errgroup.Group
	for _, w := range writers {
		fin.Go(w.finish)
	}
	if err := fin.Wait(); err != nil {
		return Summary{}, err
	}
	sum := Summary{Inputs: len(inputs), Rows: map[string]int64{}}
	for _, w := range writers {
		if err := w.publish(); err != nil {
			return Summary{}, err
		}
		sum.Rows[w.name()] = w.rowCount()
		sum.Files = append(sum.Files, layout.tablePath(w.name()))
	}
	committed = true
	sum.Articles, sum.Failed, sum.Words, sum.Bytes = articles.Load(), failed.Load(), words.Load(), bytesRead.Load()
	sum.Errors = sum.Rows[TableErrors]
	sum.Seconds = time.Since(start).Seconds()
	if sum.Seconds > 0 {
		sum.WordsPerSecond = float64(sum.Words) / sum.Seconds
		sum.ArticlesPerSecond = float64(sum.Articles) / sum.Seconds
	}
	if err := layout.writeMarker(sum); err != nil {
		return Summary{}, err
	}
	if cfg.Progress != nil {
		cfg.Progress(snapshot(true))
	}
	return sum, nil
}

func expandInputs(cfg Config) ([]source.Input, error) {
	if len(cfg.Inputs) == 0 {
		return source.FromFS(cfg.Sample)
	}
	return source.Expand(cfg.Inputs)
}

// checkWritable fails early when dir cannot take new files.
func checkWritable(dir string) error {
	f, err := os.CreateTemp(dir, ".newsnlp-probe-*")
	if err != nil {
		return fmt.Errorf("pipeline: output directory not writable: %w", err)
	}
	name := f.Name()
	f.Close()
	return os.Remove(name)
}

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

package pipeline

import (
	"context"
	"fmt"
	"os"
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
	Report
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

// Bounds of the runner's queues. With them, memory does not grow with the
// input: at most about (orderDepth+1)·Workers + tableQueue batches are alive.
const (
	// maxBatchBytes closes a batch early once its records hold this much
	// text, so that a few huge articles do not make a huge batch.
	maxBatchBytes = 4 << 20
	// orderDepth is how many batches per worker may wait, read but not
	// yet written, for the batches before them.
	orderDepth = 2
	// tableQueue is how many batches each table's writer may lag behind.
	tableQueue = 4
	// sampleDir prefixes the input names of the embedded sample corpus.
	sampleDir = "sample/"
)

// job is one batch on its way: read, processed by a worker, then written
// by every table's writer in input order.
type job struct {
	batch []*Article
	out   rows
	done  chan struct{} // closed when out is complete
	// readPos is how far the reader was in the input when the batch was
	// complete: the progress shown once the batch is written.
	readPos int64
}

// runner is one run: its configuration, the stages, the table writers and
// the counters the steps share.
type runner struct {
	cfg     Config
	start   time.Time
	inputs  []source.Input
	total   int64 // input bytes, -1 when unknown
	layout  layout
	stages  []Stage
	want    tableSet
	writers []tableWriter

	// bytesRead counts input bytes read; bytesDone the part of it whose
	// articles are written.
	bytesRead, bytesDone, articles, failed, words atomic.Int64

	// report explains the run; admit and errs fill it (see report.go);
	// previous are the files of the previous run in the output directory.
	report   Report
	admit    *admission
	errs     tally
	previous []string
}

// Run executes the pipeline described by cfg. It returns an error before any
// work when an input cannot be read or the output directory cannot be
// written, and an error during the run only for failures that make the output
// meaningless (a write error, a model that does not load); bad records become
// rows of the errors table.
//
// The steps run concurrently: read (batches of records, in input order),
// annotate (Workers goroutines running the stages on whole batches), order
// (batches handed on in input order), write (one goroutine per table) and
// progress; then every table is finished and renamed into place.
func Run(ctx context.Context, cfg Config) (Summary, error) {
	start := time.Now()
	if err := cfg.Validate(); err != nil {
		return Summary{}, err
	}
	r := &runner{cfg: cfg, start: start, layout: newLayout(cfg), admit: newAdmission()}
	if err := r.prepareOutput(); err != nil {
		return Summary{}, err
	}
	r.report.Stamp = newStamp(cfg, r.inputs)
	if cfg.Resume {
		if s, ok := r.layout.completed(); ok {
			if r.report.ResumeNote = r.report.Stamp.differs(s.Stamp); r.report.ResumeNote == "" {
				s.Skipped = true
				return s, nil
			}
		}
	}
	r.previous = r.layout.previousFiles()
	if err := r.layout.clearMarker(); err != nil {
		return Summary{}, err
	}
	if err := r.loadStages(); err != nil {
		return Summary{}, err
	}
	var err error
	if r.writers, err = newTableWriters(r.want, cfg.Format, r.layout.tablePath); err != nil {
		return Summary{}, err
	}
	committed := false
	defer func() {
		if !committed {
			for _, w := range r.writers {
				w.abort()
			}
		}
	}()
	if err := r.process(ctx); err != nil {
		return Summary{}, err
	}
	sum, err := r.commit()
	committed = err == nil
	return sum, err
}

// prepareOutput lists the inputs and checks that the output directory
// takes new files.
func (r *runner) prepareOutput() error {
	r.want, _ = parseTables(r.cfg.Tables)
	listing, err := listInputs(r.cfg)
	if err != nil {
		return err
	}
	r.inputs, r.report.SkippedFiles = listing.Inputs, listing.Skipped
	for _, in := range r.inputs {
		if in.Size < 0 {
			r.total = -1
			break
		}
		r.total += in.Size
	}
	if err := os.MkdirAll(r.cfg.OutDir, 0o755); err != nil {
		return fmt.Errorf("pipeline: output: %w", err)
	}
	if err := checkWritable(r.cfg.OutDir); err != nil {
		return err
	}
	return checkOutputs(r.layout, r.inputs)
}

// loadStages loads the models the configuration leaves to the defaults
// and lists the stages every batch goes through.
func (r *runner) loadStages() error {
	annotators := r.cfg.Annotators
	var err error
	if annotators == nil {
		if annotators, err = DefaultAnnotators(); err != nil {
			return err
		}
	}
	cleaner := r.cfg.Cleaner
	if cleaner == nil {
		cleaner = DefaultCleaner()
	}
	r.stages = []Stage{Limit(r.cfg.MaxArticleBytes, r.cfg.RefuseOversize), Normalize(cleaner, r.cfg.KeepText), Limit(r.cfg.MaxArticleBytes, r.cfg.RefuseOversize), Annotate(annotators), Validate()}
	if r.want.has(TableWordpieces) {
		wp := r.cfg.Wordpieces
		if wp == nil {
			if wp, err = DefaultWordpieces(); err != nil {
				return err
			}
		}
		r.stages = append(r.stages, EncodeWordpieces(wp))
	}
	return nil
}

// process runs the concurrent steps until the input is exhausted and
// every row is written, or one step fails.
func (r *runner) process(ctx context.Context) error {
	g, gctx := errgroup.WithContext(ctx)
	work := make(chan *job, r.cfg.Workers)
	order := make(chan *job, orderDepth*r.cfg.Workers)
	tables := make([]chan *job, len(r.writers))
	for i := range tables {
		tables[i] = make(chan *job, tableQueue)
	}
	g.Go(func() error { return r.read(gctx, work, order) })
	for range r.cfg.Workers {
		g.Go(func() error { return r.annotate(gctx, work) })
	}
	g.Go(func() error { return r.order(gctx, order, tables) })
	for i, w := range r.writers {
		g.Go(func() error { return r.write(w, tables[i]) })
	}
	stop := r.progress()
	err := g.Wait()
	stop()
	return err
}

// read turns the inputs into batches of records, in input order, and sends
// each batch both to the workers and, in the same order, to order.
func (r *runner) read(ctx context.Context, work, order chan<- *job) error {
	defer close(work)
	defer close(order)
	var batch []*Article
	size := 0
	send := func() error {
		if len(batch) == 0 {
			return nil
		}
		j := &job{batch: batch, done: make(chan struct{}), readPos: r.bytesRead.Load()}
		batch, size = nil, 0
		for _, c := range []chan<- *job{order, work} {
			select {
			case c <- j:
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		return nil
	}
	for idx, in := range r.inputs {
		keep, ok := r.layout.shardFilter(idx, in)
		if !ok {
			continue
		}
		for rec := range r.cfg.Source.Read(in, &r.bytesRead, keep) {
			if in.FS != nil {
				rec.Input = sampleDir + rec.Input
			}
			r.admit.admit(&rec)
			batch = append(batch, &Article{Record: rec})
			size += len(rec.Text) + len(rec.HTML)
			if len(batch) >= r.cfg.BatchSize || size >= maxBatchBytes {
				if err := send(); err != nil {
					return err
				}
			}
		}
		if err := ctx.Err(); err != nil {
			return err
		}
	}
	return send()
}

// annotate is one worker: it runs the stages on each batch and converts
// the batch to rows.
func (r *runner) annotate(ctx context.Context, work <-chan *job) error {
	for j := range work {
		for _, s := range r.stages {
			if err := s.Process(ctx, j.batch); err != nil {
				return err
			}
		}
		for _, a := range j.batch {
			j.out.appendArticle(a, r.want)
		}
		j.batch = nil
		close(j.done)
	}
	return nil
}

// order waits for each batch in input order, counts it and hands it to
// every table's writer.
func (r *runner) order(ctx context.Context, order <-chan *job, tables []chan *job) error {
	defer func() {
		for _, c := range tables {
			close(c)
		}
	}()
	for j := range order {
		select {
		case <-j.done:
		case <-ctx.Done():
			return ctx.Err()
		}
		r.articles.Add(j.out.nArticles)
		r.bytesDone.Store(j.readPos)
		r.failed.Add(j.out.failed)
		r.words.Add(j.out.words)
		r.errs.add(j.out.errors)
		for _, c := range tables {
			select {
			case c <- j:
			case <-ctx.Done():
				return ctx.Err()
			}
		}
	}
	return nil
}

// write writes one table's rows of each batch, in the order received.
func (r *runner) write(w tableWriter, batches <-chan *job) error {
	for j := range batches {
		if err := w.write(&j.out); err != nil {
			return err
		}
	}
	return nil
}

// progress calls cfg.Progress every cfg.ProgressEvery until the returned
// stop function is called.
func (r *runner) progress() (stop func()) {
	if r.cfg.Progress == nil {
		return func() {}
	}
	quit, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		t := time.NewTicker(r.cfg.ProgressEvery)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				r.cfg.Progress(r.snapshot(false))
			case <-quit:
				return
			}
		}
	}()
	return func() {
		close(quit)
		<-done
	}
}

func (r *runner) snapshot(done bool) Progress {
	// Bytes read, not written: a huge record shows progress while it is
	// read, before its batch is done.
	return Progress{Articles: r.articles.Load(), Failed: r.failed.Load(), Bytes: r.bytesRead.Load(), TotalBytes: r.total,
		Elapsed: time.Since(r.start), Done: done}
}

// commit finishes every table, renames them into place, writes the
// completion marker and reports the run.
func (r *runner) commit() (Summary, error) {
	// Each table's last row group is compressed as its file is finished:
	// finish them all at once, then rename them into place.
	var fin errgroup.Group
	for _, w := range r.writers {
		fin.Go(w.finish)
	}
	if err := fin.Wait(); err != nil {
		return Summary{}, err
	}
	sum := Summary{Inputs: len(r.inputs), Rows: map[string]int64{}}
	for _, w := range r.writers {
		if err := w.publish(); err != nil {
			return Summary{}, err
		}
		sum.Rows[w.name()] = w.rowCount()
		sum.Files = append(sum.Files, r.layout.tablePath(w.name()))
	}
	sum.Articles, sum.Failed, sum.Words, sum.Bytes = r.articles.Load(), r.failed.Load(), r.words.Load(), r.bytesRead.Load()
	sum.Errors = sum.Rows[TableErrors]
	sum.Seconds = time.Since(r.start).Seconds()
	if sum.Seconds > 0 {
		sum.WordsPerSecond = float64(sum.Words) / sum.Seconds
		sum.ArticlesPerSecond = float64(sum.Articles) / sum.Seconds
	}
	if err := r.finishReport(&sum); err != nil {
		return Summary{}, err
	}
	if err := r.layout.writeMarker(sum); err != nil {
		return Summary{}, err
	}
	if r.cfg.Progress != nil {
		r.cfg.Progress(r.snapshot(true))
	}
	return sum, nil
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

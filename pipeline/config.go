package pipeline

import (
	"errors"
	"fmt"
	"io/fs"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/newsnlp/newsnlp/pipeline/source"
)

// Config says what a run reads, how it processes it and where it writes.
type Config struct {
	// Inputs are files, directories (recursed, in lexical order) or "-"
	// for stdin. When empty, the run reads Sample.
	Inputs []string
	// Sample is the corpus read when Inputs is empty.
	Sample fs.FS
	// OutDir receives the tables; created if missing.
	OutDir string
	// Format is "parquet" (default) or "jsonl".
	Format string
	// Workers is the number of annotate workers; 0 means one per CPU.
	Workers int
	// Tables are the tables to write (DefaultTables() when empty); errors is
	// always written.
	Tables []string
	// KeepText keeps plain text verbatim (no page-chrome removal).
	KeepText bool
	// Cleaner extracts text from HTML and removes page chrome; nil means
	// DefaultCleaner.
	Cleaner Cleaner
	// Annotators are the language stages, in order; nil means
	// DefaultAnnotators().
	Annotators []NamedAnnotator
	// Wordpieces encodes the wordpieces table; nil means the default cased
	// BERT vocabulary when that table is chosen.
	Wordpieces WordpieceEncoder
	// BatchSize is the number of articles per work unit (default 32).
	BatchSize int
	// Shard and Shards select a deterministic share of the input: shard
	// Shard (0-based) of Shards. Shards ≤ 1 reads everything. With Shards > 1
	// tables are written as OUT/<table>/part-<i>-of-<n>.<ext>.
	Shard, Shards int
	// ShardRecordsFrom is the size from which a multi-record input (JSONL,
	// WARC) is dealt to shards record by record rather than whole (default
	// 64 MiB); inputs of unknown size (stdin) always are.
	ShardRecordsFrom int64
	// Resume skips the run when its completion marker is present and
	// records the same Stamp (program, models, settings, inputs).
	Resume bool
	// Source says how records are read: field mapping, date order,
	// encoding.
	Source source.Options
	// MaxArticleBytes bounds an article's text (default
	// DefaultMaxArticleBytes; an HTML page may be twice as long before
	// cleaning; negative: no limit): a longer one is truncated at a
	// paragraph break with a warning, or refused when RefuseOversize is
	// set.
	MaxArticleBytes int
	RefuseOversize  bool
	// Settings are more settings that change the output, recorded in the
	// Stamp by name (the wordpieces options of the command line).
	Settings map[string]string
	// Progress, when not nil, is called about every ProgressEvery from one
	// goroutine, and once at the end.
	Progress      func(Progress)
	ProgressEvery time.Duration
}

// Validate checks the configuration and fills in defaults.
func (c *Config) Validate() error {
	if c.OutDir == "" {
		c.OutDir = "newsnlp-out"
	}
	switch c.Format {
	case "":
		c.Format = "parquet"
	case "parquet", "jsonl":
	default:
		return fmt.Errorf("pipeline: unknown format %q (want parquet or jsonl)", c.Format)
	}
	if c.Workers <= 0 {
		c.Workers = runtime.GOMAXPROCS(0)
	}
	if c.BatchSize <= 0 {
		c.BatchSize = 32
	}
	if c.Shards <= 0 {
		c.Shards = 1
	}
	if c.Shard < 0 || c.Shard >= c.Shards {
		return fmt.Errorf("pipeline: shard %d out of range for %d shards", c.Shard, c.Shards)
	}
	if c.ShardRecordsFrom <= 0 {
		c.ShardRecordsFrom = 64 << 20
	}
	if c.ProgressEvery <= 0 {
		c.ProgressEvery = time.Second
	}
	if c.MaxArticleBytes == 0 {
		c.MaxArticleBytes = DefaultMaxArticleBytes
	}
	if len(c.Inputs) == 0 && c.Sample == nil {
		return errors.New("pipeline: no inputs")
	}
	_, err := parseTables(c.Tables)
	return err
}

// ParseShard parses "i/n" (0 ≤ i < n).
func ParseShard(s string) (i, n int, err error) {
	a, b, ok := strings.Cut(s, "/")
	if ok {
		i, err = strconv.Atoi(a)
		if err == nil {
			n, err = strconv.Atoi(b)
		}
	}
	if !ok || err != nil || n < 1 || i < 0 || i >= n {
		return 0, 0, fmt.Errorf("pipeline: bad shard %q (want i/n with 0 ≤ i < n)", s)
	}
	return i, n, nil
}

package pipeline

import (
	"bufio"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/parquet-go/parquet-go"
	"github.com/parquet-go/parquet-go/compress/zstd"

	"github.com/newsnlp/newsnlp/schemas"
)

// tableWriter writes the rows of one table to one file, under a temporary
// name until commit renames it.
type tableWriter interface {
	name() string
	write(r *rows) error
	// finish flushes, syncs and closes the temporary file; publish then
	// renames it into place.
	finish() error
	publish() error
	// abort closes and removes the temporary file.
	abort()
	rowCount() int64
}

// sink is a typed row writer: a parquet.GenericWriter or a JSONL encoder.
type sink[T any] interface {
	Write(rows []T) (int, error)
	Flush() error
	Close() error
}

type table[T any] struct {
	table     string
	pick      func(*rows) []T
	weigh     func([]T) int64
	sink      sink[T]
	f         *os.File
	buf       *bufio.Writer
	tmp, dest string
	n         int64
	pending   int64 // rows and bytes since the last row group flush
	pendingB  int64
}

// Row groups are flushed after this many rows or about this many bytes of
// long strings, whichever comes first, so memory stays flat on any input and
// row group boundaries depend on the data alone (determinism).
const (
	rowGroupRows  = 256 << 10
	rowGroupBytes = 16 << 20
	// wordpieceRowBytes is about what one wordpieces row weighs (its four
	// lists of a window's pieces) for rowGroupBytes.
	wordpieceRowBytes = 512
)

func (t *table[T]) name() string    { return t.table }
func (t *table[T]) rowCount() int64 { return t.n }

func (t *table[T]) write(r *rows) error {
	rs := t.pick(r)
	if len(rs) == 0 {
		return nil
	}
	if _, err := t.sink.Write(rs); err != nil {
		return fmt.Errorf("pipeline: write %s: %w", t.dest, err)
	}
	t.n += int64(len(rs))
	t.pending += int64(len(rs))
	if t.weigh != nil {
		t.pendingB += t.weigh(rs)
	}
	if t.pending >= rowGroupRows || t.pendingB >= rowGroupBytes {
		t.pending, t.pendingB = 0, 0
		if err := t.sink.Flush(); err != nil {
			return fmt.Errorf("pipeline: write %s: %w", t.dest, err)
		}
	}
	return nil
}

func (t *table[T]) finish() error {
	err := t.sink.Close()
	if err == nil {
		err = t.buf.Flush()
	}
	if err == nil {
		err = t.f.Sync()
	}
	if cerr := t.f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(t.tmp)
		return fmt.Errorf("pipeline: write %s: %w", t.dest, err)
	}
	return nil
}

func (t *table[T]) publish() error {
	if err := os.Rename(t.tmp, t.dest); err != nil {
		os.Remove(t.tmp)
		return fmt.Errorf("pipeline: write %s: %w", t.dest, err)
	}
	return nil
}

func (t *table[T]) abort() {
	t.f.Close()
	os.Remove(t.tmp)
}

// newTable creates the temporary file for dest and the sink of the format.
func newTable[T any](name, dest, format string, pick func(*rows) []T, weigh func([]T) int64) (*table[T], error) {
	if err := os.MkdirAll(filepath.Dir(dest), 0o755); err != nil {
		return nil, fmt.Errorf("pipeline: %w", err)
	}
	// Temporary files of this destination left by a killed run are stale:
	// only one run writes a given table file (shards write their own parts).
	prefix := filepath.Join(filepath.Dir(dest), "."+filepath.Base(dest)+".tmp-")
	if stale, err := filepath.Glob(globEscape(prefix) + "*"); err == nil {
		for _, f := range stale {
			os.Remove(f)
		}
	}
	var rnd [6]byte
	rand.Read(rnd[:])
	tmp := prefix + hex.EncodeToString(rnd[:])
	f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return nil, fmt.Errorf("pipeline: create %s: %w", tmp, err)
	}
	t := &table[T]{table: name, pick: pick, weigh: weigh, f: f, buf: bufio.NewWriterSize(f, 1<<20), tmp: tmp, dest: dest}
	switch format {
	case "jsonl":
		t.sink = newJSONLSink[T](t.buf)
	default:
		t.sink = parquet.NewGenericWriter[T](t.buf,
			parquet.Compression(&zstd.Codec{Level: zstd.SpeedDefault}),
			parquet.DataPageVersion(1),
			parquet.PageBufferSize(1<<20),
			parquet.KeyValueMetadata(schemas.VersionKey, schemas.Version),
			parquet.KeyValueMetadata("newsnlp.table", name),
			parquet.CreatedBy("newsnlp", schemas.Version, ""),
			// No min/max in the column index for the text columns (any
			// word or article); none there nor in the page headers for
			// the tag columns (a few dozen labels in every page): they
			// would filter no page, and computing them compares every
			// value's string.
			parquet.SkipPageBounds("text"),
			parquet.SkipPageBounds("pos"),
			parquet.SkipPageBounds("label"),
			parquet.SkipPageStatistics("pos"),
			parquet.SkipPageStatistics("label"),
		)
	}
	return t, nil
}

// globEscape escapes the glob metacharacters of a path.
func globEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune(`*?[\\`, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// jsonlSink writes one JSON object per row.
type jsonlSink[T any] struct {
	enc *json.Encoder
}

func newJSONLSink[T any](w io.Writer) *jsonlSink[T] {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return &jsonlSink[T]{enc: enc}
}

func (s *jsonlSink[T]) Write(rows []T) (int, error) {
	for i := range rows {
		if err := s.enc.Encode(&rows[i]); err != nil {
			return i, err
		}
	}
	return len(rows), nil
}

func (s *jsonlSink[T]) Flush() error { return nil }
func (s *jsonlSink[T]) Close() error { return nil }

// newTableWriters opens one writer per chosen table. path gives a table's
// destination file.
func newTableWriters(want tableSet, format string, path func(table string) string) ([]tableWriter, error) {
	var ws []tableWriter
	fail := func(err error) ([]tableWriter, error) {
		for _, w := range ws {
			w.abort()
		}
		return nil, err
	}
	for _, name := range allTables {
		if !want.has(name) {
			continue
		}
		var w tableWriter
		var err error
		dest := path(name)
		switch name {
		case TableArticles:
			w, err = newTable(name, dest, format, func(r *rows) []schemas.Article { return r.articles },
				func(rs []schemas.Article) (n int64) {
					for i := range rs {
						n += int64(len(rs[i].Text))
					}
					return n
				})
		case TableSentences:
			w, err = newTable(name, dest, format, func(r *rows) []schemas.Sentence { return r.sentences },
				func(rs []schemas.Sentence) (n int64) {
					for i := range rs {
						n += int64(len(rs[i].Text))
					}
					return n
				})
		case TableTokens:
			w, err = newTable(name, dest, format, func(r *rows) []schemas.Token { return r.tokens }, nil)
		case TableMentions:
			w, err = newTable(name, dest, format, func(r *rows) []schemas.Mention { return r.mentions }, nil)
		case TableEntities:
			w, err = newTable(name, dest, format, func(r *rows) []schemas.Entity { return r.entities }, nil)
		case TableQuotes:
			w, err = newTable(name, dest, format, func(r *rows) []schemas.Quote { return r.quotes }, nil)
		case TableErrors:
			w, err = newTable(name, dest, format, func(r *rows) []schemas.Error { return r.errors }, nil)
		case TableWordpieces:
			w, err = newTable(name, dest, format, func(r *rows) []schemas.Wordpiece { return r.wordpieces },
				func(rs []schemas.Wordpiece) int64 { return int64(len(rs)) * wordpieceRowBytes })
		}
		if err != nil {
			return fail(err)
		}
		ws = append(ws, w)
	}
	return ws, nil
}

package corpus

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/parquet-go/parquet-go"
	"github.com/parquet-go/parquet-go/compress/zstd"

	"github.com/newsnlp/newsnlp/runread"
	"github.com/newsnlp/newsnlp/schemas"
)

// Format is the output file format: the formats of a run's tables.
type Format = runread.Format

// The output formats.
const (
	Parquet = runread.Parquet
	JSONL   = runread.JSONL
)

// rowGroupRows bounds the rows buffered per Parquet row group.
const rowGroupRows = 64 << 10

// tableOut writes one table to DIR/<name>.<ext> under a temporary name;
// commit renames it into place.
type tableOut[T any] struct {
	dest, tmp string
	f         *os.File
	buf       *bufio.Writer
	pw        *parquet.GenericWriter[T]
	enc       *json.Encoder
	pending   int
	n         int64
}

func createTable[T any](dir, name string, format Format) (*tableOut[T], error) {
	dest := filepath.Join(dir, name+"."+format.String())
	f, err := os.CreateTemp(dir, "."+name+".tmp-*")
	if err != nil {
		return nil, fmt.Errorf("corpus: %w", err)
	}
	t := &tableOut[T]{dest: dest, tmp: f.Name(), f: f, buf: bufio.NewWriterSize(f, 1<<20)}
	if format == JSONL {
		t.enc = json.NewEncoder(t.buf)
		t.enc.SetEscapeHTML(false)
	} else {
		t.pw = parquet.NewGenericWriter[T](t.buf,
			// The fastest level: the corpus tables are written once per
			// build, and compression was a tenth of the step's CPU.
			parquet.Compression(&zstd.Codec{Level: zstd.SpeedFastest}),
			parquet.DataPageVersion(1),
			parquet.PageBufferSize(1<<20),
			parquet.KeyValueMetadata(schemas.VersionKey, schemas.Version),
			parquet.KeyValueMetadata("newsnlp.table", name),
			parquet.CreatedBy("newsnlp", schemas.Version, ""),
		)
	}
	return t, nil
}

// write appends one row.
func (t *tableOut[T]) write(row T) error {
	t.n++
	if t.enc != nil {
		if err := t.enc.Encode(row); err != nil {
			return fmt.Errorf("corpus: write %s: %w", t.dest, err)
		}
		return nil
	}
	if _, err := t.pw.Write([]T{row}); err != nil {
		return fmt.Errorf("corpus: write %s: %w", t.dest, err)
	}
	if t.pending++; t.pending >= rowGroupRows {
		t.pending = 0
		if err := t.pw.Flush(); err != nil {
			return fmt.Errorf("corpus: write %s: %w", t.dest, err)
		}
	}
	return nil
}

// commit finishes the file and renames it to its final name.
func (t *tableOut[T]) commit() error {
	var err error
	if t.pw != nil {
		err = t.pw.Close()
	}
	err = errors.Join(err, t.buf.Flush(), t.f.Chmod(0o644), t.f.Sync(), t.f.Close())
	if err == nil {
		err = os.Rename(t.tmp, t.dest)
	}
	if err != nil {
		os.Remove(t.tmp)
		return fmt.Errorf("corpus: finish %s: %w", t.dest, err)
	}
	return nil
}

// abort removes the temporary file.
func (t *tableOut[T]) abort() {
	t.f.Close()
	os.Remove(t.tmp)
}

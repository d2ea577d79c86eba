package pipeline

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/newsnlp/newsnlp"
	"github.com/newsnlp/newsnlp/runread"
	"github.com/newsnlp/newsnlp/schemas"
)

// TestParquetReadBack runs the sample corpus with every table to Parquet
// with 1 and 2 workers and to JSONL, then checks, in Go and without any
// outside reader: every Parquet table reads back with parquet-go's
// GenericReader (through runread) into its schemas row type and holds the
// JSONL run's rows, and the Parquet files of 1 and 2 workers are
// byte-identical. (DuckDB, the independent reader,
// is TestParquetReadByDuckDB.)
func TestParquetReadBack(t *testing.T) {
	pq1, pq2, js := t.TempDir(), t.TempDir(), t.TempDir()
	for _, c := range []struct {
		dir, format string
		workers     int
	}{{pq1, "parquet", 1}, {pq2, "parquet", 2}, {js, "jsonl", 2}} {
		_, err := Run(context.Background(), Config{Sample: newsnlp.Sample(), OutDir: c.dir, Format: c.format,
			Workers: c.workers, BatchSize: 2, Tables: AllTables()})
		if err != nil {
			t.Fatalf("%s run with %d workers: %v", c.format, c.workers, err)
		}
	}
	pqRun, err1 := runread.Open(pq1)
	jsRun, err2 := runread.Open(js)
	if err := errors.Join(err1, err2); err != nil {
		t.Fatal(err)
	}
	checks := map[string]func(t *testing.T, pq, js *runread.Layout, table string) int{
		TableArticles:   sameRows[schemas.Article],
		TableSentences:  sameRows[schemas.Sentence],
		TableTokens:     sameRows[schemas.Token],
		TableMentions:   sameRows[schemas.Mention],
		TableEntities:   sameRows[schemas.Entity],
		TableQuotes:     sameRows[schemas.Quote],
		TableErrors:     sameRows[schemas.Error],
		TableWordpieces: sameRows[schemas.Wordpiece],
	}
	for _, table := range AllTables() {
		t.Run(table, func(t *testing.T) {
			check := checks[table]
			if check == nil {
				t.Fatalf("no row type for table %s", table)
			}
			n := check(t, pqRun, jsRun, table)
			if n == 0 && table != TableErrors {
				t.Errorf("no %s rows for the sample corpus", table)
			}
			a, err1 := os.ReadFile(filepath.Join(pq1, table+".parquet"))
			b, err2 := os.ReadFile(filepath.Join(pq2, table+".parquet"))
			if err := errors.Join(err1, err2); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(a, b) {
				t.Errorf("%s.parquet differs between 1 and 2 workers", table)
			}
		})
	}
}

// sameRows reads a table of the Parquet run as T rows (runread reads
// Parquet with parquet-go's GenericReader) and checks them against the
// same table of the JSONL run; it returns the number of rows.
func sameRows[T any](t *testing.T, pq, js *runread.Layout, table string) int {
	t.Helper()
	got, err := runread.ReadTable[T](pq, table)
	if err != nil {
		t.Fatal(err)
	}
	want, err := runread.ReadTable[T](js, table)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) {
		t.Fatalf("parquet has %d rows, jsonl %d", len(got), len(want))
	}
	for i := range got {
		normalizeRow(reflect.ValueOf(&got[i]).Elem())
		normalizeRow(reflect.ValueOf(&want[i]).Elem())
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Fatalf("row %d differs:\nparquet %+v\n  jsonl %+v", i, got[i], want[i])
		}
	}
	return len(got)
}

// normalizeRow makes the two encodings of one row comparable: empty slices
// become nil (JSON [] and Parquet's empty list) and times UTC instants.
func normalizeRow(v reflect.Value) {
	for i := range v.NumField() {
		f := v.Field(i)
		switch {
		case f.Kind() == reflect.Slice && f.Len() == 0:
			f.Set(reflect.Zero(f.Type()))
		case f.Type() == reflect.TypeFor[*time.Time]() && !f.IsNil():
			u := f.Elem().Interface().(time.Time).UTC()
			f.Set(reflect.ValueOf(&u))
		}
	}
}

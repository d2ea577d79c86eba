package runread

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/parquet-go/parquet-go"
)

// ReadTable reads every row of a table as T (a schemas row type); a table
// the run lacks gives no rows.
func ReadTable[T any](l *Layout, table string) ([]T, error) {
	var rows []T
	for _, path := range l.files[table] {
		var err error
		if l.Format == Parquet {
			rows, err = readParquet(path, rows)
		} else {
			rows, err = readJSONL(path, rows)
		}
		if err != nil {
			return nil, err
		}
	}
	return rows, nil
}

// readParquet appends the rows of one Parquet file to rows.
func readParquet[T any](path string, rows []T) (out []T, err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("runread: %w", err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("runread: %w", err)
	}
	pf, err := parquet.OpenFile(f, st.Size(), parquet.SkipBloomFilters(true))
	if err != nil {
		return nil, fmt.Errorf("runread: %s: %w", path, err)
	}
	// parquet-go panics when a column's type cannot be converted to the
	// row type's: report it as an error on this file.
	defer func() {
		if p := recover(); p != nil {
			out, err = nil, fmt.Errorf("runread: %s: incompatible schema: %v", path, p)
		}
	}()
	r := parquet.NewGenericReader[T](pf)
	defer r.Close()
	n := len(rows)
	rows = append(rows, make([]T, pf.NumRows())...)
	for n < len(rows) {
		k, err := r.Read(rows[n:])
		n += k
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("runread: %s: %w", path, err)
		}
	}
	return rows[:n], nil
}

// readJSONL appends the rows of one JSONL file to rows.
func readJSONL[T any](path string, rows []T) ([]T, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("runread: %w", err)
	}
	defer f.Close()
	r := bufio.NewReaderSize(f, 1<<20)
	for line := 1; ; line++ {
		b, err := r.ReadBytes('\n')
		if len(bytes.TrimSpace(b)) > 0 {
			var row T
			if jerr := json.Unmarshal(b, &row); jerr != nil {
				return nil, fmt.Errorf("runread: %s:%d: %w", path, line, jerr)
			}
			rows = append(rows, row)
		}
		if errors.Is(err, io.EOF) {
			return rows, nil
		}
		if err != nil {
			return nil, fmt.Errorf("runread: %s: %w", path, err)
		}
	}
}

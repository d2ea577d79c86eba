package runread

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"

	"github.com/parquet-go/parquet-go"
)

// Format is the file format of a run's tables.
type Format int

// The formats `newsnlp run --format` writes.
const (
	Parquet Format = iota
	JSONL
)

// String returns the format's file extension without the dot.
func (f Format) String() string {
	switch f {
	case Parquet:
		return "parquet"
	case JSONL:
		return "jsonl"
	}
	return "Format(" + strconv.Itoa(int(f)) + ")"
}

// ParseFormat parses "parquet" (or "") and "jsonl".
func ParseFormat(s string) (Format, error) {
	switch s {
	case "parquet", "":
		return Parquet, nil
	case "jsonl":
		return JSONL, nil
	}
	return 0, fmt.Errorf("runread: unknown format %q (parquet, jsonl)", s)
}

// ErrNoRun is returned when a directory holds no newsnlp table.
var ErrNoRun = errors.New("runread: no newsnlp tables")

// Layout is where a run's table files are.
type Layout struct {
	Dir    string
	Format Format
	files  map[string][]string
}

// partName matches a shard file name and captures its index.
var partName = regexp.MustCompile(`^part-(\d+)-of-\d+\.(parquet|jsonl)$`)

// Open finds the table files of the run in dir: OUT/<table>.<ext> or the
// shard parts OUT/<table>/part-<i>-of-<n>.<ext>, in shard order.
func Open(dir string) (*Layout, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("runread: %w", err)
	}
	l := &Layout{Dir: dir, files: map[string][]string{}}
	formats := map[Format]bool{}
	for _, e := range entries {
		name := e.Name()
		if name == "" || name[0] == '.' || name[0] == '_' {
			continue
		}
		if e.IsDir() {
			parts, f, err := shardFiles(filepath.Join(dir, name))
			if err != nil {
				return nil, err
			}
			if len(parts) > 0 {
				l.files[name] = parts
				formats[f] = true
			}
			continue
		}
		for _, f := range []Format{Parquet, JSONL} {
			if ext := "." + f.String(); filepath.Ext(name) == ext {
				l.files[name[:len(name)-len(ext)]] = []string{filepath.Join(dir, name)}
				formats[f] = true
			}
		}
	}
	switch {
	case len(formats) == 0:
		return nil, fmt.Errorf("%w in %s", ErrNoRun, dir)
	case len(formats) > 1:
		return nil, fmt.Errorf("runread: %s mixes Parquet and JSONL tables", dir)
	}
	for f := range formats {
		l.Format = f
	}
	return l, nil
}

// shardFiles lists the part files of a sharded table, by shard index.
func shardFiles(dir string) ([]string, Format, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, 0, fmt.Errorf("runread: %w", err)
	}
	type part struct {
		i    int
		path string
	}
	var parts []part
	var format Format
	for _, e := range entries {
		m := partName.FindStringSubmatch(e.Name())
		if m == nil || e.IsDir() {
			continue
		}
		i, _ := strconv.Atoi(m[1])
		parts = append(parts, part{i, filepath.Join(dir, e.Name())})
		if m[2] == JSONL.String() {
			format = JSONL
		}
	}
	slices.SortFunc(parts, func(a, b part) int { return a.i - b.i })
	paths := make([]string, len(parts))
	for i, p := range parts {
		paths[i] = p.path
	}
	return paths, format, nil
}

// Tables returns the names of the tables present, sorted.
func (l *Layout) Tables() []string {
	names := make([]string, 0, len(l.files))
	for n := range l.files {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}

// Has reports whether the run has the table.
func (l *Layout) Has(table string) bool { return len(l.files[table]) > 0 }

// Files returns the files of a table (one, or one per shard).
func (l *Layout) Files(table string) []string { return l.files[table] }

// Count returns a table's number of rows without reading them: from the
// Parquet footers, or by counting JSONL lines.
func (l *Layout) Count(table string) (int64, error) {
	var n int64
	for _, path := range l.files[table] {
		c, err := countFile(path, l.Format)
		if err != nil {
			return 0, err
		}
		n += c
	}
	return n, nil
}

func countFile(path string, f Format) (int64, error) {
	fh, err := os.Open(path)
	if err != nil {
		return 0, fmt.Errorf("runread: %w", err)
	}
	defer fh.Close()
	if f == Parquet {
		st, err := fh.Stat()
		if err != nil {
			return 0, fmt.Errorf("runread: %w", err)
		}
		pf, err := parquet.OpenFile(fh, st.Size(), parquet.SkipPageIndex(true), parquet.SkipBloomFilters(true))
		if err != nil {
			return 0, fmt.Errorf("runread: %s: %w", path, err)
		}
		return pf.NumRows(), nil
	}
	var n int64
	r := bufio.NewReaderSize(fh, 1<<20)
	buf := make([]byte, 1<<20)
	last := byte('\n')
	for {
		k, err := r.Read(buf)
		if k > 0 {
			n += int64(bytes.Count(buf[:k], []byte{'\n'}))
			last = buf[k-1]
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return 0, fmt.Errorf("runread: %s: %w", path, err)
		}
	}
	if last != '\n' {
		n++
	}
	return n, nil
}

package source

import (
	"fmt"
	"io"
	"iter"
	"strings"
	"unicode/utf8"
)

// MaxFile is the largest whole-file input (text or HTML) read.
const MaxFile = 256 << 20

// TextFile reads a whole plain-text file as one article: its id is the file
// name without extensions, its text the content, verbatim. An empty file,
// invalid UTF-8 or a read error gives a Record with Err set.
func TextFile(r io.Reader, name string) iter.Seq[Record] {
	return func(yield func(Record) bool) {
		rec := Record{Input: name, ID: DefaultID(name, 0)}
		b, err := io.ReadAll(io.LimitReader(r, MaxFile+1))
		switch {
		case err != nil:
			rec.Err = fmt.Errorf("source: %s: read: %w", name, err)
		case len(b) > MaxFile:
			rec.Err = fmt.Errorf("source: %s: larger than %d bytes", name, MaxFile)
		case !utf8.Valid(b):
			rec.Err = fmt.Errorf("source: %w", ErrInvalidUTF8)
		case strings.TrimSpace(string(b)) == "":
			rec.Err = fmt.Errorf("source: %s: %w", name, ErrEmptyInput)
		default:
			rec.Text = string(b)
		}
		yield(rec)
	}
}

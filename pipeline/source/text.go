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
	return wholeFile(r, name, func(rec *Record, content string) error {
		if !utf8.ValidString(content) {
			return fmt.Errorf("source: %w", ErrInvalidUTF8)
		}
		rec.Text = content
		return nil
	})
}

// HTMLFile reads a whole HTML page as one article: its id is the file name
// without extensions (page.html.gz → "page"), HTML the page as read (the
// cleaning stage extracts the text and metadata). An empty file or a read
// error gives a Record with Err set. The page's bytes are kept as they are:
// its character set is the extractor's business.
func HTMLFile(r io.Reader, name string) iter.Seq[Record] {
	return wholeFile(r, name, func(rec *Record, content string) error {
		rec.HTML = content
		return nil
	})
}

// wholeFile yields one Record for a whole-file input: set fills it from
// the content once the file is read, non-empty and within MaxFile.
func wholeFile(r io.Reader, name string, set func(rec *Record, content string) error) iter.Seq[Record] {
	return func(yield func(Record) bool) {
		rec := Record{Input: name, ID: DefaultID(name, 0)}
		b, err := io.ReadAll(io.LimitReader(r, MaxFile+1))
		switch {
		case err != nil:
			rec.Err = fmt.Errorf("source: %s: read: %w", name, err)
		case len(b) > MaxFile:
			rec.Err = fmt.Errorf("source: %s: larger than %d bytes", name, MaxFile)
		case strings.TrimSpace(string(b)) == "":
			rec.Err = fmt.Errorf("source: %s: %w", name, ErrEmptyInput)
		default:
			rec.Err = set(&rec, string(b))
		}
		yield(rec)
	}
}

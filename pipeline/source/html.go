package source

import (
	"fmt"
	"io"
	"iter"
	"strings"
)

// HTMLFile reads a whole HTML page as one article: its id is the file name
// without extensions (page.html.gz → "page"), HTML the page as read (the
// cleaning stage extracts the text and metadata). An empty file or a read
// error gives a Record with Err set. The page's bytes are kept as they are:
// its character set is the extractor's business.
func HTMLFile(r io.Reader, name string) iter.Seq[Record] {
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
			rec.HTML = string(b)
		}
		yield(rec)
	}
}

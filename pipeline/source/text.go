package source

import (
	"bytes"
	"fmt"
	"io"
	"iter"
)

// MaxFile is the largest whole-file input (text or HTML) read.
const MaxFile = 256 << 20

// TextFile reads a whole plain-text file as one article: its id is the
// file name without its format and compression extensions, its text the
// content decoded to UTF-8 (DecodeText: a byte order mark, else UTF-8 when
// valid, else windows-1252, which covers ISO-8859-1). An empty file, a
// binary file (ErrBinary) or a read error gives a Record with Err set.
func TextFile(r io.Reader, name string) iter.Seq[Record] {
	return textFile(r, name, Encoding{})
}

func textFile(r io.Reader, name string, enc Encoding) iter.Seq[Record] {
	return wholeFile(r, name, func(rec *Record, content []byte) {
		d := DecodeText(content, enc)
		if d.By == "detected" && d.Charset == "windows-1252" && looksBinary(content) {
			rec.Err = fmt.Errorf("source: %s: %w", name, ErrBinary)
			return
		}
		rec.Text, rec.Charset = d.Text, d.Charset
		if d.Warning != nil {
			rec.Warnings = append(rec.Warnings, d.Warning)
		}
	})
}

// HTMLFile reads a whole HTML page as one article: its id is the file name
// without extensions (page.html.gz → "page"), HTML the page decoded to
// UTF-8 (DecodeHTML: a byte order mark, a <meta> charset, else UTF-8 when
// valid, else windows-1252); the cleaning stage extracts the text and
// metadata. An empty file or a read error gives a Record with Err set.
func HTMLFile(r io.Reader, name string) iter.Seq[Record] {
	return htmlFile(r, name, Encoding{})
}

func htmlFile(r io.Reader, name string, enc Encoding) iter.Seq[Record] {
	return wholeFile(r, name, func(rec *Record, content []byte) {
		d := DecodeHTML(content, "", enc)
		rec.HTML, rec.Charset = d.Text, d.Charset
		if d.Warning != nil {
			rec.Warnings = append(rec.Warnings, d.Warning)
		}
	})
}

// wholeFile yields one Record for a whole-file input: set fills it from
// the content once the file is read, non-empty and within MaxFile.
func wholeFile(r io.Reader, name string, set func(rec *Record, content []byte)) iter.Seq[Record] {
	return func(yield func(Record) bool) {
		rec := Record{Input: name, ID: DefaultID(name, 0)}
		b, err := io.ReadAll(io.LimitReader(r, MaxFile+1))
		switch {
		case err != nil:
			rec.Err = fmt.Errorf("source: %s: read: %w", name, err)
		case len(b) > MaxFile:
			rec.Err = fmt.Errorf("source: %s: larger than %d bytes", name, MaxFile)
		case len(bytes.TrimSpace(b)) == 0:
			rec.Err = fmt.Errorf("source: %s: %w", name, ErrEmptyInput)
		default:
			set(&rec, b)
		}
		yield(rec)
	}
}

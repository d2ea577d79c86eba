package source

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/transform"
)

// CSVRows reads a CSV file with a header row with the default Options: one
// article per row, its columns named by the header and mapped as JSON
// fields are (Fields; a column named "article.text" is found by that
// path). Record.Line is the row's line number in the file (the header is
// line 1). A row with the wrong number of columns or no text is yielded
// with Err set and reading goes on.
func CSVRows(r io.Reader, name string) iter.Seq[Record] {
	return csvRecords(r, name, ',', nil, &Options{})
}

// TSVRows reads tab-separated values as CSVRows reads comma-separated ones; quotes
// are not special unless a field starts with one.
func TSVRows(r io.Reader, name string) iter.Seq[Record] {
	return csvRecords(r, name, '\t', nil, &Options{})
}

func csvRecords(r io.Reader, name string, comma rune, keep func(n int64) bool, opts *Options) iter.Seq[Record] {
	fields := opts.fields()
	return func(yield func(Record) bool) {
		cr := csv.NewReader(utf8Reader(r, opts.Encoding))
		cr.Comma = comma
		cr.LazyQuotes = comma == '\t'
		cr.ReuseRecord = true
		header, err := cr.Read()
		if err != nil {
			if err == io.EOF {
				err = ErrEmptyInput
			}
			yield(Record{Input: name, Line: 1, Err: fmt.Errorf("source: %s: header row: %w", name, err)})
			return
		}
		header = append([]string(nil), header...)
		if len(header) > 0 {
			header[0] = strings.TrimPrefix(header[0], "\ufeff")
		}
		var n int64
		for {
			row, err := cr.Read()
			if err == io.EOF {
				break
			}
			n++
			var perr *csv.ParseError
			line := 0
			switch {
			case err == nil && len(row) > 0:
				line, _ = cr.FieldPos(0)
			case errors.As(err, &perr):
				line = perr.StartLine
			}
			if err != nil && perr == nil {
				yield(Record{Input: name, Line: int64(line), Err: fmt.Errorf("source: %s: read: %w", name, err)})
				return
			}
			if keep != nil && !keep(n) {
				continue
			}
			var rec Record
			switch {
			case err != nil:
				rec = Record{Input: name, Line: int64(perr.StartLine), ID: DefaultID(name, int64(perr.StartLine)), Err: fmt.Errorf("source: csv: %w", err)}
			case !validRow(row):
				// Not UTF-8 and no --encoding: read the row as windows-1252
				// (ISO-8859-1 as browsers read it), which loses no byte.
				for i, c := range row {
					row[i] = DecodeText([]byte(c), Encoding{enc: charmap.Windows1252, name: "windows-1252"}).Text
				}
				rec = rowRecord(header, row, name, int64(line), opts, &fields)
				rec.Charset = "windows-1252"
				rec.Warnings = append(rec.Warnings, errors.New("source: row is not UTF-8: read as windows-1252 (set --encoding if the text is garbled)"))
			default:
				rec = rowRecord(header, row, name, int64(line), opts, &fields)
			}
			if !yield(rec) {
				return
			}
		}
		if n == 0 {
			yield(Record{Input: name, Line: 1, Err: fmt.Errorf("source: %s: %w (a header row only)", name, ErrEmptyInput)})
		}
	}
}

// rowRecord maps one CSV row to a Record through the same field mapping
// as a JSON object; empty cells are absent fields.
func rowRecord(header, row []string, name string, line int64, opts *Options, f *Fields) Record {
	o := make(object, len(header))
	for i, h := range header {
		if i >= len(row) || row[i] == "" || h == "" {
			continue
		}
		b, _ := json.Marshal(row[i])
		o[h] = b
	}
	rec := o.record(name, line, opts, f)
	if rec.ID == "" {
		rec.ID = DefaultID(name, line)
	}
	return rec
}

func validRow(row []string) bool {
	for _, c := range row {
		if !utf8.ValidString(c) {
			return false
		}
	}
	return true
}

// utf8Reader decodes a byte stream of the given encoding to UTF-8; the
// zero Encoding passes the bytes through (CSV is UTF-8 unless told).
func utf8Reader(r io.Reader, e Encoding) io.Reader {
	br := bufio.NewReaderSize(r, 64<<10)
	if bom, _ := br.Peek(3); string(bom) == "\xef\xbb\xbf" {
		br.Discard(3)
	}
	if e.enc == nil {
		return br
	}
	return transform.NewReader(br, e.enc.NewDecoder())
}

package source

import (
	"fmt"
	"io"
	"iter"
	"sync/atomic"
)

// Read yields the records of one input with the default Options; see
// Options.Read.
func Read(in Input, read *atomic.Int64, keep func(line int64) bool) iter.Seq[Record] {
	return (&Options{}).Read(in, read, keep)
}

// Read yields the records of one input. Failing to open the input, or a
// corrupt compressed stream, gives one Record with Err set. read, when not
// nil, counts the bytes read from the file as they are read. keep, when
// not nil, selects the records of a multi-record input (JSONL lines, JSON
// elements, CSV rows, WARC records) by their number; the others are
// skipped without being mapped where the format allows. Record.Input is
// in.Path; default ids derive from in.Name. JSON is UTF-8 unless
// o.Encoding names another encoding.
func (o *Options) Read(in Input, read *atomic.Int64, keep func(line int64) bool) iter.Seq[Record] {
	return func(yield func(Record) bool) {
		rc, err := Open(in, read)
		if err != nil {
			yield(Record{Input: in.Path, Err: err})
			return
		}
		defer rc.Close()
		name := in.name()
		var recs iter.Seq[Record]
		var r io.Reader = rc
		if o.Encoding.enc != nil && (in.Format == JSONL || in.Format == JSON) {
			r = utf8Reader(rc, o.Encoding) // JSON in another encoding, by --encoding
		}
		switch in.Format {
		case JSONL:
			recs = jsonLines(r, name, keep, MaxLine, o)
		case JSON:
			recs = jsonValues(r, name, keep, o)
		case CSV:
			recs = csvRecords(rc, name, ',', keep, o)
		case TSV:
			recs = csvRecords(rc, name, '\t', keep, o)
		case Text:
			recs = textFile(rc, name, o.Encoding)
		case HTML:
			recs = htmlFile(rc, name, o.Encoding)
		case WARC:
			recs = warcRecords(rc, name, keep, o.Encoding)
		default:
			yield(Record{Input: in.Path, Err: fmt.Errorf("source: %s: %w", in.Path, ErrUnknownFormat)})
			return
		}
		for rec := range recs {
			rec.Input = in.Path
			if !yield(rec) {
				return
			}
		}
	}
}

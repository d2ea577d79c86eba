package source

import (
	"fmt"
	"iter"
	"sync/atomic"
)

// Read yields the records of one input. Failing to open the input, or a
// corrupt compressed stream, gives one Record with Err set. read, when not
// nil, counts the bytes read from the file. keep, when not nil, selects the
// records of a multi-record input (JSONL lines, WARC records) by their Line;
// the others are skipped without being decoded where the format allows.
func Read(in Input, read *atomic.Int64, keep func(line int64) bool) iter.Seq[Record] {
	return func(yield func(Record) bool) {
		rc, err := Open(in, read)
		if err != nil {
			yield(Record{Input: in.Path, Err: err})
			return
		}
		defer rc.Close()
		var recs iter.Seq[Record]
		switch in.Format {
		case JSONL:
			recs = jsonLines(rc, in.Path, keep, MaxLine)
		case Text:
			recs = TextFile(rc, in.Path)
		case HTML:
			recs = HTMLFile(rc, in.Path)
		case WARC:
			recs = warcRecords(rc, in.Path, keep)
		default:
			yield(Record{Input: in.Path, Err: fmt.Errorf("source: %s: %w", in.Path, ErrUnknownFormat)})
			return
		}
		for rec := range recs {
			if !yield(rec) {
				return
			}
		}
	}
}

package source

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"
)

// MaxLine is the longest JSONL line read; a longer line is reported as a bad
// record and skipped.
const MaxLine = 256 << 20

// Errors recorded on bad JSONL records.
var (
	ErrNoText      = errors.New("record has no text")
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	ErrLineTooLong = errors.New("line too long")
	ErrEmptyInput  = errors.New("empty input: no records")
)

// JSONLines reads one article per line of r with the default Options.
// name is the input's name (for Record.Input and default ids). The fields
// are found by DefaultFields (text or content or body…; see Options for
// the rest); all other fields are kept in Meta as a JSON object with
// sorted keys. Blank lines are skipped. A line that is not a JSON object,
// has no text, or is not valid UTF-8 is yielded with Err set; a read error
// (a truncated .gz) is yielded once and ends the input. A file whose first
// character is "[" is a JSON array saved under a JSONL name: it is read as
// JSONArray reads it.
func JSONLines(r io.Reader, name string) iter.Seq[Record] {
	return jsonLines(r, name, nil, MaxLine, &Options{})
}

// jsonLines is JSONLines yielding only the lines keep accepts (all when keep
// is nil); other lines are not decoded.
func jsonLines(r io.Reader, name string, keep func(line int64) bool, maxLine int, opts *Options) iter.Seq[Record] {
	fields := opts.fields()
	br := bufio.NewReaderSize(r, 64<<10)
	if firstByte(br) == '[' {
		return jsonValues(br, name, keep, opts)
	}
	return func(yield func(Record) bool) {
		var line int64
		var buf []byte
		records := 0
		for {
			buf = buf[:0]
			tooLong := false
			var err error
			for {
				var chunk []byte
				chunk, err = br.ReadSlice('\n')
				if !tooLong {
					if len(buf)+len(chunk) > maxLine {
						tooLong, buf = true, buf[:0]
					} else {
						buf = append(buf, chunk...)
					}
				}
				if err != bufio.ErrBufferFull {
					break
				}
			}
			if len(buf) == 0 && !tooLong && err == io.EOF {
				break
			}
			line++
			if err != nil && err != io.EOF {
				records++
				yield(Record{Input: name, Line: line, Err: fmt.Errorf("source: %s: read: %w", name, err)})
				return
			}
			if keep != nil && !keep(line) {
				if len(bytes.TrimSpace(buf)) > 0 || tooLong {
					records++
				}
			} else if tooLong {
				records++
				if !yield(Record{Input: name, Line: line, Err: fmt.Errorf("source: line longer than %d bytes: %w", maxLine, ErrLineTooLong)}) {
					return
				}
			} else if trimmed := bytes.TrimSpace(buf); len(trimmed) > 0 {
				records++
				rec := parseJSONLine(trimmed, name, line, opts, &fields)
				if !yield(rec) {
					return
				}
			}
			if err == io.EOF {
				break
			}
		}
		if records == 0 && (keep == nil || keep(1)) {
			yield(Record{Input: name, Err: fmt.Errorf("source: %s: %w", name, ErrEmptyInput)})
		}
	}
}

// parseJSONLine decodes one JSONL record.
func parseJSONLine(b []byte, name string, line int64, opts *Options, f *Fields) Record {
	if !utf8.Valid(b) {
		return Record{Input: name, Line: line, ID: DefaultID(name, line),
			Err: fmt.Errorf("source: %w (JSON must be UTF-8; give the line's encoding with --encoding)", ErrInvalidUTF8)}
	}
	return decodeObject(b, name, line, opts, f)
}

// decodeObject maps one JSON object to a Record.
func decodeObject(b []byte, name string, line int64, opts *Options, f *Fields) Record {
	var o object
	if err := json.Unmarshal(b, &o); err != nil {
		return Record{Input: name, Line: line, ID: DefaultID(name, line), Err: fmt.Errorf("source: %s", jsonProblem(b, err))}
	}
	rec := o.record(name, line, opts, f)
	if rec.ID == "" {
		rec.ID = DefaultID(name, line)
	}
	return rec
}

// jsonProblem says what is wrong with b in words rather than as Go's
// unmarshal message.
func jsonProblem(b []byte, err error) string {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		return fmt.Sprintf("invalid JSON: %s at byte %d", strings.TrimPrefix(syn.Error(), "json: "), syn.Offset)
	case errors.As(err, &typ):
		return fmt.Sprintf("not a JSON object: found a JSON %s (%s)", typ.Value, abbreviate(b))
	}
	return err.Error()
}

// firstByte peeks at the first byte of br that is not white space (nor a
// UTF-8 byte order mark), 0 at the end of input.
func firstByte(br *bufio.Reader) byte {
	for i := 1; ; i++ {
		b, err := br.Peek(i)
		if err != nil || len(b) < i {
			return 0
		}
		c := b[i-1]
		switch {
		case c == ' ' || c == '\t' || c == '\r' || c == '\n':
		case i <= 3 && (c == 0xef || c == 0xbb || c == 0xbf):
		default:
			return c
		}
		if i >= 64<<10 {
			return 0
		}
	}
}

// DefaultID is the article id of a record that has none: the input's name
// (its path relative to the run's common root, "a/story.txt") without its
// compression and format extensions ("a/story"), "stdin" for "-", and the
// line or record number when there is one ("a/feed:3").
func DefaultID(name string, line int64) string {
	base := filepath.ToSlash(name)
	if name == "-" {
		base = "stdin"
	}
	for _, ext := range []string{".gz", ".zst"} {
		base = strings.TrimSuffix(base, ext)
	}
	if _, _, ok := Classify(base); ok {
		base = strings.TrimSuffix(base, filepath.Ext(base))
	}
	if line > 0 {
		return base + ":" + strconv.FormatInt(line, 10)
	}
	return base
}

func abbreviate(b []byte) string {
	if len(b) > 40 {
		return string(b[:40]) + "…"
	}
	return string(b)
}

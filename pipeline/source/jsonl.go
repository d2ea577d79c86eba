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
	"time"
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

// JSONLines reads one article per line of r. name is the input's name
// (for Record.Input and default ids). Fields: text (required unless html is
// given), html, id or article_id (string or number), title, url, source,
// byline or author, published or date (RFC 3339, "2006-01-02 15:04:05" or
// "2006-01-02"); all other fields are kept in Meta as a JSON object with
// sorted keys. Blank lines are skipped. A line that is not a JSON object,
// has no text, or is not valid UTF-8 is yielded with Err set; a read error
// (a truncated .gz) is yielded once and ends the input.
func JSONLines(r io.Reader, name string) iter.Seq[Record] {
	return jsonLines(r, name, nil, MaxLine)
}

// jsonLines is JSONLines yielding only the lines keep accepts (all when keep
// is nil); other lines are not decoded.
func jsonLines(r io.Reader, name string, keep func(line int64) bool, maxLine int) iter.Seq[Record] {
	return func(yield func(Record) bool) {
		br := bufio.NewReaderSize(r, 64<<10)
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
				rec := parseJSONLine(trimmed, name, line)
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
func parseJSONLine(b []byte, name string, line int64) Record {
	rec := Record{Input: name, Line: line}
	if !utf8.Valid(b) {
		rec.Err = fmt.Errorf("source: %w", ErrInvalidUTF8)
		return rec
	}
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(b, &fields); err != nil {
		rec.Err = fmt.Errorf("source: invalid JSON: %w", err)
		return rec
	}
	str := func(numeric bool, keys ...string) (string, error) {
		for _, k := range keys {
			raw, ok := fields[k]
			if !ok {
				continue
			}
			delete(fields, k)
			if string(raw) == "null" {
				continue
			}
			var s string
			if err := json.Unmarshal(raw, &s); err != nil {
				// Numbers are accepted for ids.
				if n, nerr := strconv.ParseFloat(string(raw), 64); numeric && nerr == nil {
					return strconv.FormatFloat(n, 'f', -1, 64), nil
				}
				return "", fmt.Errorf("source: field %q: want a string, got %s", k, abbreviate(raw))
			}
			return s, nil
		}
		return "", nil
	}
	var err error
	set := func(dst *string, keys ...string) {
		if err != nil {
			return
		}
		*dst, err = str(false, keys...)
	}
	rec.ID, err = str(true, "id", "article_id")
	set(&rec.Text, "text")
	set(&rec.HTML, "html")
	set(&rec.Title, "title")
	set(&rec.URL, "url")
	set(&rec.Source, "source")
	set(&rec.Byline, "byline", "author")
	var published string
	set(&published, "published", "published_at", "date")
	if err != nil {
		rec.Err = err
		return rec
	}
	if rec.ID == "" {
		rec.ID = DefaultID(name, line)
	}
	if strings.TrimSpace(rec.Text) == "" && strings.TrimSpace(rec.HTML) == "" {
		rec.Err = fmt.Errorf("source: %w (want a non-empty \"text\" or \"html\" field)", ErrNoText)
		return rec
	}
	if published != "" {
		t, perr := ParseTime(published)
		if perr != nil {
			rec.Err = fmt.Errorf("source: field \"published\": %w", perr)
			return rec
		}
		rec.Published = &t
	}
	if len(fields) > 0 {
		meta, merr := json.Marshal(fields) // map keys sorted: deterministic
		if merr == nil {
			rec.Meta = string(meta)
		}
	}
	return rec
}

// DefaultID is the article id of a record that has none: the input's base
// name without extensions, and the line number when there is one.
func DefaultID(name string, line int64) string {
	base := filepath.Base(name)
	if name == "-" {
		base = "stdin"
	}
	for {
		ext := filepath.Ext(base)
		if ext == "" || ext == base {
			break
		}
		base = strings.TrimSuffix(base, ext)
	}
	if line > 0 {
		return base + ":" + strconv.FormatInt(line, 10)
	}
	return base
}

var timeLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02T15:04",
	"2006-01-02",
}

// ParseTime parses a published date: RFC 3339, or a date and time without a
// zone (taken as UTC), or a date. The result is in UTC.
func ParseTime(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, layout := range timeLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC(), nil
		}
	}
	return time.Time{}, fmt.Errorf("cannot parse date %q (want RFC 3339 or YYYY-MM-DD)", abbreviate([]byte(s)))
}

func abbreviate(b []byte) string {
	if len(b) > 40 {
		return string(b[:40]) + "…"
	}
	return string(b)
}

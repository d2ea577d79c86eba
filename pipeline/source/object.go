package source

import (
	"encoding/json"
	"fmt"
	"strings"
)

// Options say how structured records are mapped and how bytes and dates are
// read. The zero value uses DefaultFields, month-first numeric dates and
// encoding detection.
type Options struct {
	// Fields maps record fields to article parts; parts left empty use
	// DefaultFields.
	Fields Fields
	// DateOrder reads ambiguous all-numeric dates.
	DateOrder DateOrder
	// Encoding is the encoding of input that does not declare its own
	// (text, CSV, HTML without a charset); the zero value detects.
	Encoding Encoding
}

func (o *Options) fields() Fields { return DefaultFields().Override(o.Fields) }

// record maps a decoded object to a Record: the parts found by the field
// mapping, and every other field kept in Meta as a JSON object with sorted
// keys. A record without text is yielded with Err set; a date that cannot
// be parsed leaves Published nil, stays in Meta, and gives a warning.
func (o object) record(name string, line int64, opts *Options, f *Fields) Record {
	rec := Record{Input: name, Line: line}
	// A field of the wrong type (a number for a title) stays in Meta, with
	// a warning; only the text decides whether the record comes out.
	str := func(paths []string, numeric bool) string {
		want := isString
		if numeric {
			want = isScalar
		}
		raw, _ := o.take(paths, want)
		if raw == nil {
			if werr := o.wrongType(paths, numeric); werr != nil {
				rec.Warnings = append(rec.Warnings, fmt.Errorf("%w; kept in meta", werr))
			}
			return ""
		}
		s, _ := stringValue(raw) // a string or a number: want checked it
		return s
	}
	rec.ID = str(f.ID, true)
	if raw, path := o.take(f.Text, func(r json.RawMessage) bool { return isString(r) && string(r) != `""` }); raw != nil {
		rec.TextField = path
		rec.Text, _ = stringValue(raw)
	}
	if raw, path := o.take(f.HTML, isString); raw != nil {
		rec.HTML, _ = stringValue(raw)
		if rec.Text == "" {
			rec.TextField = path
		}
	}
	rec.Title = str(f.Title, false)
	rec.URL = str(f.URL, false)
	rec.Source = str(f.Source, false)
	if raw, _ := o.take(f.Byline, func(r json.RawMessage) bool { _, ok := names(r); return ok }); raw != nil {
		rec.Byline, _ = names(raw)
	} else {
		rec.Byline = str(f.Byline, false)
	}
	if raw, path := o.take(f.Published, isScalar); raw != nil {
		s, _ := stringValue(raw)
		if t, perr := ParseDate(s, opts.DateOrder); perr == nil {
			rec.Published = &t
		} else {
			o[path] = raw // the raw value stays, in meta
			rec.Warnings = append(rec.Warnings, fmt.Errorf("source: field %q: %w; published_at left null, the value kept in meta (see --date-order)", path, perr))
		}
	}
	if strings.TrimSpace(rec.Text) == "" && strings.TrimSpace(rec.HTML) == "" {
		if wt := o.wrongType(f.Text, false); wt != nil {
			rec.Err = wt
		} else {
			rec.Err = fmt.Errorf("source: %w: no non-empty field among %s (name the field with --text-field)", ErrNoText, strings.Join(append(append([]string{}, f.Text...), f.HTML...), ", "))
		}
		return rec
	}
	if len(o) > 0 {
		if meta, merr := json.Marshal(o); merr == nil { // map keys sorted: deterministic
			rec.Meta = string(meta)
		}
	}
	return rec
}

// wrongType reports the first of paths present at the top level with a
// value of the wrong type (a number for a text field), nil if none.
func (o object) wrongType(paths []string, numeric bool) error {
	for _, p := range paths {
		raw, ok := o[p]
		if !ok || isNull(raw) || isString(raw) || numeric && isScalar(raw) {
			continue
		}
		if raw[0] == '{' && strings.Contains(strings.Join(paths, " "), p+".") {
			continue // an object whose fields are candidates too
		}
		return fmt.Errorf("source: field %q: want a string, got %s", p, abbreviate(raw))
	}
	return nil
}

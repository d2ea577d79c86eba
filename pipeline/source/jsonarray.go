package source

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
)

// JSONArray reads a .json file with the default Options: an array of
// article objects (`[{…}, {…}]`), a single object, or objects one after
// another. Record.Line is the element's 1-based number. An element that is
// not an object, or has no text, is yielded with Err set and reading goes
// on; a syntax error yields one Record with Err set (naming the byte
// offset) and ends the file, since JSON cannot be resynchronised.
func JSONArray(r io.Reader, name string) iter.Seq[Record] {
	return jsonValues(r, name, nil, &Options{})
}

func jsonValues(r io.Reader, name string, keep func(n int64) bool, opts *Options) iter.Seq[Record] {
	fields := opts.fields()
	return func(yield func(Record) bool) {
		dec := json.NewDecoder(r)
		dec.UseNumber()
		inArray := false
		if tok, err := dec.Token(); err == nil && tok == json.Delim('[') {
			inArray = true
		} else {
			// Not an array: start again with the values one by one.
			dec = json.NewDecoder(io.MultiReader(bytes.NewReader(openingOf(tok)), dec.Buffered(), r))
			if err != nil {
				if err == io.EOF {
					yield(Record{Input: name, Err: fmt.Errorf("source: %s: %w", name, ErrEmptyInput)})
				} else {
					yield(Record{Input: name, Line: 1, Err: fmt.Errorf("source: %s: %s", name, jsonProblem(nil, err))})
				}
				return
			}
		}
		var n int64
		for inArray && dec.More() || !inArray {
			var raw json.RawMessage
			err := dec.Decode(&raw)
			if err == io.EOF && !inArray {
				break
			}
			n++
			if err != nil {
				yield(Record{Input: name, Line: n, ID: DefaultID(name, n),
					Err: fmt.Errorf("source: %s: element %d near byte %d: %s", name, n, dec.InputOffset(), jsonProblem(nil, err))})
				return
			}
			if keep != nil && !keep(n) {
				continue
			}
			if !yield(decodeObject(raw, name, n, opts, &fields)) {
				return
			}
		}
		if inArray {
			if _, err := dec.Token(); err != nil && !errors.Is(err, io.EOF) {
				yield(Record{Input: name, Line: n + 1, Err: fmt.Errorf("source: %s: after element %d: %s", name, n, jsonProblem(nil, err))})
				return
			}
		}
		if n == 0 {
			yield(Record{Input: name, Err: fmt.Errorf("source: %s: %w", name, ErrEmptyInput)})
		}
	}
}

// openingOf gives back the bytes of the first token read while looking for
// an array: "{" for an object (any other token is a value that is not an
// object, and is reported by decoding it).
func openingOf(tok json.Token) []byte {
	switch v := tok.(type) {
	case json.Delim:
		return []byte(string(v))
	case nil:
		return nil
	default:
		b, _ := json.Marshal(v)
		return append(b, ' ')
	}
}

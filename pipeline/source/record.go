package source

import "time"

// Record is one article as read from an input, before cleaning.
type Record struct {
	// Input is the file the record came from ("-" for stdin); Line is its
	// 1-based line number in a JSONL file, or its 1-based record number in a
	// WARC file, 0 for whole-file inputs.
	Input string
	Line  int64

	ID     string
	Title  string
	URL    string
	Source string
	Byline string
	// Published is nil when the input does not say.
	Published *time.Time
	// Text is the article text (plain text inputs, JSONL "text").
	// HTML is set instead for HTML inputs (HTML files, WARC responses, a JSONL
	// "html" field); the cleaning stage extracts the text from it.
	Text string
	HTML string
	// Meta is the input's other fields as a JSON object, "" if none.
	Meta string
	// TextField is the field of a structured record (JSON, CSV) the text
	// or HTML came from ("content", "article.text"), "" for other inputs.
	TextField string
	// Charset is the encoding the bytes of a text, HTML or WARC record
	// were decoded from, "" where the format fixes it (JSON is UTF-8).
	Charset string

	// Warnings are problems that did not stop the record: an unparseable
	// date, a field of the wrong type, bytes replaced while decoding, a
	// renamed duplicate id, a truncated text. Each gives an errors row of
	// severity warning.
	Warnings []error

	// Err is set when the record could not be read; the other fields say as
	// much as is known of where it came from.
	Err error
}

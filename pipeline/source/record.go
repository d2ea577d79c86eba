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

	// Err is set when the record could not be read; the other fields say as
	// much as is known of where it came from.
	Err error
}

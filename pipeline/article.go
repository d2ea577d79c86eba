package pipeline

import (
	"time"

	"github.com/newsnlp/newsnlp/nlp"
	"github.com/newsnlp/newsnlp/nlp/wordpiece"
	"github.com/newsnlp/newsnlp/pipeline/source"
)

// Article is the unit that flows through the stages: the record as read,
// the metadata the cleaning stage found, the annotated document, and the
// problems met on the way.
type Article struct {
	Record source.Record

	// Set by the normalize stage.
	Title, Byline, Dateline, Agency string
	Published                       *time.Time
	RawChars                        int

	Doc nlp.Doc
	// Wordpieces are the windows of each sentence of Doc, set by the
	// EncodeWordpieces stage (byte offsets, like Doc's).
	Wordpieces [][]wordpiece.Window

	// Failed is set when the article cannot come out (a bad record, no text
	// after cleaning): it gives an errors row and no other row.
	Failed bool
	// Problems are the errors met by stages; each gives an errors row.
	Problems []Problem
}

// Problem is one error recorded on an article by a stage.
type Problem struct {
	Stage    string
	Err      error
	Severity Severity
}

// Severity says whether a problem stopped the article.
type Severity uint8

// Severities.
const (
	// SeverityError: the record gave no article, or a stage failed on it.
	SeverityError Severity = iota
	// SeverityWarning: the article came out, changed as the message says.
	SeverityWarning
)

func (s Severity) String() string {
	if s == SeverityWarning {
		return "warning"
	}
	return "error"
}

// fail marks a the article as failed at stage.
func (a *Article) fail(stage string, err error) {
	a.Failed = true
	a.Problems = append(a.Problems, Problem{Stage: stage, Err: err})
}

// warn records a problem that does not stop the article.
func (a *Article) warn(stage string, err error) {
	a.Problems = append(a.Problems, Problem{Stage: stage, Err: err, Severity: SeverityWarning})
}

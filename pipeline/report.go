package pipeline

import (
	"github.com/newsnlp/newsnlp/pipeline/source"
)

// Report is the part of a run's Summary that explains it: what was left
// out, how the input was read, what went wrong most often, what the run
// replaced.
type Report struct {
	// Stamp identifies the run (program, models, settings, inputs); the
	// completion marker holds it for Resume.
	Stamp Stamp `json:"stamp"`
	// SkippedFiles are files inside input directories that were not read
	// (unknown formats, the output directory).
	SkippedFiles []string `json:"skipped_files,omitempty"`
	// TextFields counts the records of structured inputs (JSON, CSV) by
	// the field their text came from.
	TextFields map[string]int64 `json:"text_fields,omitempty"`
	// Charsets counts the text, HTML and WARC records by the encoding they
	// were decoded from.
	Charsets map[string]int64 `json:"charsets,omitempty"`
	// Warnings counts the errors rows of severity warning.
	Warnings int64 `json:"warnings"`
	// TopErrors are the most common kinds of errors rows.
	TopErrors []ErrorCount `json:"top_errors,omitempty"`
	// Replaced are the files of the previous run in the output directory
	// that this run removed (tables it did not write this time).
	Replaced []string `json:"replaced,omitempty"`
	// ResumeNote says why Resume did not skip the run.
	ResumeNote string `json:"resume_note,omitempty"`
}

// topErrors is how many kinds of problems the summary lists.
const topErrors = 5

// admission is what the reader does to each record before batching it:
// make its id unique and count where its text came from.
type admission struct {
	ids        *idSet
	textFields map[string]int64
	charsets   map[string]int64
}

func newAdmission() *admission {
	return &admission{ids: newIDSet(), textFields: map[string]int64{}, charsets: map[string]int64{}}
}

func (ad *admission) admit(rec *source.Record) {
	ad.ids.claim(rec)
	if rec.Err != nil {
		return
	}
	if rec.TextField != "" {
		ad.textFields[rec.TextField]++
	}
	if rec.Charset != "" {
		ad.charsets[rec.Charset]++
	}
}

// fill copies the counts into r.
func (ad *admission) fill(r *Report) {
	if len(ad.textFields) > 0 {
		r.TextFields = ad.textFields
	}
	if len(ad.charsets) > 0 {
		r.Charsets = ad.charsets
	}
}

// finishReport completes the report once the tables are in place: the
// counts, the most common problems, and the previous run's files this run
// replaced (removed now).
func (r *runner) finishReport(sum *Summary) error {
	r.admit.fill(&r.report)
	r.report.Warnings, r.report.TopErrors = r.errs.warnings(), r.errs.top(topErrors)
	var err error
	r.report.Replaced, err = removeStale(r.previous, sum.Files)
	sum.Report = r.report
	return err
}

// Package newsnlp turns dumps of news articles into tables a data scientist
// can query: who is mentioned and who said what. The command is
// cmd/newsnlp; the stages are in pipeline/ and nlp/; the table schemas in
// schemas/. This root package holds the embedded sample corpus.
package newsnlp

import (
	"embed"
	"io/fs"
)

//go:embed testdata/sample
var sample embed.FS

// Sample is the embedded sample corpus that `newsnlp run` processes when no
// input is given: a handful of short articles written for newsnlp, with
// quotes, pronoun speakers, and people, places and organizations.
func Sample() fs.FS {
	sub, err := fs.Sub(sample, "testdata/sample")
	if err != nil {
		panic(err) // the embedded path is fixed at compile time
	}
	return sub
}

// Package pipeline runs newsnlp's staged workers. Run's steps are read (a
// goroutine turns inputs into batches of articles), annotate (N workers run
// the stages on each batch — limit, normalize, the language annotators,
// validate, wordpieces — and convert it to rows), order (batches are handed
// on in input order), write (one goroutine per table) and progress; then
// the tables are finished and renamed into place. Rows are written in input
// order, so the output is byte-identical for any number of workers.
// Channels are bounded: memory does not grow with the input.
//
// A record that cannot be read or processed is recorded in the errors table
// with where it came from, and the run goes on; only failures that make the
// run meaningless (an unreadable input, an unwritable output, a model that
// does not load) stop it. Every table is written under a temporary name and
// renamed when complete.
package pipeline

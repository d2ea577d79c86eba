// Package pipeline runs newsnlp's staged workers: read → normalize →
// annotate → write. A reader goroutine turns inputs into batches of
// articles, N workers normalize and annotate them, and one writer goroutine
// per table writes the rows in input order, so the output is byte-identical
// for any number of workers. Channels are bounded: memory does not grow with
// the input.
//
// A record that cannot be read or processed is recorded in the errors table
// with where it came from, and the run goes on; only failures that make the
// run meaningless (an unreadable input, an unwritable output, a model that
// does not load) stop it. Every table is written under a temporary name and
// renamed when complete.
package pipeline

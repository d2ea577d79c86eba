// Package conll reads CoNLL-2003 style NER files and scores predictions
// against them with conlleval semantics.
//
// A file holds one token per line, two or more whitespace-separated
// columns, the last being the gold tag (IOB1 or IOB2); blank lines end
// sentences and "-DOCSTART-" lines end documents. Read returns documents,
// NLPDoc turns one into an nlp.Doc (tokens joined by spaces, one sentence
// per CoNLL sentence) so any nlp.Annotator can be run on it, Tags turns the
// annotator's mentions back into CoNLL tags, and Counts accumulates chunk
// matches into per-type precision, recall and F1 exactly as conlleval does.
package conll

// Package rowgen writes the run-output tables newsnlp corpus reads
// (articles, entities, quotes) for a synthetic corpus of any size, without
// running the NLP pipeline: for scale tests of the corpus step (`newsnlp
// gen rows`). Articles have no text (the corpus step does not read it);
// their MinHash signatures are random except for syndicated copies, which
// share three quarters of their original's values; entity names follow a
// Zipf law over a large vocabulary; quotes are random word sequences, some
// repeated across articles, some partial fragments of earlier quotes.
package rowgen

// Package ner finds named entity mentions (people, locations,
// organizations and other names) in tokenized text.
//
// The model is a two-pass averaged structured perceptron over BILOU tags
// with first-order Viterbi decoding. The first pass sees the words of a
// sentence and their neighbours (forms, shapes, affixes), gazetteer matches
// (countries, regions, cities, WordNet people, places and organizations,
// nationalities, languages) and document-level casing evidence; the second
// pass also sees what the first pass decided for the same word elsewhere in
// the article, so a name tagged ORGANIZATION once tends to be tagged so
// everywhere. Features are hashed to 64 bits and looked up in an
// open-addressing table; weights are float32 rows, one per feature.
//
// Default returns the embedded model (trained on CoNLL-2003 train, see
// model/README.md for the command that reproduces it); Load reads one from
// any fs.FS; Train builds one. A Model is an nlp.Annotator: it reads
// Doc.Tokens and Doc.Sentences (never POS tags) and appends Doc.Mentions.
package ner

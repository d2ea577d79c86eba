// Package ner finds named entity mentions (people, locations,
// organizations and other names) in tokenized text.
//
// The model is a two-pass averaged structured perceptron over BILOU tags
// with first-order Viterbi decoding. The first pass sees the words of a
// sentence and their neighbours (forms, shapes, affixes), gazetteer matches
// (countries, regions, cities, WordNet people, places and organizations,
// nationalities, languages, and typed registers of clubs, companies,
// universities, parties, politicians, government bodies, international
// organizations, news outlets, airports and stadiums, competitions, a
// spelling dictionary's company names, and the words WordNet writes only
// in lower case; two capitalized words match
// a one-word name written together, "Pangkal Pinang" Pangkalpinang) and
// document-level casing evidence (an all-caps word of a mixed-case sentence
// that news also writes in lower case, "WHO warns", is kept apart from the
// lower-case word), and, for a capitalized word before a number, whether
// its sentence is prose or a table line ("a Category 5 hurricane" against
// "Somerset 19" in a results table); the second pass also sees what the first
// pass decided for the same word elsewhere in the article, so a name tagged
// ORGANIZATION once tends to be tagged so everywhere, and whether a word
// ends a person's full name somewhere in it; its first-pass tags on the training data come from jackknife
// models that did not see the document. Features are hashed to 64 bits and
// looked up (behind a small filter of its keys, which turns away most
// features the model lacks) in one open-addressing table for both
// passes, whose rows hold the feature's int16-quantized weights for all 17 tags in each pass (the
// second pass repeats the first's features, so one lookup serves both);
// the scores of a word's own features (form, shape, affixes, clusters) are
// precomputed for the frequent words of news text. The weights file holds
// these tables (and the gazetteer's and clusters') as they are used, so
// loading is a view of the file. Leading honorifics ("Mr.", "Sen.") are
// trimmed off person mentions after decoding.
//
// Training can add upper-cased copies of a share of the documents (all-caps
// headlines and tables) and merge datelines into the sentence after them
// ("BEIJING — China said ..."), as today's news writes them; it reads
// datelines as places, can learn a share of the capitalized tokens without
// the features naming the word (word dropout, for names never seen), and
// can average each pass's final weights over several sentence orders.
// Average makes one model of the mean weights of models trained with
// other seeds: the same size of model and speed, less dependent on one
// training run's luck (the embedded model is the mean of five).
//
// Default returns the embedded model (trained on CoNLL-2003 train, see
// model/README.md for the command that reproduces it); Load reads one from
// any fs.FS; Train builds one. A Model is an nlp.Annotator: it reads
// Doc.Tokens and Doc.Sentences (never POS tags) and appends Doc.Mentions.
package ner

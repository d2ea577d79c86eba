// Package gold reads, writes and scores against a team's own annotated
// sample: a JSONL gold file, one article per line, with entity spans and
// labels and quote spans with their speakers, all in Unicode code point
// offsets into the article text (the format is documented in
// docs/gold.md). Export writes such a file from a newsnlp run, as a
// template to correct by hand; ScoreEntities and ScoreQuotes score a run
// against it.
//
// Entities score as conlleval.py does: a predicted mention is right when
// its span and label equal a gold entity's; precision, recall and F1 per
// label and overall. Quotes score as polnear_quotes.py does: predicted and
// gold quote spans are split at line breaks and trimmed of spaces, quote
// marks and edge punctuation (pieces shorter than two code points are
// dropped); each gold quote takes, in order, the unused predicted quote of
// highest intersection over union, if that is at least 0.5; a matched
// quote's speaker is right when the predicted speaker mention overlaps a
// gold speaker span and, when the gold names the speaker, the predicted
// name is that name. Articles missing from the run, or whose text differs from the
// gold text, are counted and left out, as the reference scorers do.
package gold

// Package polnear scores quotes and their speakers against the PolNeAR
// corpus (Newell, Margolin & Ruths, LREC 2018), exactly as the reference
// script polnear_quotes.py does.
//
// Gold direct quotes are the quoted segments (between curly, straight or doubled-apostrophe
// marks, a paragraph break closing an open quote) inside the Content span of
// an attribution of the first .ann file of each article; a gold quote's
// speaker is that attribution's Source span. Predictions are read from a
// pipeline output directory (articles.jsonl and quotes.jsonl, Unicode code
// point offsets); a predicted quote running over several paragraphs counts
// as one segment per paragraph. Quotes match one to one, greedily, at
// intersection over union ≥ 0.5; a matched quote's speaker is right when
// the predicted speaker span overlaps a gold Source span. When an output
// text differs from the corpus text, offsets are mapped through the
// matching blocks of the two texts (the algorithm of Python's
// difflib.SequenceMatcher without junk heuristics).
package polnear

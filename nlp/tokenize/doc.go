// Package tokenize splits article text into sentences and word tokens with
// exact byte offsets, following the Penn Treebank / CoNLL-2003 conventions
// that newsnlp's taggers are trained on: punctuation, possessive 's and n't
// are split off; hyphenated words, numbers, abbreviations with their period,
// URLs, e-mail addresses, @handles and #tags stay whole; curly and straight
// quotes and dashes are tokens of their own.
//
// Sentences end after . ! ? … (and the closing quotes or brackets that follow
// them) when the next token starts a sentence, after abbreviations only when
// the next word is a typical sentence opener, and always at a line break. A
// period between a lower-case word and a capitalized one with no space
// ("Afghanistan.Trump") is taken as a lost space: it is split off and ends
// the sentence.
//
// The scanner is hand-written (no regular expressions) and allocates only
// the token and sentence slices: every Token.Text is a substring of the Doc
// text, and the text is never rewritten.
package tokenize

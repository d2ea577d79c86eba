// Package nlp holds the annotation contracts shared by newsnlp's language
// stages: a Doc with its text and the spans found in it (sentences, tokens,
// entity mentions, entities, quotes), and the Annotator interface each stage
// implements. Implementations live in leaf packages named for what they do
// (tokenize, pos, ner, entities, quotes, wordpiece).
//
// All offsets inside Go are UTF-8 byte offsets into Doc.Text, end exclusive;
// the pipeline converts them to Unicode code point offsets once, when it
// writes the output tables.
package nlp

// Package prosener runs prose v2's default named entity model behind the
// nlp.Annotator interface, for comparison with newsnlp's own model
// (`go run ./internal/bench -conll FILE`). It is not linked into the
// newsnlp binary.
//
// prose gives entities as token texts joined by spaces, without offsets;
// this package runs it on one sentence at a time (with " ." appended, as
// prose drops an entity at the very end of its input), finds each entity's
// characters in the sentence text in order (ignoring white space and the
// curly-to-straight quote rewriting prose does), and maps the match to the
// Doc's tokens. Labels map PERSON to Person, GPE and LOCATION to Location,
// ORGANIZATION to Organization and anything else to Misc. prose panics on
// some inputs: a panic becomes an error for that document.
package prosener

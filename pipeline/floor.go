package pipeline

import (
	"strings"

	"github.com/newsnlp/newsnlp/nlp"
)

// Floor is the annotator of the floor benchmark: one sentence per line,
// tokens split at spaces, no NLP. A run with Annotators = {Floor()} reads,
// cleans and writes the same tables as a full run: its time is the cost of
// everything but the language stages.
func Floor() NamedAnnotator {
	return NamedAnnotator{Name: "floor", Annotator: nlp.AnnotatorFunc(splitLines)}
}

func splitLines(d *nlp.Doc) error {
	start := 0
	for start < len(d.Text) {
		end := strings.IndexByte(d.Text[start:], '\n')
		if end < 0 {
			end = len(d.Text)
		} else {
			end += start
		}
		first := len(d.Tokens)
		i := start
		for i < end {
			for i < end && d.Text[i] == ' ' {
				i++
			}
			j := i
			for j < end && d.Text[j] != ' ' {
				j++
			}
			if j > i {
				d.Tokens = append(d.Tokens, nlp.Token{Span: nlp.Span{Start: i, End: j}, Text: d.Text[i:j]})
			}
			i = j
		}
		if len(d.Tokens) > first {
			d.Sentences = append(d.Sentences, nlp.Sentence{Span: nlp.Span{Start: d.Tokens[first].Start, End: d.Tokens[len(d.Tokens)-1].End}, FirstToken: first, EndToken: len(d.Tokens)})
		}
		start = end + 1
	}
	return nil
}

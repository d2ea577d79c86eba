package conll

import (
	"bufio"
	"fmt"
	"strings"

	"github.com/newsnlp/newsnlp/nlp"
)

// NLPDoc builds the nlp.Doc an annotator sees for a CoNLL document: the
// tokens of a sentence joined by single spaces, sentences joined by
// newlines, one nlp.Sentence per CoNLL sentence and one nlp.Token per
// CoNLL token, with byte offsets. POS and gold columns are not used.
func NLPDoc(id string, doc Document) *nlp.Doc {
	n := doc.NumTokens()
	d := &nlp.Doc{ID: id, Tokens: make([]nlp.Token, 0, n), Sentences: make([]nlp.Sentence, 0, len(doc.Sentences))}
	var b strings.Builder
	for si, s := range doc.Sentences {
		if si > 0 {
			b.WriteByte('\n')
		}
		sent := nlp.Sentence{Span: nlp.Span{Start: b.Len()}, FirstToken: len(d.Tokens)}
		for ti, tok := range s.Tokens {
			if ti > 0 {
				b.WriteByte(' ')
			}
			start := b.Len()
			b.WriteString(tok)
			d.Tokens = append(d.Tokens, nlp.Token{Span: nlp.Span{Start: start, End: b.Len()}})
		}
		sent.End = b.Len()
		sent.EndToken = len(d.Tokens)
		d.Sentences = append(d.Sentences, sent)
	}
	d.Text = b.String()
	for i := range d.Tokens {
		d.Tokens[i].Text = d.Text[d.Tokens[i].Start:d.Tokens[i].End]
	}
	return d
}

// TagType is the CoNLL chunk type of an entity label: PER, LOC, ORG or MISC.
func TagType(l nlp.Label) string {
	switch l {
	case nlp.Person:
		return "PER"
	case nlp.Location:
		return "LOC"
	case nlp.Organization:
		return "ORG"
	default:
		return "MISC"
	}
}

// Label is the entity label of a CoNLL chunk type, and false for an
// unknown type.
func Label(typ string) (nlp.Label, bool) {
	switch typ {
	case "PER":
		return nlp.Person, true
	case "LOC":
		return nlp.Location, true
	case "ORG":
		return nlp.Organization, true
	case "MISC":
		return nlp.Misc, true
	}
	return "", false
}

// Tags returns, per sentence of d, the IOB2 tags (B-PER, I-ORG, O, ...)
// of d.Mentions. A mention crossing a sentence boundary is cut at it;
// overlapping mentions keep the first one written.
func Tags(d *nlp.Doc) [][]string {
	flat := make([]string, len(d.Tokens))
	for i := range flat {
		flat[i] = "O"
	}
	for _, m := range d.Mentions {
		if m.FirstToken < 0 || m.EndToken > len(flat) || m.FirstToken >= m.EndToken {
			continue
		}
		free := true
		for i := m.FirstToken; i < m.EndToken; i++ {
			free = free && flat[i] == "O"
		}
		if !free {
			continue
		}
		t := TagType(m.Label)
		for i := m.FirstToken; i < m.EndToken; i++ {
			flat[i] = "I-" + t
		}
		flat[m.FirstToken] = "B-" + t
	}
	out := make([][]string, len(d.Sentences))
	for si, s := range d.Sentences {
		tags := flat[s.FirstToken:s.EndToken:s.EndToken]
		if len(tags) > 0 && strings.HasPrefix(tags[0], "I-") {
			tags[0] = "B-" + tags[0][2:]
		}
		out[si] = tags
	}
	return out
}

// WritePredictions writes "token gold pred" lines for each sentence of doc,
// a blank line after each sentence. pred holds one tag slice per sentence.
func WritePredictions(w *bufio.Writer, doc Document, pred [][]string) error {
	if len(pred) != len(doc.Sentences) {
		return fmt.Errorf("conll: write predictions: %d sentences but %d predicted", len(doc.Sentences), len(pred))
	}
	for si, s := range doc.Sentences {
		if len(pred[si]) != len(s.Tokens) {
			return fmt.Errorf("conll: write predictions: sentence %d has %d tokens but %d tags", si, len(s.Tokens), len(pred[si]))
		}
		for i, tok := range s.Tokens {
			w.WriteString(tok)
			w.WriteByte(' ')
			w.WriteString(s.Gold[i])
			w.WriteByte(' ')
			w.WriteString(pred[si][i])
			w.WriteByte('\n')
		}
		w.WriteByte('\n')
	}
	return nil
}

// Evaluate runs a on every document (as built by NLPDoc) and scores its
// mentions against the gold tags. It returns the counts and, per document
// and sentence, the predicted IOB2 tags.
func Evaluate(a nlp.Annotator, docs []Document) (*Counts, [][][]string, error) {
	c := &Counts{}
	preds := make([][][]string, len(docs))
	for i, doc := range docs {
		d := NLPDoc(fmt.Sprint(i), doc)
		if err := a.Annotate(d); err != nil {
			return nil, nil, fmt.Errorf("conll: evaluate document %d: %w", i, err)
		}
		preds[i] = Tags(d)
		for si, s := range doc.Sentences {
			if err := c.Add(s.Gold, preds[i][si]); err != nil {
				return nil, nil, err
			}
		}
	}
	return c, preds, nil
}

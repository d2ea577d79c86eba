package conll

import (
	"fmt"
	"strings"
)

// Upper returns a copy of docs with every token upper-cased (gold tags
// kept): the data set as an all-caps headline or table would write it.
func Upper(docs []Document) []Document {
	out := make([]Document, len(docs))
	for di, d := range docs {
		out[di].Sentences = make([]Sentence, len(d.Sentences))
		for si, s := range d.Sentences {
			toks := make([]string, len(s.Tokens))
			for i, t := range s.Tokens {
				toks[i] = strings.ToUpper(t)
			}
			out[di].Sentences[si] = Sentence{Tokens: toks, Gold: s.Gold}
		}
	}
	return out
}

// DropType returns a copy of preds (per document and sentence) with the
// chunks of type typ set to O: e.g. MISC predictions scored against data
// that has no MISC type.
func DropType(preds [][][]string, typ string) [][][]string {
	out := make([][][]string, len(preds))
	for di, doc := range preds {
		out[di] = make([][]string, len(doc))
		for si, tags := range doc {
			t := make([]string, len(tags))
			for i, tag := range tags {
				if _, ty := splitTag(tag); ty == typ {
					tag = "O"
				}
				t[i] = tag
			}
			out[di][si] = t
		}
	}
	return out
}

// Score counts the chunk matches of preds (per document and sentence)
// against the gold tags of docs.
func Score(docs []Document, preds [][][]string) (*Counts, error) {
	c := &Counts{}
	for di, doc := range docs {
		if di >= len(preds) || len(preds[di]) != len(doc.Sentences) {
			return nil, fmt.Errorf("conll: score: document %d: predictions do not match the sentences", di)
		}
		for si, s := range doc.Sentences {
			if err := c.Add(s.Gold, preds[di][si]); err != nil {
				return nil, err
			}
		}
	}
	return c, nil
}

package pos

import (
	"fmt"
	"io"
	"strings"

	"github.com/newsnlp/newsnlp/nlp/ner/conll"
)

// Sentence is a sentence of words and their gold tags (Tags[i] tags Words[i]).
type Sentence struct {
	Words []string
	Tags  []string
}

// ReadCoNLL reads the words (column 1) and part-of-speech tags (column 2)
// of a CoNLL-2003 file with conll.Read, the one reader of the format:
// -DOCSTART- lines end a sentence, a blank line ends one too. Ambiguous
// gold tags such as "NN|SYM" keep their first choice.
func ReadCoNLL(r io.Reader) ([]Sentence, error) {
	docs, err := conll.Read(r)
	if err != nil {
		return nil, fmt.Errorf("pos: %w", err)
	}
	var out []Sentence
	for _, d := range docs {
		for _, s := range d.Sentences {
			ps := Sentence{Words: s.Tokens, Tags: make([]string, len(s.Tokens))}
			for i := range s.Tokens {
				col := s.Gold[i] // a two-column file: token and tag
				if len(s.Middle[i]) > 0 {
					col = s.Middle[i][0]
				}
				ps.Tags[i], _, _ = strings.Cut(col, "|")
			}
			out = append(out, ps)
		}
	}
	return out, nil
}

// Accuracy is the share of words of sents whose tag t.Tag predicts right.
func (t *Tagger) Accuracy(sents []Sentence) float64 {
	right, total := 0, 0
	for _, s := range sents {
		got := t.Tag(s.Words)
		for i, g := range got {
			if g == s.Tags[i] {
				right++
			}
		}
		total += len(got)
	}
	if total == 0 {
		return 0
	}
	return float64(right) / float64(total)
}

package pos

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Sentence is a sentence of words and their gold tags (Tags[i] tags Words[i]).
type Sentence struct {
	Words []string
	Tags  []string
}

// ReadCoNLL reads the words (column 1) and part-of-speech tags (column 2)
// of a CoNLL-2003 file. -DOCSTART- lines are skipped; a blank line ends a
// sentence. Ambiguous gold tags such as "NN|SYM" keep their first choice.
func ReadCoNLL(r io.Reader) ([]Sentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 16<<20)
	var out []Sentence
	var cur Sentence
	flush := func() {
		if len(cur.Words) > 0 {
			out = append(out, cur)
		}
		cur = Sentence{}
	}
	line := 0
	for sc.Scan() {
		line++
		fields := strings.Fields(sc.Text())
		switch {
		case len(fields) == 0:
			flush()
		case fields[0] == "-DOCSTART-":
			flush()
		case len(fields) < 2:
			return nil, fmt.Errorf("pos: conll line %d: want at least 2 columns, got %d", line, len(fields))
		default:
			tag, _, _ := strings.Cut(fields[1], "|")
			cur.Words = append(cur.Words, fields[0])
			cur.Tags = append(cur.Tags, tag)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("pos: read conll: %w", err)
	}
	flush()
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

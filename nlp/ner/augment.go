package ner

import (
	"math/rand/v2"
	"slices"
	"strings"
	"unicode"

	"github.com/newsnlp/newsnlp/nlp/ner/conll"
)

// augmentUpper returns train followed by upper-cased copies of a share
// of its documents, and for each copy the index of its original.
func augmentUpper(train []conll.Document, share float64, seed uint64) ([]conll.Document, []int) {
	if share <= 0 {
		return train, nil
	}
	rng := rand.New(rand.NewPCG(seed, 3))
	var origin []int
	out := slices.Clip(train)
	for d := range train {
		if rng.Float64() < share {
			origin = append(origin, d)
			out = append(out, conll.Upper(train[d:d+1])...)
		}
	}
	return out, origin
}

// datelineSeps are the separators a merged dateline gets, in turn, with
// their tags: a dash, or a credit to the wire service, then a dash.
var datelineSeps = [][2][]string{
	{{"—"}, {"O"}},
	{{"-"}, {"O"}},
	{{"(", "Reuters", ")", "-"}, {"O", "B-ORG", "O", "O"}},
}

// mergeDatelines returns train with a share of its dateline sentences (a
// place in capitals, then a date) merged into the sentence that follows,
// the date replaced by a separator. The input is not modified.
func mergeDatelines(train []conll.Document, share float64, seed uint64) []conll.Document {
	if share <= 0 {
		return train
	}
	rng := rand.New(rand.NewPCG(seed, 4))
	out := make([]conll.Document, len(train))
	n := 0
	for d, doc := range train {
		out[d] = doc
		var sents []conll.Sentence
		for si := 0; si < len(doc.Sentences); si++ {
			s := doc.Sentences[si]
			if si+1 < len(doc.Sentences) && isDateline(s.Tokens) && rng.Float64() < share {
				sep := datelineSeps[n%len(datelineSeps)]
				n++
				next := doc.Sentences[si+1]
				k := len(s.Tokens) - 1
				m := conll.Sentence{
					Tokens: slices.Concat(s.Tokens[:k], sep[0], next.Tokens),
					Gold:   slices.Concat(s.Gold[:k], sep[1], next.Gold),
				}
				if sents == nil {
					sents = slices.Clone(doc.Sentences[:si])
				}
				sents = append(sents, m)
				si++
				continue
			}
			if sents != nil {
				sents = append(sents, s)
			}
		}
		if sents != nil {
			out[d] = conll.Document{Sentences: sents}
		}
	}
	return out
}

// placeDatelines returns train with the person tags of its dateline
// sentences made location tags: a dateline names the place a story was
// filed from, and CoNLL-2003 train tags three of its 751 datelines as
// persons ("SAO PAULO", "DENVER"), which taught the model that an all-caps
// city before a date or dash is a person. The input is not modified.
func placeDatelines(train []conll.Document) []conll.Document {
	out := slices.Clone(train)
	for d, doc := range train {
		for si, s := range doc.Sentences {
			if !isDateline(s.Tokens) || !slices.ContainsFunc(s.Gold, isPersonTag) {
				continue
			}
			sents := slices.Clone(out[d].Sentences)
			gold := slices.Clone(s.Gold)
			for i, g := range gold {
				if isPersonTag(g) {
					gold[i] = strings.TrimSuffix(g, "PER") + "LOC"
				}
			}
			sents[si].Gold = gold
			out[d].Sentences = sents
		}
	}
	return out
}

func isPersonTag(t string) bool { return strings.HasSuffix(t, "-PER") }

// isDateline reports whether a sentence is a CoNLL dateline: words in
// capitals (commas allowed), then a date such as 1996-08-22.
func isDateline(toks []string) bool {
	if len(toks) < 2 {
		return false
	}
	date := toks[len(toks)-1]
	if len(date) != 10 || strings.Count(date, "-") != 2 || strings.ContainsFunc(date, func(r rune) bool { return r != '-' && !unicode.IsDigit(r) }) {
		return false
	}
	letters := false
	for _, t := range toks[:len(toks)-1] {
		if strings.ContainsFunc(t, unicode.IsLower) {
			return false
		}
		letters = letters || strings.ContainsFunc(t, unicode.IsLetter)
	}
	return letters
}

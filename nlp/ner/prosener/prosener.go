package prosener

import (
	"fmt"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v2"

	"github.com/newsnlp/newsnlp/nlp"
)

// Annotator tags entities with prose v2's default model. It is safe for
// concurrent use.
type Annotator struct {
	model *prose.Model
}

// New loads prose's default model (about 250 ms); share the Annotator.
func New() (a *Annotator, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("prosener: load model: %v", r)
		}
	}()
	m := prose.ModelFromData("en")
	if m == nil {
		return nil, fmt.Errorf("prosener: load model: no model")
	}
	return &Annotator{model: m}, nil
}

// Label maps a prose entity label to an nlp label.
func Label(l string) nlp.Label {
	switch l {
	case "PERSON":
		return nlp.Person
	case "GPE", "LOCATION":
		return nlp.Location
	case "ORGANIZATION":
		return nlp.Organization
	}
	return nlp.Misc
}

// Annotate appends prose's entities of every sentence of d to d.Mentions.
func (a *Annotator) Annotate(d *nlp.Doc) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("prosener: prose panicked: %v", r)
		}
	}()
	sents := d.Sentences
	if len(sents) == 0 && len(d.Tokens) > 0 {
		sents = []nlp.Sentence{{Span: nlp.Span{Start: d.Tokens[0].Start, End: d.Tokens[len(d.Tokens)-1].End}, EndToken: len(d.Tokens)}}
	}
	for _, s := range sents {
		if s.EndToken <= s.FirstToken || s.FirstToken < 0 || s.EndToken > len(d.Tokens) {
			continue
		}
		toks := d.Tokens[s.FirstToken:s.EndToken]
		start, end := toks[0].Start, toks[len(toks)-1].End
		if start < 0 || end > len(d.Text) || start >= end {
			return fmt.Errorf("prosener: sentence tokens outside the text")
		}
		text := d.Text[start:end]
		pd, err := prose.NewDocument(text+" .", prose.UsingModel(a.model), prose.WithSegmentation(false))
		if err != nil {
			return fmt.Errorf("prosener: %w", err)
		}
		cursor := start
		for _, e := range pd.Entities() {
			a, b, ok := find(d.Text, cursor, end, e.Text)
			if !ok {
				continue
			}
			first, last := -1, -1
			for i, t := range toks {
				if t.End > a && t.Start < b {
					if first < 0 {
						first = i
					}
					last = i
				}
			}
			if first < 0 {
				continue
			}
			ft, lt := toks[first], toks[last]
			d.Mentions = append(d.Mentions, nlp.Mention{
				Span:       nlp.Span{Start: ft.Start, End: lt.End},
				FirstToken: s.FirstToken + first, EndToken: s.FirstToken + last + 1,
				Text: d.Text[ft.Start:lt.End], Label: Label(e.Label), Entity: -1,
			})
			cursor = lt.End
		}
	}
	return nil
}

// find locates the characters of entity (white space ignored, quotes and
// dashes folded) in text[from:to] and returns its byte span.
func find(text string, from, to int, entity string) (int, int, bool) {
	want := []rune{}
	for _, r := range entity {
		if !unicode.IsSpace(r) {
			want = append(want, fold(r))
		}
	}
	if len(want) == 0 {
		return 0, 0, false
	}
	for i := from; i < to; {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) || fold(r) != want[0] {
			i += n
			continue
		}
		if j, ok := matchAt(text, i, to, want); ok {
			return i, j, true
		}
		i += n
	}
	return 0, 0, false
}

func matchAt(text string, i, to int, want []rune) (int, bool) {
	k := 0
	for i < to && k < len(want) {
		r, n := utf8.DecodeRuneInString(text[i:])
		i += n
		if unicode.IsSpace(r) {
			continue
		}
		if fold(r) != want[k] {
			return 0, false
		}
		k++
	}
	return i, k == len(want)
}

func fold(r rune) rune {
	switch r {
	case '\u2018', '\u2019':
		return '\''
	case '\u201c', '\u201d', '`':
		return '"'
	}
	return r
}

var _ nlp.Annotator = (*Annotator)(nil)

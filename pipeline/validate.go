package pipeline

import (
	"context"
	"fmt"
	"unicode/utf8"

	"github.com/newsnlp/newsnlp/nlp"
)

// stageValidate is the stage name of the problems Validate records.
const stageValidate = "validate"

// Validate returns the stage that checks every span the language stages
// produced and drops the annotations that do not slice the text, so that
// the tables never hold a wrong offset; each drop is recorded as a problem
// on the article. What stays keeps its links: a dropped mention leaves its
// entity (with the mentions that remain) and the quotes spoken by it.
func Validate() Stage {
	return StageFunc(func(ctx context.Context, batch []*Article) error {
		for _, a := range batch {
			if a.Failed {
				continue
			}
			if err := ctx.Err(); err != nil {
				return err
			}
			a.Problems = append(a.Problems, validateDoc(&a.Doc)...)
		}
		return nil
	})
}

// validateDoc checks d's spans and links and drops what is wrong.
func validateDoc(d *nlp.Doc) []Problem {
	v := spanCheck{text: d.Text}
	v.sentencesAndTokens(d)
	entityMap := v.mentionsAndEntities(d)
	v.quotes(d, entityMap)
	return v.probs
}

type spanCheck struct {
	text  string
	probs []Problem
}

// ok reports whether s slices the text at character boundaries.
func (v *spanCheck) ok(s nlp.Span) bool {
	return 0 <= s.Start && s.Start <= s.End && s.End <= len(v.text) &&
		utf8.RuneStart(byteAt(v.text, s.Start)) && utf8.RuneStart(byteAt(v.text, s.End))
}

func (v *spanCheck) drop(what string, s nlp.Span) {
	v.probs = append(v.probs, Problem{Stage: stageValidate,
		Err: fmt.Errorf("pipeline: %s span [%d,%d) outside the text or inside a character: dropped", what, s.Start, s.End)})
}

func (v *spanCheck) dropLink(what string, i int) {
	v.probs = append(v.probs, Problem{Stage: stageValidate,
		Err: fmt.Errorf("pipeline: %s refers to entity %d, which does not exist: link dropped", what, i)})
}

// sentencesAndTokens drops all sentences and tokens when one of them is
// wrong: they index one another, so a partial set would mislead.
func (v *spanCheck) sentencesAndTokens(d *nlp.Doc) {
	good := true
	for _, s := range d.Sentences {
		if !v.ok(s.Span) || s.FirstToken < 0 || s.FirstToken > s.EndToken || s.EndToken > len(d.Tokens) {
			v.drop("sentence", s.Span)
			good = false
			break
		}
	}
	for _, t := range d.Tokens {
		if !v.ok(t.Span) || d.Text[t.Start:t.End] != t.Text {
			v.drop("token", t.Span)
			good = false
			break
		}
	}
	if !good {
		d.Sentences, d.Tokens = nil, nil
	}
}

// mentionsAndEntities drops the wrong mentions, renumbers the rest in the
// entities, drops the entities left without a mention and returns the map
// from old to new entity index (-1: dropped).
func (v *spanCheck) mentionsAndEntities(d *nlp.Doc) []int {
	mentionMap := make([]int, len(d.Mentions))
	keep := d.Mentions[:0]
	for i, m := range d.Mentions {
		mentionMap[i] = -1
		if !v.ok(m.Span) {
			v.drop("mention", m.Span)
			continue
		}
		if m.Entity < -1 || m.Entity >= len(d.Entities) {
			v.dropLink("mention", m.Entity)
			m.Entity = -1
		}
		mentionMap[i] = len(keep)
		keep = append(keep, m)
	}
	d.Mentions = keep
	entityMap := make([]int, len(d.Entities))
	keepE := d.Entities[:0]
	for i, e := range d.Entities {
		ms := e.Mentions[:0]
		for _, m := range e.Mentions {
			if m >= 0 && m < len(mentionMap) && mentionMap[m] >= 0 {
				ms = append(ms, mentionMap[m])
			}
		}
		entityMap[i] = -1
		if len(ms) == 0 {
			continue
		}
		e.Mentions = ms
		entityMap[i] = len(keepE)
		keepE = append(keepE, e)
	}
	d.Entities = keepE
	for i := range d.Mentions {
		if e := d.Mentions[i].Entity; e >= 0 {
			d.Mentions[i].Entity = entityMap[e]
		}
	}
	return entityMap
}

// quotes drops the quotes whose span is wrong; a wrong speaker span or
// entity link drops only the speaker's span or link.
func (v *spanCheck) quotes(d *nlp.Doc, entityMap []int) {
	keep := d.Quotes[:0]
	for _, q := range d.Quotes {
		if !v.ok(q.Span) {
			v.drop("quote", q.Span)
			continue
		}
		if q.SpeakerSpan != nlp.NoSpan && !v.ok(q.SpeakerSpan) {
			v.drop("quote speaker", q.SpeakerSpan)
			q.SpeakerSpan = nlp.NoSpan
		}
		switch e := q.SpeakerEntity; {
		case e < -1 || e >= len(entityMap):
			v.dropLink("quote speaker", e)
			q.SpeakerEntity = -1
		case e >= 0:
			q.SpeakerEntity = entityMap[e]
		}
		keep = append(keep, q)
	}
	d.Quotes = keep
}

func byteAt(s string, i int) byte {
	if i >= len(s) {
		return 0
	}
	return s[i]
}

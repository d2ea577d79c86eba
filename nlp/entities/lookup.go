package entities

import (
	"slices"
	"strings"

	"github.com/newsnlp/newsnlp/nlp"
)

// PersonFor returns the index in d.Entities of the PERSON entity that name
// refers to, or -1. name is a person's name as written anywhere ("Rutte",
// "Mr. Rutte", "President Macron"); titles and a possessive are ignored.
// A name equal to one of an entity's mention names wins over a name that
// only abbreviates it; when several people fit, the one with a mention
// closest before the byte offset at wins, else the first after it. It reads
// d.Entities and d.Mentions as Annotate left them.
func (r *Resolver) PersonFor(d *nlp.Doc, name string, at int) int {
	if d == nil || r == nil || r.lex == nil {
		return -1
	}
	words := r.lex.analyze(name, fields(name, 0), nlp.Person).words
	if len(words) == 0 {
		return -1
	}
	var exact, partial []int
	for e := range d.Entities {
		ent := &d.Entities[e]
		if ent.Label != nlp.Person {
			continue
		}
		isExact, isPartial := false, false
		for _, i := range ent.Mentions {
			if i < 0 || i >= len(d.Mentions) {
				continue
			}
			text := d.Mentions[i].Text
			key := r.lex.analyze(text, fields(text, 0), nlp.Person).words
			isExact = isExact || slices.Equal(key, words)
			isPartial = isPartial || isSubsequence(words, key)
		}
		switch {
		case isExact:
			exact = append(exact, e)
		case isPartial:
			partial = append(partial, e)
		}
	}
	cands := exact
	if len(cands) == 0 {
		cands = partial
	}
	switch len(cands) {
	case 0:
		return -1
	case 1:
		return cands[0]
	}
	best, bestStart := -1, -1
	for _, e := range cands {
		for _, i := range d.Entities[e].Mentions {
			if i >= 0 && i < len(d.Mentions) && d.Mentions[i].Start < at && d.Mentions[i].Start > bestStart {
				best, bestStart = e, d.Mentions[i].Start
			}
		}
	}
	if best >= 0 {
		return best
	}
	bestStart = int(^uint(0) >> 1)
	for _, e := range cands {
		for _, i := range d.Entities[e].Mentions {
			if i >= 0 && i < len(d.Mentions) && d.Mentions[i].Start >= at && d.Mentions[i].Start < bestStart {
				best, bestStart = e, d.Mentions[i].Start
			}
		}
	}
	return best
}

// Titles returns the titles written just before (or, with
// KeepMentionSpans, inside) the mentions of entity e, lowercase without
// periods, in order of first use and without repeats: "secretary-general"
// for "NATO Secretary-General Mark Rutte", "foreign minister" for "Foreign
// Minister Sergei Lavrov". The quote stage uses them to resolve
// descriptions such as "the secretary-general said". It returns nil when e
// is out of range or the mentions' tokens are not known.
func (r *Resolver) Titles(d *nlp.Doc, e int) []string {
	if d == nil || r == nil || r.lex == nil || e < 0 || e >= len(d.Entities) {
		return nil
	}
	var out []string
	for _, i := range d.Entities[e].Mentions {
		if i < 0 || i >= len(d.Mentions) {
			continue
		}
		m := &d.Mentions[i]
		ps, ok := mentionPieces(nil, d, m)
		if !ok {
			continue
		}
		nameFirst := m.FirstToken + r.lex.analyze(d.Text, ps, nlp.Person).first
		start := nameFirst
		for start > 0 && r.titleish(d.Tokens[start-1].Text) {
			if d.Tokens[start-1].Text == "." && (start < 2 || !r.lex.isTitle(d.Tokens[start-2].Text)) {
				break // a full stop, not the period of "Mr ."
			}
			start--
		}
		for start < nameFirst && !r.lex.isTitle(d.Tokens[start].Text) && !leadingPortfolio(d.Tokens[start].Text) {
			start++
		}
		end := nameFirst
		for end > start && !r.lex.isTitle(d.Tokens[end-1].Text) && !folded(portfolio, d.Tokens[end-1].Text) &&
			!(end-2 >= start && d.Tokens[end-2].Text == "-") {
			end--
		}
		if start >= end {
			continue
		}
		has := false
		for _, t := range d.Tokens[start:end] {
			has = has || r.lex.isTitle(t.Text)
		}
		from, to := d.Tokens[start].Start, d.Tokens[end-1].End
		if !has || from < 0 || to > len(d.Text) || from >= to {
			continue
		}
		t := strings.Join(strings.Fields(strings.ReplaceAll(strings.ToLower(d.Text[from:to]), ".", "")), " ")
		if t != "" && !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}

// titleish reports whether a token may be part of a title phrase.
func (r *Resolver) titleish(tok string) bool {
	switch strings.ToLower(tok) {
	case "-", ".", "of", "for", "elect", "designate":
		return true
	}
	return r.lex.isTitle(tok) || folded(portfolio, tok)
}

// leadingPortfolio reports whether a portfolio word may open a title
// ("Foreign Minister"), which "and" and "the" may not.
func leadingPortfolio(tok string) bool {
	w := foldWord(tok)
	return portfolio[w] && w != "and" && w != "the"
}

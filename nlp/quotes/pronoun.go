package quotes

import (
	"sort"
	"strings"

	"github.com/newsnlp/newsnlp/nlp"
)

// pronoun resolves a pronoun speaker to the entity it refers to: for "he"
// and "she" a person of that gender (by first name, when known), for "it",
// "they" and "we" an organization; "who" to the person just before it. The
// speaker span stays on the pronoun, the mention the attribution rests on.
// When no referent is found the speaker is left empty, kind
// pronoun_unresolved.
func (rv *resolver) pronoun(i int, low string) {
	d := rv.d
	q := &d.Quotes[i]
	sp := q.SpeakerSpan
	if p := possessivePronouns[low]; p != "" {
		low = p // "his claim that …": he
	}
	e := -1
	switch low {
	case "who":
		if m := mentionBefore(d.Mentions, sp.Start, nlp.Person); m >= 0 && sp.Start-d.Mentions[m].End <= 3 {
			e = d.Mentions[m].Entity
		}
	case "he", "she":
		e = rv.antecedent(sp.Start, nlp.Person, pronounGender(low))
	case "it", "they", "we":
		e = rv.antecedent(sp.Start, nlp.Organization, genderUnknown)
	}
	if e < 0 || e >= len(d.Entities) {
		q.Speaker, q.SpeakerEntity, q.SpeakerKind = "", -1, nlp.SpeakerPronounUnresolved
		return
	}
	q.SpeakerEntity, q.Speaker, q.SpeakerKind = e, d.Entities[e].Canonical, nlp.SpeakerEntity
	if d.Entities[e].Label == nlp.Person {
		if full := fullerName(d, q.Speaker, sp.Start); full != "" {
			q.Speaker = full
		}
	}
}

// possessivePronouns map a possessive determiner standing for the speaker
// ("Contrary to his claim that people would “learn nothing”") to its
// pronoun.
var possessivePronouns = map[string]string{"his": "he", "her": "she", "its": "it", "their": "they", "our": "we"}

// antecedent returns the entity a pronoun at off refers to, or -1. In
// order of preference: the nearest earlier mention of the paragraph that is
// the subject of a clause or the speaker of an earlier quote (the subject
// of the paragraph's reported speech); the speaker of the previous quote;
// for people, the nearest subject mention of the previous paragraph, or the
// one person of the paragraph who fits. Candidates must have the label,
// and for people the gender, the pronoun asks for.
func (rv *resolver) antecedent(off int, label nlp.Label, g gender) int {
	d := rv.d
	ms := d.Mentions
	para := paragraphStart(d.Text, off)
	prevPara := paragraphStart(d.Text, max(para-1, 0))
	for prevPara > 0 && strings.TrimSpace(d.Text[prevPara:para]) == "" {
		prevPara = paragraphStart(d.Text, prevPara-1)
	}
	fits := func(m int) bool {
		e := ms[m].Entity
		return e >= 0 && e < len(d.Entities) && rv.fits(e, label, g)
	}
	n := sort.Search(len(ms), func(i int) bool { return ms[i].End > off })
	for m := n - 1; m >= 0 && ms[m].Start >= para; m-- {
		if fits(m) && (rv.speakerAt[ms[m].Start] || rv.subjectLike(m)) {
			return ms[m].Entity
		}
	}
	if rv.prev >= 0 {
		p := d.Quotes[rv.prev]
		if p.SpeakerSpan.Start >= prevPara && rv.fits(p.SpeakerEntity, label, g) {
			return p.SpeakerEntity
		}
	}
	if label != nlp.Person {
		return -1
	}
	for m := n - 1; m >= 0 && ms[m].Start >= prevPara; m-- {
		if fits(m) && rv.subjectLike(m) {
			return ms[m].Entity
		}
	}
	// The one person of the paragraph who fits, wherever mentioned.
	only := -1
	for m := n - 1; m >= 0 && ms[m].Start >= para; m-- {
		if !fits(m) || ms[m].Entity == only {
			continue
		}
		if only >= 0 {
			return -1
		}
		only = ms[m].Entity
	}
	return only
}

// fits reports whether entity e can be the referent of a pronoun asking
// for label and gender g.
func (rv *resolver) fits(e int, label nlp.Label, g gender) bool {
	if e < 0 || e >= len(rv.d.Entities) {
		return false
	}
	en := rv.d.Entities[e]
	if en.Label != label {
		return false
	}
	if g == genderUnknown || label != nlp.Person {
		return true
	}
	eg := rv.names.of(en.Canonical)
	return eg == genderUnknown || eg == g
}

// subjectLike reports whether mention m stands where a clause's subject
// does: after the start of its sentence, a comma, a conjunction or a quote
// (title words such as "Interior Minister" skipped), and before a verb, an
// adverb or an apposition's comma. "told host Mika Brzezinski" and "by
// Emergencies Minister Yevgeny Zinichev" are not.
func (rv *resolver) subjectLike(m int) bool {
	d := rv.d
	mn := d.Mentions[m]
	toks := d.Tokens
	if mn.FirstToken < 0 || mn.EndToken > len(toks) || mn.FirstToken >= mn.EndToken {
		return false
	}
	if mn.EndToken < len(toks) {
		n := toks[mn.EndToken]
		if n.POS == "POS" || n.Text == "'s" || n.Text == "\u2019s" {
			return false
		}
		if !(n.Text == "," || n.Text == "(" || strings.HasPrefix(n.POS, "VB") || n.POS == "MD" || n.POS == "RB") {
			return false
		}
	}
	first := sentenceFirstToken(d, mn.FirstToken)
	k := mn.FirstToken - 1
	for k >= first && mn.FirstToken-k <= 4 && titleLike(toks[k]) {
		k--
	}
	if k < first {
		return true
	}
	p := toks[k]
	switch p.Text {
	case ",", ";", ":", "\u2014", "\u2013", "(", "\u201c", "\u201d", "\"", ".":
		return true
	}
	if p.POS == "CC" || p.POS == "``" || p.POS == "''" {
		return true
	}
	return clauseOpeners[strings.ToLower(p.Text)]
}

// clauseOpeners open a subordinate clause whose subject may follow.
var clauseOpeners = setOf("while", "when", "as", "after", "because", "although", "though", "since", "if", "where", "whereas")

// titleLike reports whether a token may be part of a title before a name:
// "Interior Minister", "Greek prime minister", "County sheriff", "the".
func titleLike(t nlp.Token) bool {
	switch t.POS {
	case "NNP", "NNPS", "NN", "JJ", "DT":
		return true
	}
	return titles[strings.ToLower(t.Text)]
}

// sentenceFirstToken returns the first token of the sentence holding token
// k, or 0 when the document has no sentences.
func sentenceFirstToken(d *nlp.Doc, k int) int {
	ss := d.Sentences
	i := sort.Search(len(ss), func(i int) bool { return ss[i].EndToken > k })
	if i < len(ss) && ss[i].FirstToken <= k {
		return ss[i].FirstToken
	}
	return 0
}

// paragraphStart is the offset of the first byte of the line holding off.
func paragraphStart(text string, off int) int {
	return strings.LastIndexByte(text[:min(off, len(text))], '\n') + 1
}

// mentionBefore returns the last mention labeled l ending at or before off.
func mentionBefore(ms []nlp.Mention, off int, l nlp.Label) int {
	i := sort.Search(len(ms), func(i int) bool { return ms[i].End > off })
	for i--; i >= 0; i-- {
		if ms[i].Label == l {
			return i
		}
	}
	return -1
}

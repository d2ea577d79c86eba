package quotes

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/newsnlp/newsnlp/nlp"
)

// resolver names the speakers of a document's quotes once the sieve has
// found the words each attribution rests on.
type resolver struct {
	d     *nlp.Doc
	names firstNames
	// prev is the index of the last quote whose speaker is an entity, or -1;
	// prevNamed that of the last quote with any speaker (text-only mode).
	prev, prevNamed int
	// speakerAt holds the starts of the mentions earlier quotes rest on:
	// the subjects of the document's reported speech so far.
	speakerAt map[int]bool
}

func newResolver(d *nlp.Doc, names firstNames) *resolver {
	return &resolver{d: d, names: names, prev: -1, prevNamed: -1, speakerAt: map[int]bool{}}
}

// resolve names the speaker of d.Quotes[i], whose attribution came from
// rule r: an entity of the document (the PERSON or ORGANIZATION mention
// the speaker words hold, the person an apposition or a description names,
// or the referent of a pronoun), else a description noun phrase, else no
// one. It sets Speaker, SpeakerEntity, SpeakerKind and Confidence, and
// reports whether the speaker words were a (possessive) pronoun.
func (rv *resolver) resolve(i int, r rule) (viaPronoun bool) {
	d := rv.d
	q := &d.Quotes[i]
	q.SpeakerKind = nlp.SpeakerNone
	if q.SpeakerSpan == nlp.NoSpan {
		q.Speaker = ""
		return false
	}
	trimContraction(q)
	sp := q.SpeakerSpan
	low := strings.ToLower(q.Speaker)
	viaPronoun = pronouns[low] || possessivePronouns[low] != ""
	switch {
	case len(d.Mentions) == 0:
		rv.textOnly(i, low)
	case viaPronoun:
		rv.pronoun(i, low)
	case objectPronouns[low]:
		q.Speaker, q.SpeakerKind = "", nlp.SpeakerPronounUnresolved
	default:
		rv.phrase(i, r)
	}
	if q.SpeakerKind == nlp.SpeakerEntity || q.SpeakerKind == nlp.SpeakerDescription {
		q.Confidence = confidence(r, q.SpeakerKind, viaPronoun)
		rv.speakerAt[sp.Start] = true
		if q.SpeakerKind == nlp.SpeakerEntity {
			rv.prev = i
		}
		rv.prevNamed = i
	}
	return viaPronoun
}

// objectPronouns stand for a speaker the rules cannot resolve: "told
// him", "one", "you".
var objectPronouns = setOf("him", "them", "us", "me", "you", "one", "someone", "somebody", "everyone", "everybody")

// phrase resolves a speaker noun phrase that is not a pronoun.
func (rv *resolver) phrase(i int, r rule) {
	d := rv.d
	q := &d.Quotes[i]
	sp := q.SpeakerSpan
	if r.needsEntity() || !endsInNoun(d, sp) {
		sp = expandNoun(d, sp)
		q.SpeakerSpan = sp
		q.Speaker = d.Text[sp.Start:sp.End]
	}
	m := mentionIn(d.Mentions, sp)
	// "Chris Wright, the chief technology officer of Red Hat, said": the
	// person the description is in apposition to, not the company.
	if (m < 0 || d.Mentions[m].Label != nlp.Person) && startsDescription(d.Text[sp.Start:sp.End]) && !startsVerb(d, sp) {
		if a := rv.apposedPerson(sp); a >= 0 {
			m = a
		}
	}
	if m >= 0 {
		rv.setMention(q, m)
		return
	}
	if r.needsEntity() {
		rv.clear(q)
		return
	}
	if e := describedEntity(d, q.Speaker); e >= 0 {
		q.SpeakerEntity, q.Speaker, q.SpeakerKind = e, d.Entities[e].Canonical, nlp.SpeakerEntity
		return
	}
	s, e, ok := nounPhrase(d, sp)
	if !ok {
		// "Fifty former intelligence officials, including …, signed a
		// letter saying": the words before the cue are a verb phrase;
		// the speaker is the subject of the sentence.
		if s, e, ok = sentenceSubjectNP(d, sp.Start); !ok {
			rv.clear(q)
			return
		}
	}
	q.SpeakerSpan = nlp.Span{Start: s, End: e}
	q.Speaker = d.Text[s:e]
	q.SpeakerKind = nlp.SpeakerDescription
	// "they've" trimmed to "they": a pronoun after all.
	switch low := strings.ToLower(q.Speaker); {
	case pronouns[low]:
		rv.pronoun(i, low)
	case objectPronouns[low]:
		q.Speaker, q.SpeakerKind = "", nlp.SpeakerPronounUnresolved
	}
}

// setMention makes the mention ms[m] the speaker: its entity's canonical
// name when it has one. A surname alone that several people of the article
// share is the one the article introduced first ("Biden" after "Hunter
// Biden" is still Joe Biden, the family member being called "Hunter").
func (rv *resolver) setMention(q *nlp.Quote, m int) {
	d := rv.d
	mn := d.Mentions[m]
	q.SpeakerSpan = mn.Span
	q.Speaker = mn.Text
	q.SpeakerKind = nlp.SpeakerDescription
	e := mn.Entity
	if e < 0 || e >= len(d.Entities) {
		return
	}
	if mn.Label == nlp.Person && !strings.Contains(mn.Text, " ") {
		e = rv.firstWithSurname(e, mn.Text)
	}
	q.SpeakerEntity, q.Speaker, q.SpeakerKind = e, d.Entities[e].Canonical, nlp.SpeakerEntity
	if d.Entities[e].Label == nlp.Person {
		if full := fullerName(d, q.Speaker, mn.Start); full != "" {
			q.Speaker = full
		}
	}
}

// firstWithSurname returns the person entity introduced first among e and
// the others whose canonical name ends with surname.
func (rv *resolver) firstWithSurname(e int, surname string) int {
	d := rv.d
	best, bestAt := e, firstMention(d, e)
	for j, en := range d.Entities {
		if j == e || en.Label != nlp.Person || !strings.HasSuffix(en.Canonical, " "+surname) {
			continue
		}
		if at := firstMention(d, j); at < bestAt {
			best, bestAt = j, at
		}
	}
	return best
}

func firstMention(d *nlp.Doc, e int) int {
	if len(d.Entities[e].Mentions) == 0 {
		return len(d.Text)
	}
	return d.Mentions[d.Entities[e].Mentions[0]].Start
}

// apposedPerson returns the PERSON mention in apposition to the phrase at
// sp: "Chris Wright, the chief technology officer" or "the mayor of London,
// Sadiq Khan", or -1.
func (rv *resolver) apposedPerson(sp nlp.Span) int {
	d := rv.d
	ms := d.Mentions
	i := sort.Search(len(ms), func(i int) bool { return ms[i].End > sp.End })
	if i < len(ms) && ms[i].Label == nlp.Person && onlyComma(d.Text[sp.End:ms[i].Start]) {
		return i
	}
	j := sort.Search(len(ms), func(i int) bool { return ms[i].End > sp.Start }) - 1
	// "Joe Roe, the mayor, said"; not "Clinton, a top aide said, “is …”"
	// nor "with hosts Joe Scarborough and Mika Brzezinski, the candidate
	// stated": an apposition is closed by a comma too, unless it is a
	// title of an organization ("Chris Wright, the Chief Technological
	// Officer of Red Hat said").
	if j >= 0 && ms[j].Label == nlp.Person && onlyComma(d.Text[ms[j].End:sp.Start]) && !afterPreposition(d, ms[j]) &&
		(closedApposition(d.Text[sp.End:]) || titleOf(d.Text[sp.Start:sp.End])) {
		return j
	}
	return -1
}

// closedApposition reports whether the text after a description closes it
// as an apposition: a comma, a dash, a closing bracket, or the end of the
// sentence.
func closedApposition(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	if rest == "" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return strings.ContainsRune(",.;)\u2014\u2013\n", r)
}

// titleOf reports whether a description is a title of a named body: "the
// chief technology officer of Red Hat".
func titleOf(desc string) bool {
	_, after, ok := strings.Cut(desc, " of ")
	return ok && after != "" && after[0] >= 'A' && after[0] <= 'Z'
}

// afterPreposition reports whether mention m is the object of a
// preposition ("At a press conference in Chelsea, the mayor said"): it
// ends an introductory phrase, it is not in apposition.
func afterPreposition(d *nlp.Doc, m nlp.Mention) bool {
	k := m.FirstToken - 1
	return k >= 0 && k < len(d.Tokens) && (d.Tokens[k].POS == "IN" || d.Tokens[k].POS == "TO")
}

func onlyComma(s string) bool {
	return strings.TrimSpace(s) == ","
}

// startsDescription reports whether a phrase opens like a description: a
// determiner or a lower-case word ("the mayor of London", "a Republican").
func startsDescription(s string) bool {
	if s == "" {
		return false
	}
	w, _, _ := strings.Cut(s, " ")
	return determiners[strings.ToLower(w)] || s[0] >= 'a' && s[0] <= 'z'
}

// clear leaves q without a speaker.
func (rv *resolver) clear(q *nlp.Quote) {
	q.Speaker, q.SpeakerSpan, q.SpeakerEntity = "", nlp.NoSpan, -1
	q.Cue, q.CueSpan = "", nlp.NoSpan
	q.SpeakerKind, q.Confidence = nlp.SpeakerNone, 0
}

// textOnly names the speaker of a document without mentions: the words
// themselves, a pronoun taking the previous named speaker.
func (rv *resolver) textOnly(i int, low string) {
	d := rv.d
	q := &d.Quotes[i]
	if pronouns[low] {
		if rv.prevNamed >= 0 && (low == "he" || low == "she" || low == "who") {
			q.Speaker = d.Quotes[rv.prevNamed].Speaker
			q.SpeakerKind = nlp.SpeakerDescription
			return
		}
		q.Speaker, q.SpeakerKind = "", nlp.SpeakerPronounUnresolved
		return
	}
	if full := fullerName(d, q.Speaker, q.SpeakerSpan.Start); full != "" {
		q.Speaker = full
	}
	q.SpeakerKind = nlp.SpeakerDescription
}

// mentionIn returns the first PERSON mention inside span ("Steve Peers of
// the University of Essex"), else the last ORGANIZATION mention ("a
// spokesman for the Clinton campaign"), or -1.
func mentionIn(ms []nlp.Mention, sp nlp.Span) int {
	i := sort.Search(len(ms), func(i int) bool { return ms[i].End > sp.Start })
	best := -1
	for ; i < len(ms) && ms[i].Start < sp.End; i++ {
		switch ms[i].Label {
		case nlp.Person:
			return i
		case nlp.Organization:
			best = i
		}
	}
	return best
}

// describedEntity resolves a description such as "the secretary-general"
// to the one person entity whose mentions the same title word directly
// precedes in the text ("Secretary-General Mark Rutte"); -1 when none or
// several do.
func describedEntity(d *nlp.Doc, desc string) int {
	f := strings.Fields(strings.ToLower(desc))
	if len(f) < 2 || (f[0] != "the" && f[0] != "a" && f[0] != "an") {
		return -1
	}
	head := f[len(f)-1]
	found := -1
	for ei, e := range d.Entities {
		if e.Label != nlp.Person {
			continue
		}
		for _, mi := range e.Mentions {
			m := d.Mentions[mi]
			s := m.Start - len(head) - 1
			if s < 0 || !strings.EqualFold(d.Text[s:m.Start-1], head) {
				continue
			}
			if found >= 0 && found != ei {
				return -1
			}
			found = ei
		}
	}
	return found
}

func startsUpper(s string) bool {
	return s != "" && s[0] >= 'A' && s[0] <= 'Z'
}

// trimContraction narrows a speaker "He's" or "They’re" to its pronoun.
func trimContraction(q *nlp.Quote) {
	i := strings.IndexAny(q.Speaker, "'\u2019")
	if i <= 0 || !pronouns[strings.ToLower(q.Speaker[:i])] {
		return
	}
	q.SpeakerSpan.End = q.SpeakerSpan.Start + i
	q.Speaker = q.Speaker[:i]
}

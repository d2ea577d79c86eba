package quotes

import (
	"sort"
	"strings"

	"github.com/newsnlp/newsnlp/nlp"
)

// resolve names the speakers of d.Quotes: the speaker span is narrowed to
// the PERSON or ORGANIZATION mention it holds, the speaker is the canonical
// name of that mention's entity, and pronouns ("he", "she", "who") and
// descriptions ("the secretary-general") are resolved to a person of the
// article where the text allows.
func resolve(d *nlp.Doc) {
	ms := d.Mentions
	lastPerson := -1 // index of the last quote whose speaker is a person entity
	lastNamed := -1  // index of the last quote whose speaker is a name (no entities)
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.SpeakerSpan == nlp.NoSpan {
			continue
		}
		sp := q.SpeakerSpan
		low := strings.ToLower(q.Speaker)
		if m := mentionIn(ms, sp); m >= 0 {
			q.SpeakerSpan = ms[m].Span
			q.Speaker = ms[m].Text
			person := ms[m].Label == nlp.Person
			if e := ms[m].Entity; e >= 0 && e < len(d.Entities) {
				q.SpeakerEntity = e
				q.Speaker = d.Entities[e].Canonical
				person = d.Entities[e].Label == nlp.Person
			}
			if person {
				if full := fullerName(d, q.Speaker, ms[m].Start); full != "" {
					q.Speaker = full
				}
				lastPerson = i
			}
			lastNamed = i
			continue
		}
		switch low {
		case "he", "she", "i", "who":
			if low == "who" {
				if m := mentionBefore(ms, sp.Start, nlp.Person); m >= 0 && sp.Start-ms[m].End <= 3 {
					setEntity(d, q, m)
					continue
				}
			}
			if lastPerson >= 0 {
				p := d.Quotes[lastPerson]
				q.SpeakerEntity, q.Speaker = p.SpeakerEntity, p.Speaker
				continue
			}
			if m := mentionBefore(ms, sp.Start, nlp.Person); m >= 0 {
				setEntity(d, q, m)
				if q.SpeakerEntity >= 0 {
					lastPerson = i
				}
				continue
			}
			if len(ms) == 0 && lastNamed >= 0 {
				q.Speaker = d.Quotes[lastNamed].Speaker
			}
		default:
			if e := describedEntity(d, q.Speaker); e >= 0 {
				q.SpeakerEntity, q.Speaker = e, d.Entities[e].Canonical
				if d.Entities[e].Label == nlp.Person {
					lastPerson = i
				}
				continue
			}
			if full := fullerName(d, q.Speaker, sp.Start); full != "" {
				q.Speaker = full
			}
			if startsUpper(q.Speaker) && !pronouns[low] {
				lastNamed = i
			}
		}
	}
}

func setEntity(d *nlp.Doc, q *nlp.Quote, m int) {
	q.Speaker = d.Mentions[m].Text
	if e := d.Mentions[m].Entity; e >= 0 && e < len(d.Entities) {
		q.SpeakerEntity, q.Speaker = e, d.Entities[e].Canonical
	}
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

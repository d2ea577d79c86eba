package entities

import (
	"errors"
	"fmt"
	"slices"
	"unicode/utf8"

	"github.com/newsnlp/newsnlp/nlp"
)

// Resolver groups the entity mentions of a document into entities. It is
// an nlp.Annotator; one Resolver is safe for concurrent use on distinct
// Docs.
type Resolver struct {
	lex       *lexicon
	err       error
	keepSpans bool
}

// Option configures a Resolver.
type Option func(*config)

type config struct {
	noDefaultAliases bool
	aliases          [][]string
	titles           []string
	keepSpans        bool
}

// WithAliases adds one alias group: names that refer to one entity
// wherever they occur together in an article (for example "IOC" and
// "International Olympic Committee" when the acronym rule would not find
// it). Matching ignores case, periods and a leading "the". It may be given
// several times.
func WithAliases(names ...string) Option {
	return func(c *config) { c.aliases = append(c.aliases, names) }
}

// WithoutDefaultAliases drops the embedded alias list (well-known country
// and organization aliases, ISO 3166-1 country names); acronyms are still
// matched to the names they abbreviate.
func WithoutDefaultAliases() Option {
	return func(c *config) { c.noDefaultAliases = true }
}

// WithTitles adds words that are titles rather than names ("Grand",
// "Ayatollah"), lowercase or not, periods ignored.
func WithTitles(words ...string) Option {
	return func(c *config) { c.titles = append(c.titles, words...) }
}

// KeepMentionSpans leaves every Mention's span, tokens and text as the NER
// stage set them. By default the resolver trims a mention to its name:
// titles of a PERSON ("French President Emmanuel Macron" -> "Emmanuel
// Macron"), a possessive token ("’s"), a leading "the" and surrounding
// punctuation tokens are cut off, keeping FirstToken, EndToken, Span and
// Text consistent. Canonical names omit them either way.
func KeepMentionSpans() Option {
	return func(c *config) { c.keepSpans = true }
}

// New returns a Resolver using the embedded title and alias lists,
// changed by opts.
func New(opts ...Option) *Resolver {
	var c config
	for _, o := range opts {
		o(&c)
	}
	r := &Resolver{keepSpans: c.keepSpans}
	switch {
	case c.noDefaultAliases:
		r.lex, r.err = loadLexicon(lexiconFS, false)
	default:
		r.lex, r.err = defaultLexicon()
	}
	if r.err != nil {
		return r
	}
	if len(c.aliases) > 0 || len(c.titles) > 0 {
		r.lex = r.lex.clone()
		for _, a := range c.aliases {
			r.lex.addAliases(a)
		}
		for _, t := range c.titles {
			r.lex.titles[foldWord(t)] = true
		}
	}
	return r
}

// ErrNilDoc is returned by Annotate for a nil *nlp.Doc.
var ErrNilDoc = errors.New("entities: nil document")

// Annotate fills d.Entities from d.Mentions, in order of first mention,
// sets every Mention.Entity and gives all mentions of an entity its label.
// d.Mentions are expected in text order (as the NER stage emits them);
// Entity.Mentions lists indices in ascending order.
//
// Rules, in order:
//   - Mentions with the same normalized name (case, periods, possessive,
//     titles, a leading "the" and corporate suffixes ignored) are one
//     entity.
//   - Alias names (embedded list, WithAliases) are one entity: "U.S.",
//     "United States", "America".
//   - A capitalized acronym joins the first multi-word non-person name of
//     the article whose initials it spells: "NATO" and "North Atlantic
//     Treaty Organization".
//   - A person's shorter name joins the person whose longer name contains
//     its words in order: "Rutte" and "Mark Rutte", "Donald Trump" and
//     "Donald J. Trump". A one-word mention labelled LOCATION,
//     ORGANIZATION or MISC that is a person's last name joins that person
//     unless it is a listed country or alias ("Jordan").
//   - When a short name fits several people ("Clinton" with "Bill Clinton"
//     and "Hillary Clinton"), each of its mentions joins the person
//     mentioned most recently before it, or, if neither was mentioned yet,
//     the one mentioned first after it.
//   - An entity's label is the majority label of its mentions (a surname
//     joined by the last-name rule counts as PERSON), ties going to the
//     earliest mention; its Canonical is the mention name with the most
//     words, then the most characters, then the earliest.
func (r *Resolver) Annotate(d *nlp.Doc) error {
	if d == nil {
		return ErrNilDoc
	}
	if r == nil || r.lex == nil {
		if r != nil && r.err != nil {
			return r.err
		}
		return fmt.Errorf("entities: resolver not created with New")
	}
	d.Entities = d.Entities[:0]
	if len(d.Mentions) == 0 {
		return nil
	}
	ms := make([]mentionState, len(d.Mentions))
	fromTokens := make([]bool, len(d.Mentions))
	var ps []piece // scratch: the pieces of one mention
	for i := range d.Mentions {
		m := &d.Mentions[i]
		var ok bool
		ps, ok = mentionPieces(ps[:0], d, m)
		text := d.Text
		if !ok && !m.Span.Valid(len(d.Text)) {
			text = m.Text
		}
		ms[i] = mentionState{name: r.lex.locate(text, ps, m.Label), vote: m.Label}
		fromTokens[i] = ok
	}
	setKeys(ms)
	entities := cluster(r.lex, ms)

	d.Entities = slices.Grow(d.Entities, len(entities))
	for e, members := range entities {
		label := majority(ms, members)
		best := members[0]
		for _, i := range members[1:] {
			if better(ms[i].name, ms[best].name) {
				best = i
			}
		}
		canonical := ms[best].name.display
		if canonical == "" {
			canonical = fallbackName(d.Mentions[best])
		}
		d.Entities = append(d.Entities, nlp.Entity{Canonical: canonical, Label: label, Mentions: members})
		for _, i := range members {
			m := &d.Mentions[i]
			m.Entity, m.Label = e, label
			if fromTokens[i] && !r.keepSpans {
				trim(d, m, ms[i].name)
			}
		}
	}
	return nil
}

// mentionState is the resolver's view of one mention.
type mentionState struct {
	name name
	// vote is the label this mention votes for.
	vote nlp.Label
}

// setKeys sets the words and key of every name in ms, as analyze does.
// The keys are substrings of one string and the words share one array,
// so that a document's names cost a few allocations.
func setKeys(ms []mentionState) {
	buf := make([]byte, 0, 16*len(ms))
	ends := make([]int, 0, 2*len(ms))
	// keyAt[i] and keyAt[i+1] delimit the ends of name i's words.
	keyAt := make([]int, len(ms)+1)
	for i := range ms {
		sep, n := len(buf), len(ends)
		if sep > 0 {
			buf = append(buf, ' ') // a key starts one byte after the end of the previous one
		}
		buf, ends = appendKey(buf, ends, ms[i].name.display)
		if len(ends) == n {
			buf = buf[:sep]
		}
		keyAt[i+1] = len(ends)
	}
	keys := string(buf)
	words := make([]string, 0, len(ends))
	from := 0
	for i := range ms {
		e := ends[keyAt[i]:keyAt[i+1]]
		if len(e) == 0 {
			continue
		}
		n := &ms[i].name
		n.words, words = splitKey(words, keys, from, e)
		n.key = keys[from:e[len(e)-1]]
		from = e[len(e)-1] + 1
	}
}

// majority returns the most frequent vote among members, ties going to the
// earliest mention.
func majority(ms []mentionState, members []int) nlp.Label {
	counts := map[nlp.Label]int{}
	for _, i := range members {
		counts[ms[i].vote]++
	}
	best := ms[members[0]].vote
	for _, i := range members {
		if counts[ms[i].vote] > counts[best] {
			best = ms[i].vote
		}
	}
	return best
}

// better reports whether name a is fuller than b: more words, then more
// characters.
func better(a, b name) bool {
	if len(a.words) != len(b.words) {
		return len(a.words) > len(b.words)
	}
	return utf8.RuneCountInString(a.display) > utf8.RuneCountInString(b.display)
}

// fallbackName names an entity whose mention has no readable name.
func fallbackName(m nlp.Mention) string {
	if m.Text != "" {
		return m.Text
	}
	if m.Label != "" {
		return string(m.Label)
	}
	return "?"
}

// trim shrinks m to the tokens of its name n.
func trim(d *nlp.Doc, m *nlp.Mention, n name) {
	if n.first == 0 && n.end == m.EndToken-m.FirstToken {
		return
	}
	first, end := m.FirstToken+n.first, m.FirstToken+n.end
	if first >= end {
		return
	}
	m.FirstToken, m.EndToken = first, end
	m.Start, m.End = d.Tokens[first].Start, d.Tokens[end-1].End
	m.Text = d.Text[m.Start:m.End]
}

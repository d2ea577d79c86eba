package quotes

import (
	"strings"
	"unicode/utf8"

	"github.com/newsnlp/newsnlp/nlp"
)

// Finder finds quotations in a document and attributes them to speakers.
// It holds no mutable state: one Finder is safe for concurrent use on
// distinct documents.
type Finder struct {
	keepUnattributed bool
	minUnattributed  int
	names            firstNames
	err              error // loading the first-name table
	trace            func(Trace)
}

// Option configures a Finder.
type Option func(*Finder)

// KeepUnattributed keeps every quoted segment, including short ones no one
// is said to have said (titles, nicknames, scare quotes), which are dropped
// by default.
func KeepUnattributed() Option {
	return func(f *Finder) { f.keepUnattributed = true }
}

// Trace says how one quote was attributed, for error analysis and for
// recounting the rules' confidences (newsnlp eval quotes --rules).
type Trace struct {
	// Doc is the document's ID and Quote the quote's index in its Quotes.
	Doc   string
	Quote int
	// Rule names the sieve rule that found the speaker words ("after",
	// "before", "continued" …; "none" when no rule applied).
	Rule string
	// ViaPronoun: the speaker words are a pronoun or a possessive one
	// ("his"), resolved or not.
	ViaPronoun bool
}

// Tracing calls fn with the Trace of every quote Annotate appends, in
// order, once its speaker is resolved. fn is called from the goroutine
// running Annotate: with one Finder shared by workers it must be safe for
// concurrent use.
func Tracing(fn func(Trace)) Option {
	return func(f *Finder) { f.trace = fn }
}

// New returns a Finder.
func New(opts ...Option) *Finder {
	f := &Finder{minUnattributed: 5}
	f.names, f.err = defaultFirstNames()
	for _, o := range opts {
		o(f)
	}
	return f
}

// found is a quote while the document is processed.
type found struct {
	seg  segment
	para int
	attr attribution
	// paraFirst: the quote opens its paragraph (only quotes before it).
	paraFirst bool
	kind      nlp.QuoteKind
	// prev is the token before the quote when prevOK; prev2 the one
	// before it (kind tPunct with no text when there is none).
	prev, prev2 tok
	prevOK      bool
	// tok is the quote's token index in its paragraph; hypothetical marks
	// irrealis speech ("they'd say “…”"), which no rule attributes.
	tok          int
	hypothetical bool
}

// Annotate appends the quotes of d.Text to d.Quotes. It uses d.Tokens (and
// their POS tags), d.Mentions and d.Entities when present to name speakers,
// and works on the text alone when they are not.
func (f *Finder) Annotate(d *nlp.Doc) error {
	if f.err != nil {
		return f.err
	}
	text := d.Text
	first := len(d.Quotes)
	var rules []rule
	for _, q := range f.find(text) {
		out := nlp.Quote{
			Span:          nlp.Span{Start: q.seg.start, End: q.seg.end},
			Text:          text[q.seg.start:q.seg.end],
			Kind:          q.kind,
			SpeakerSpan:   nlp.NoSpan,
			SpeakerEntity: -1,
			CueSpan:       nlp.NoSpan,
		}
		if q.attr.found {
			out.SpeakerSpan = nlp.Span{Start: q.attr.spkS, End: q.attr.spkE}
			out.Speaker = text[q.attr.spkS:q.attr.spkE]
			if q.attr.cueS >= 0 {
				out.Cue = q.attr.cue
				out.CueSpan = nlp.Span{Start: q.attr.cueS, End: q.attr.cueE}
			}
		}
		d.Quotes = append(d.Quotes, out)
		rules = append(rules, q.attr.rule)
	}
	rv := newResolver(d, f.names)
	for i, r := range rules {
		via := rv.resolve(first+i, r)
		if f.trace != nil {
			f.trace(Trace{Doc: d.ID, Quote: first + i, Rule: r.String(), ViaPronoun: via})
		}
	}
	return nil
}

func onlyQuotesBefore(toks []tok, k int) bool {
	for j := 0; j < k; j++ {
		if toks[j].kind == tWord {
			return false
		}
	}
	return true
}

// colonCue returns the attribution of a paragraph that ends in "X said:",
// introducing a quotation in the next paragraph; with bySubject, that of a
// quote-less paragraph ending in a colon without a cue too.
func colonCue(p *paragraph, bySubject bool) attribution {
	n := len(p.toks)
	if n < 2 || p.toks[n-1].lower != ":" {
		return attribution{}
	}
	lo := 0
	for j := n - 2; j >= 0; j-- {
		if isSentenceEnd(p.toks[j]) || p.toks[j].kind == tQuote {
			lo = j + 1
			break
		}
	}
	for c := n - 2; c >= lo; c-- {
		ce, ok := cueAt(p.text, p.toks, c)
		if !ok {
			continue
		}
		if s, e, ok := subjectBefore(p.toks, c, lo); ok {
			return p.found(s, e, c, ce, ruleColon)
		}
		// "Stated Stone:": an inverted cue opening the sentence.
		if c == lo && p.toks[c].lower != "according" {
			if s, e, ok := subjectAfter(p.toks, ce, n-1); ok && e == n-1 && p.toks[s].upper {
				return p.found(s, e, c, ce, ruleColon)
			}
		}
	}
	// "AIP chairman Markham Robinson reflects this view in comments:"
	// with no cue: the sentence's subject, kept if it names someone.
	if !bySubject {
		return attribution{}
	}
	if s, e, ok := sentenceSubject(p.toks, lo, n-1); ok && e < n-1 {
		return p.found(s, e, -1, -1, ruleColonSubject)
	}
	return attribution{}
}

// kindOf tells a direct quotation (a sentence or more, standing on its own
// or introduced by a cue and a colon or comma) from a partial one embedded
// in reported speech.
func kindOf(p *paragraph, k int) nlp.QuoteKind {
	s := p.segs[p.toks[k].seg]
	if k == 0 || p.sentenceStart(k) == k {
		return nlp.Direct
	}
	prev := p.toks[k-1]
	if prev.kind == tPunct && (prev.lower == ":" || prev.lower == ",") {
		// “…,” he said, “and …”: the rest of a direct quotation.
		for j := k - 2; j >= 0 && j >= k-5; j-- {
			if _, ok := cueAt(p.text, p.toks, j); ok {
				return nlp.Direct
			}
		}
		r, _ := utf8.DecodeRuneInString(p.text[s.start:])
		if r >= 'A' && r <= 'Z' || r == 'I' {
			return nlp.Direct
		}
	}
	return nlp.Partial
}

func wordCount(s string) int {
	return len(strings.Fields(s))
}

// insideTag reports whether offset i is inside an HTML-like tag on its
// line, as in `<tweet author="...">`: such quotes are attribute values.
func insideTag(text string, i int) bool {
	for j := i - 1; j >= 0 && i-j < 400; j-- {
		switch text[j] {
		case '>', '\n':
			return false
		case '<':
			return true
		}
	}
	return false
}

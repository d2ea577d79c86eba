package tokenize

import (
	"errors"
	"strings"

	"github.com/newsnlp/newsnlp/nlp"
)

// ErrNilDoc is returned by Annotate for a nil Doc.
var ErrNilDoc = errors.New("tokenize: nil doc")

// Tokenizer splits text into sentences and tokens. It holds no mutable
// state: one Tokenizer may be used by many goroutines at once.
type Tokenizer struct {
	extra map[string]struct{}
}

// Option configures a Tokenizer.
type Option func(*Tokenizer)

// WithAbbreviations adds abbreviations (written without their final period,
// case-sensitive, e.g. "Dipl", "Ing") that keep their period as part of the
// token. Like "Inc." they end a sentence only before a typical sentence
// opener or at a line break.
func WithAbbreviations(abbrevs ...string) Option {
	return func(t *Tokenizer) {
		if t.extra == nil {
			t.extra = make(map[string]struct{}, len(abbrevs))
		}
		for _, a := range abbrevs {
			a = strings.TrimSuffix(strings.TrimSpace(a), ".")
			if a != "" {
				t.extra[a] = struct{}{}
			}
		}
	}
}

// New returns a Tokenizer with the given options.
func New(opts ...Option) *Tokenizer {
	t := &Tokenizer{}
	for _, o := range opts {
		o(t)
	}
	return t
}

// Annotate sets d.Tokens and d.Sentences from d.Text, replacing any that
// were there. It fails only for a nil d.
func (t *Tokenizer) Annotate(d *nlp.Doc) error {
	if d == nil {
		return ErrNilDoc
	}
	d.Tokens = t.Tokens(make([]nlp.Token, 0, len(d.Text)/5+8), d.Text)
	d.Sentences = t.Sentences(make([]nlp.Sentence, 0, len(d.Tokens)/20+4), d.Text, d.Tokens)
	return nil
}

// Tokens appends the tokens of text to dst and returns the extended slice.
// Each token's Text is text[Start:End]; tokens are in text order, never
// overlap and never contain whitespace or invalid UTF-8.
func (t *Tokenizer) Tokens(dst []nlp.Token, text string) []nlp.Token {
	s := scanner{t: t, text: text, toks: dst}
	s.run()
	return s.toks
}

// abbrevKind classifies w, a word without its final period.
func (t *Tokenizer) abbrevKind(w string) abbrevKind {
	if k := knownAbbrev(w); k != notAbbrev {
		return k
	}
	if isInitial(w) {
		// "George W. Bush", but "vitamin D. The …" ends a sentence.
		return abbrevOther
	}
	if dottedAbbrev(w) {
		return abbrevOther
	}
	if len(t.extra) > 0 {
		if _, ok := t.extra[w]; ok {
			return abbrevOther
		}
	}
	return notAbbrev
}

package nlp

// Span is a half-open byte range [Start, End) of a Doc's Text.
type Span struct {
	Start, End int
}

// Len is the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Valid reports whether the span is a non-empty range inside a text of n bytes.
func (s Span) Valid(n int) bool { return 0 <= s.Start && s.Start < s.End && s.End <= n }

// NoSpan marks an absent span (for example a quote without a speaker).
var NoSpan = Span{-1, -1}

// Token is a word or punctuation token. Text is always Doc.Text[Start:End]:
// tokenizers never rewrite characters (curly quotes stay curly).
type Token struct {
	Span
	Text string
	// POS is a Penn Treebank part-of-speech tag, or "" when no tagger ran.
	POS string
}

// Sentence is a sentence span and the tokens inside it:
// Doc.Tokens[FirstToken:EndToken].
type Sentence struct {
	Span
	FirstToken, EndToken int
}

// Label is an entity type.
type Label string

// The entity labels newsnlp emits.
const (
	Person       Label = "PERSON"
	Location     Label = "LOCATION"
	Organization Label = "ORGANIZATION"
	Misc         Label = "MISC"
)

// Mention is one occurrence of a named entity in the text. Tokens are
// Doc.Tokens[FirstToken:EndToken]; Span covers exactly those tokens.
type Mention struct {
	Span
	FirstToken, EndToken int
	Text                 string
	Label                Label
	// Entity is the index into Doc.Entities of the entity this mention
	// refers to, or -1 before entity resolution ran.
	Entity int
}

// Entity is one distinct entity of a document: a group of mentions that
// refer to the same person, place, organization or thing.
type Entity struct {
	// Canonical is the fullest name used for the entity in the document
	// ("Mark Rutte" for "Mark Rutte" and "Rutte"), titles excluded.
	Canonical string
	Label     Label
	// Mentions are indices into Doc.Mentions, in text order.
	Mentions []int
}

// QuoteKind tells a direct quotation from a partial one embedded in
// reported speech.
type QuoteKind string

// Quote kinds.
const (
	Direct  QuoteKind = "direct"
	Partial QuoteKind = "partial"
)

// SpeakerKind says what a quote's speaker is.
type SpeakerKind string

// Speaker kinds.
const (
	// SpeakerNone: no one is said to have said the quote (titles, scare
	// quotes, hypothetical speech, or no attribution found).
	SpeakerNone SpeakerKind = "none"
	// SpeakerEntity: an entity of the document (Quote.SpeakerEntity).
	SpeakerEntity SpeakerKind = "entity"
	// SpeakerDescription: a noun phrase naming no entity ("a State
	// Department official", "the company's lawyers").
	SpeakerDescription SpeakerKind = "description"
	// SpeakerPronounUnresolved: the attribution rests on a pronoun whose
	// referent was not found; Speaker is "" and SpeakerSpan the pronoun.
	SpeakerPronounUnresolved SpeakerKind = "pronoun_unresolved"
)

// Quote is a quoted segment and its attribution. Span covers the quoted
// words, quote marks excluded.
type Quote struct {
	Span
	Text string
	Kind QuoteKind
	// Speaker is the canonical name of the speaking entity when it is an
	// entity of the document, else the text of the speaker mention; "" when
	// no speaker was found.
	Speaker string
	// SpeakerSpan is the mention the attribution rests on (e.g. "He" in
	// `He added: "..."`), or NoSpan.
	SpeakerSpan Span
	// SpeakerEntity is the index into Doc.Entities of the speaker, or -1.
	SpeakerEntity int
	// SpeakerKind says what Speaker is; Confidence, in [0, 1], how likely
	// the attribution is right (0 when there is no speaker).
	SpeakerKind SpeakerKind
	Confidence  float64
	// Cue is the attribution cue ("said", "according to"), "" if none;
	// CueSpan is where it is, or NoSpan.
	Cue     string
	CueSpan Span
}

// Doc is one article and its annotations. Annotators fill it in stage order:
// tokens and sentences, POS, mentions, entities, quotes.
type Doc struct {
	ID        string
	Text      string
	Sentences []Sentence
	Tokens    []Token
	Mentions  []Mention
	Entities  []Entity
	Quotes    []Quote
}

// Annotator is one language stage. Annotate adds its annotations to d.
// An error means this document could not be annotated by the stage (the
// pipeline records it in the errors table and the document flows on with
// what it has); an Annotator must be safe for concurrent use on distinct
// Docs and must not panic on any input text.
type Annotator interface {
	Annotate(d *Doc) error
}

// AnnotatorFunc adapts a function to the Annotator interface.
type AnnotatorFunc func(d *Doc) error

// Annotate calls f(d).
func (f AnnotatorFunc) Annotate(d *Doc) error { return f(d) }

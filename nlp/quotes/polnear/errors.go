package polnear

import (
	"fmt"
	"io"
	"strings"
)

// ErrorKind says how a prediction disagrees with the gold quotes.
type ErrorKind uint8

const (
	// ErrMissed: a gold quote no prediction matches.
	ErrMissed ErrorKind = iota + 1
	// ErrSpurious: a predicted quote matching no gold quote.
	ErrSpurious
	// ErrSpeaker: a matched quote with a gold source whose predicted
	// speaker span does not overlap it (or is absent).
	ErrSpeaker
)

var errorKindNames = [...]string{ErrMissed: "missed", ErrSpurious: "spurious", ErrSpeaker: "speaker"}

// String returns the kind's name.
func (k ErrorKind) String() string {
	if int(k) < len(errorKindNames) && errorKindNames[k] != "" {
		return errorKindNames[k]
	}
	return "unknown"
}

// Error is one disagreement between a run and the gold quotes, for error
// analysis. Offsets are code points of the corpus text; Gold is {-1, -1}
// for a spurious quote, Pred for a missed one.
type Error struct {
	Kind    ErrorKind
	Article string
	Gold    Fragment
	Sources []Fragment
	Pred    Fragment
	// SpeakerSpan is the predicted speaker mention, {-1, -1} when none;
	// Speaker, SpeakerKind and Cue are the predicted row's columns.
	SpeakerSpan               Fragment
	Speaker, SpeakerKind, Cue string
	// QuoteIndex is the predicted row's quote_index, -1 for a missed quote;
	// Rule the attribution rule that found its speaker, when the caller
	// knows it (quotes.Trace), else "".
	QuoteIndex int
	Rule       string
	text       []rune // the article
}

// ScoreErrors scores as Score does and returns every disagreement too, in
// article and gold order (spurious quotes after each article's gold ones).
func ScoreErrors(splitDir, outDir string) (Result, []Error, error) {
	var errs []Error
	res, err := score(splitDir, outDir, &errs, nil)
	return res, errs, err
}

func errorSink(errs *[]Error, article string, text []rune) func(Error) {
	return func(e Error) {
		if errs == nil {
			return
		}
		e.Article, e.text = article, text
		if e.Kind == ErrMissed {
			e.Pred, e.SpeakerSpan, e.QuoteIndex = Fragment{-1, -1}, Fragment{-1, -1}, -1
		}
		*errs = append(*errs, e)
	}
}

func predError(k ErrorKind, g GoldQuote, p pred) Error {
	e := Error{Kind: k, Gold: g.Fragment, Sources: g.Sources, Pred: p.span, SpeakerSpan: Fragment{-1, -1}, QuoteIndex: p.row.QuoteIndex}
	if p.speaker != nil {
		e.SpeakerSpan = *p.speaker
	}
	if p.row.Speaker != nil {
		e.Speaker = *p.row.Speaker
	}
	if p.row.Cue != nil {
		e.Cue = *p.row.Cue
	}
	e.SpeakerKind = p.row.SpeakerKind
	return e
}

// WriteTSV writes errs one a line: kind, article, gold quote, gold
// sources, predicted quote, predicted speaker span text, speaker column,
// speaker kind, cue, attribution rule, and the paragraph around the quote.
// Tabs and line breaks inside fields are written as spaces.
func WriteTSV(w io.Writer, errs []Error) error {
	var b strings.Builder
	b.WriteString("kind\tarticle\tgold\tsources\tpred\tspeaker_span\tspeaker\tspeaker_kind\tcue\trule\tparagraph\n")
	for _, e := range errs {
		var srcs []string
		for _, s := range e.Sources {
			srcs = append(srcs, e.slice(s))
		}
		at := e.Gold
		if at.Start < 0 {
			at = e.Pred
		}
		fields := []string{e.Kind.String(), e.Article, e.slice(e.Gold), strings.Join(srcs, " | "), e.slice(e.Pred),
			e.slice(e.SpeakerSpan), e.Speaker, e.SpeakerKind, e.Cue, e.Rule, e.paragraph(at)}
		for i, f := range fields {
			fields[i] = strings.NewReplacer("\t", " ", "\n", " ", "\r", " ").Replace(f)
		}
		b.WriteString(strings.Join(fields, "\t"))
		b.WriteByte('\n')
	}
	_, err := io.WriteString(w, b.String())
	if err != nil {
		return fmt.Errorf("polnear: %w", err)
	}
	return nil
}

func (e Error) slice(f Fragment) string {
	if f.Start < 0 || f.End > len(e.text) || f.Start >= f.End {
		return ""
	}
	return string(e.text[f.Start:f.End])
}

// paragraph returns the line holding f with the line before it.
func (e Error) paragraph(f Fragment) string {
	t := e.text
	if f.Start < 0 || f.Start > len(t) {
		return ""
	}
	s, n := f.Start, 0
	for s > 0 && n < 2 {
		s--
		if t[s] == '\n' && s > 0 && t[s-1] != '\n' {
			n++
		}
	}
	end := min(f.End, len(t))
	for end < len(t) && t[end] != '\n' {
		end++
	}
	return string(t[s:end])
}

package diff

import (
	"fmt"
	"strings"

	"github.com/newsnlp/newsnlp/schemas"
)

// snippetLen is the longest quote text shown in a change line, in code
// points.
const snippetLen = 90

// Lines describes the article's changes, one line each: "+" added, "−"
// removed, "~" changed.
func (a ArticleDiff) Lines() []string {
	var out []string
	if a.Status != nil {
		out = append(out, "article "+a.Status.String())
	}
	for _, e := range a.Entities {
		switch e.Kind {
		case Added:
			out = append(out, "+ entity "+entity(e.New))
		case Removed:
			out = append(out, "− entity "+entity(e.Old))
		default:
			out = append(out, fmt.Sprintf("~ entity %q label %s → %s", e.Old.Canonical, e.Old.Label, e.New.Label))
		}
	}
	for _, m := range a.Mentions {
		switch {
		case m.New == nil:
			out = append(out, "− mention "+mention(m.Old))
		case m.Old == nil:
			out = append(out, "+ mention "+mention(m.New))
		default:
			out = append(out, fmt.Sprintf("~ mention %s → %s (%s)", mention(m.Old), mention(m.New), kinds(m.Kinds)))
		}
	}
	for _, q := range a.Quotes {
		switch {
		case q.New == nil:
			out = append(out, "− quote "+quote(q.Old))
		case q.Old == nil:
			out = append(out, "+ quote "+quote(q.New))
		default:
			out = append(out, "~ quote "+quoteChange(q))
		}
	}
	for _, e := range a.Errors {
		out = append(out, errorLine(e))
	}
	return out
}

func errorLine(e ErrorChange) string {
	sign := "+"
	if e.Kind == Removed {
		sign = "−"
	}
	return fmt.Sprintf("%s error %s: %s", sign, e.Error.Stage, e.Error.Message)
}

func kinds(ks []Kind) string {
	s := make([]string, len(ks))
	for i, k := range ks {
		s[i] = k.String()
	}
	return strings.Join(s, ", ")
}

func entity(e *schemas.Entity) string {
	return fmt.Sprintf("%q %s (%d mentions)", e.Canonical, e.Label, e.NMentions)
}

func mention(m *schemas.Mention) string {
	return fmt.Sprintf("%d–%d %q %s", m.Start, m.End, m.Text, m.Label)
}

func quote(q *schemas.Quote) string {
	return fmt.Sprintf("%d–%d “%s” — %s", q.Start, q.End, snippet(q.Text), speakerOf(q))
}

func quoteChange(c QuoteChange) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d–%d “%s”", c.Old.Start, c.Old.End, snippet(c.Old.Text))
	for _, k := range c.Kinds {
		switch k {
		case SpanChanged:
			fmt.Fprintf(&b, "; span → %d–%d “%s”", c.New.Start, c.New.End, snippet(c.New.Text))
		case SpeakerChanged:
			fmt.Fprintf(&b, "; speaker %s → %s", speakerOf(c.Old), speakerOf(c.New))
		}
	}
	return b.String()
}

// speakerOf names a quote's speaker and the mention it rests on.
func speakerOf(q *schemas.Quote) string {
	if q.Speaker == nil {
		return "no speaker"
	}
	s := fmt.Sprintf("%q", *q.Speaker)
	if q.SpeakerStart != nil && q.SpeakerEnd != nil {
		s += fmt.Sprintf(" @%d–%d", *q.SpeakerStart, *q.SpeakerEnd)
	}
	return s
}

func snippet(s string) string {
	r := []rune(s)
	if len(r) <= snippetLen {
		return s
	}
	return string(r[:snippetLen-1]) + "…"
}

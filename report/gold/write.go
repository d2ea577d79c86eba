package gold

import (
	"fmt"
	"io"
	"strings"
)

// WriteText writes the entity scores in conlleval.py's layout, then up to
// maxErrors errors (all when maxErrors < 0).
func (r *EntityResult) WriteText(w io.Writer, maxErrors int) error {
	var b strings.Builder
	writeCoverage(&b, r.Coverage)
	fmt.Fprintf(&b, "gold entities %d  predicted %d\n", r.Overall.Gold, r.Overall.Pred)
	for _, l := range r.Labels() {
		c := r.ByLabel[l]
		fmt.Fprintf(&b, "%14s  P %.4f  R %.4f  F1 %.4f  (gold %d, pred %d)\n", l, c.P(), c.R(), c.F1(), c.Gold, c.Pred)
	}
	fmt.Fprintf(&b, "%14s  P %.4f  R %.4f  F1 %.4f\n", "overall", r.Overall.P(), r.Overall.R(), r.Overall.F1())
	writeErrorHeader(&b, len(r.Errors), maxErrors)
	for i, e := range r.Errors {
		if maxErrors >= 0 && i >= maxErrors {
			break
		}
		switch e.Kind {
		case Missed:
			fmt.Fprintf(&b, "  %s  missed    %d–%d %q %s\n", e.ArticleID, e.Gold.Start, e.Gold.End, e.Gold.Text, e.Gold.Label)
		case Spurious:
			fmt.Fprintf(&b, "  %s  spurious  %d–%d %q %s\n", e.ArticleID, e.Pred.Start, e.Pred.End, e.Pred.Text, e.Pred.Label)
		case WrongLabel:
			fmt.Fprintf(&b, "  %s  label     %d–%d %q gold %s, predicted %s\n", e.ArticleID, e.Gold.Start, e.Gold.End, e.Gold.Text, e.Gold.Label, e.Pred.Label)
		default:
			fmt.Fprintf(&b, "  %s  span      %d–%d %q, predicted %d–%d %q (%s)\n", e.ArticleID, e.Gold.Start, e.Gold.End, e.Gold.Text, e.Pred.Start, e.Pred.End, e.Pred.Text, e.Gold.Label)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteText writes the quote scores in polnear_quotes.py's layout, then up
// to maxErrors errors (all when maxErrors < 0).
func (r *QuoteResult) WriteText(w io.Writer, maxErrors int) error {
	var b strings.Builder
	writeCoverage(&b, r.Coverage)
	fmt.Fprintf(&b, "gold quotes %d  predicted %d\n", r.Gold, r.Pred)
	c := r.Counts(r.Exact)
	fmt.Fprintf(&b, "quotes exact    P %.4f  R %.4f  F1 %.4f\n", c.P(), c.R(), c.F1())
	c = r.Counts(r.Matched)
	fmt.Fprintf(&b, "quotes IoU>=0.5 P %.4f  R %.4f  F1 %.4f\n", c.P(), c.R(), c.F1())
	fmt.Fprintf(&b, "speaker accuracy on matched quotes with a gold speaker %.4f (%d/%d)\n", r.SpeakerAccuracy(), r.SpeakerOK, r.SpeakerTotal)
	c = r.Counts(r.SpeakerOK)
	fmt.Fprintf(&b, "quote+speaker   P %.4f  R %.4f  F1 %.4f\n", c.P(), c.R(), c.F1())
	writeErrorHeader(&b, len(r.Errors), maxErrors)
	for i, e := range r.Errors {
		if maxErrors >= 0 && i >= maxErrors {
			break
		}
		fmt.Fprintf(&b, "  %s  %-13s %d–%d “%s”", e.ArticleID, e.Kind, e.Span[0], e.Span[1], ellipsis(e.Text, 80))
		switch e.Kind {
		case WrongSpeaker:
			fmt.Fprintf(&b, " — gold %q, predicted %q", e.GoldSpeaker, e.PredSpeaker)
		case NoSpeaker, Missed:
			if e.GoldSpeaker != "" {
				fmt.Fprintf(&b, " — gold %q", e.GoldSpeaker)
			}
		case Spurious:
			if e.PredSpeaker != "" {
				fmt.Fprintf(&b, " — predicted %q", e.PredSpeaker)
			}
		}
		b.WriteString("\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func writeCoverage(b *strings.Builder, c Coverage) {
	fmt.Fprintf(b, "articles scored %d; gold articles missing from the run %d; with a different text %d\n", c.Scored, c.Missing, c.TextDiffers)
}

func writeErrorHeader(b *strings.Builder, n, max int) {
	if n == 0 {
		b.WriteString("errors: none\n")
		return
	}
	if max >= 0 && n > max {
		fmt.Fprintf(b, "errors (first %d of %d):\n", max, n)
		return
	}
	fmt.Fprintf(b, "errors (%d):\n", n)
}

func ellipsis(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

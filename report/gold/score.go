package gold

import (
	"strconv"

	"github.com/newsnlp/newsnlp/runread"
)

// PRF are the counts behind precision, recall and F1.
type PRF struct {
	Gold int `json:"gold"`
	Pred int `json:"pred"`
	Hit  int `json:"hit"`
}

// P is precision, 0 without predictions.
func (c PRF) P() float64 { return ratio(c.Hit, c.Pred) }

// R is recall, 0 without gold.
func (c PRF) R() float64 { return ratio(c.Hit, c.Gold) }

// F1 is the harmonic mean of P and R.
func (c PRF) F1() float64 {
	p, r := c.P(), c.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func (c *PRF) add(o PRF) { c.Gold += o.Gold; c.Pred += o.Pred; c.Hit += o.Hit }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Coverage says which gold articles were scored.
type Coverage struct {
	// Scored articles; Missing gold articles the run lacks; TextDiffers
	// gold articles whose text is not the run's.
	Scored      int `json:"scored"`
	Missing     int `json:"missing"`
	TextDiffers int `json:"text_differs"`
}

// ErrorKind classifies a scoring error.
type ErrorKind int

// The kinds of error.
const (
	Missed ErrorKind = iota
	Spurious
	WrongLabel
	WrongSpan
	WrongSpeaker
	NoSpeaker
)

var errorKindNames = [...]string{"missed", "spurious", "wrong_label", "wrong_span", "wrong_speaker", "no_speaker"}

// String returns the kind's name.
func (k ErrorKind) String() string {
	if k >= 0 && int(k) < len(errorKindNames) {
		return errorKindNames[k]
	}
	return "ErrorKind(" + strconv.Itoa(int(k)) + ")"
}

// MarshalText writes the kind's name.
func (k ErrorKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// pairs lines up the gold articles annotated for a task (has) with the
// run's articles, counting the others.
func pairs(golds []Article, r *runread.Run, has func(*Article) bool) (cov Coverage, out []docPair) {
	for i := range golds {
		g := &golds[i]
		if !has(g) {
			continue
		}
		d := r.Doc(g.ArticleID)
		switch {
		case d == nil:
			cov.Missing++
		case g.Text != nil && *g.Text != d.Text:
			cov.TextDiffers++
		default:
			cov.Scored++
			out = append(out, docPair{g, d, []rune(d.Text)})
		}
	}
	return cov, out
}

type docPair struct {
	gold *Article
	doc  *runread.Doc
	text []rune
}

package gold

import (
	"strings"

	"github.com/newsnlp/newsnlp/nlp/quotes/polnear"
	"github.com/newsnlp/newsnlp/runread"
)

// QuoteResult is the quote and speaker score of a run against a gold file,
// with the figures polnear_quotes.py prints.
type QuoteResult struct {
	Coverage
	Gold    int `json:"gold"`    // gold quote segments
	Pred    int `json:"pred"`    // predicted quote segments
	Exact   int `json:"exact"`   // gold segments matched with the same span
	Matched int `json:"matched"` // gold segments matched at IoU ≥ 0.5
	// SpeakerTotal counts matched gold segments that have a speaker;
	// SpeakerOK those whose predicted speaker is right.
	SpeakerTotal int          `json:"speaker_total"`
	SpeakerOK    int          `json:"speaker_ok"`
	Errors       []QuoteError `json:"errors"`
}

// QuoteError is a gold quote missed, a predicted one not in the gold, or a
// matched one whose speaker is wrong or missing.
type QuoteError struct {
	ArticleID string    `json:"article_id"`
	Kind      ErrorKind `json:"kind"`
	Span      [2]int    `json:"span"`
	Text      string    `json:"text"`
	// GoldSpeaker and PredSpeaker name the speakers: the gold name, or the
	// text of its first span; the predicted name and its mention's text.
	GoldSpeaker string `json:"gold_speaker,omitempty"`
	PredSpeaker string `json:"pred_speaker,omitempty"`
}

// Counts returns the quote counts at a level of matching: hits against
// Pred and Gold.
func (r *QuoteResult) Counts(hits int) PRF { return PRF{Gold: r.Gold, Pred: r.Pred, Hit: hits} }

// SpeakerAccuracy is the share of matched gold quotes with a speaker whose
// predicted speaker is right.
func (r *QuoteResult) SpeakerAccuracy() float64 { return ratio(r.SpeakerOK, r.SpeakerTotal) }

// ScoreQuotes scores the run's quotes against the gold quotes.
func ScoreQuotes(golds []Article, r *runread.Run) *QuoteResult {
	cov, ps := pairs(golds, r, func(a *Article) bool { return a.Quotes != nil })
	res := &QuoteResult{Coverage: cov}
	for _, p := range ps {
		scoreQuotes(res, p)
	}
	return res
}

type fragment struct{ s, e int }

type goldSeg struct {
	fragment
	q *Quote
}

type predSeg struct {
	fragment
	speaker *fragment // the predicted speaker mention
	name    string
}

func scoreQuotes(res *QuoteResult, p docPair) {
	text := p.text
	var gold []goldSeg
	for i := range *p.gold.Quotes {
		q := &(*p.gold.Quotes)[i]
		for _, f := range segments(text, q.Start, q.End) {
			gold = append(gold, goldSeg{f, q})
		}
	}
	var pred []predSeg
	for _, q := range p.doc.Quotes {
		var sp *fragment
		if q.SpeakerStart != nil && q.SpeakerEnd != nil && *q.SpeakerEnd > *q.SpeakerStart {
			sp = &fragment{int(*q.SpeakerStart), int(*q.SpeakerEnd)}
		}
		name := ""
		if q.Speaker != nil {
			name = *q.Speaker
		}
		for _, f := range segments(text, int(q.Start), int(q.End)) {
			pred = append(pred, predSeg{f, sp, name})
		}
	}
	res.Gold += len(gold)
	res.Pred += len(pred)
	used := make([]bool, len(pred))
	id := p.gold.ArticleID
	for _, g := range gold {
		best, bi := 0.0, -1
		for i, ps := range pred {
			if used[i] {
				continue
			}
			if v := iou(g.fragment, ps.fragment); v > best {
				best, bi = v, i
			}
		}
		if bi < 0 || best < 0.5 {
			res.Errors = append(res.Errors, QuoteError{ArticleID: id, Kind: Missed, Span: [2]int{g.s, g.e},
				Text: string(text[g.s:g.e]), GoldSpeaker: goldSpeaker(text, g.q)})
			continue
		}
		used[bi] = true
		res.Matched++
		if pred[bi].fragment == g.fragment {
			res.Exact++
		}
		if g.q.Speaker == nil && len(g.q.SpeakerSpans) == 0 {
			continue
		}
		res.SpeakerTotal++
		if speakerRight(g.q, pred[bi]) {
			res.SpeakerOK++
			continue
		}
		e := QuoteError{ArticleID: id, Kind: WrongSpeaker, Span: [2]int{g.s, g.e}, Text: string(text[g.s:g.e]),
			GoldSpeaker: goldSpeaker(text, g.q), PredSpeaker: pred[bi].name}
		if pred[bi].speaker == nil {
			e.Kind = NoSpeaker
		} else if e.PredSpeaker == "" {
			e.PredSpeaker = string(text[pred[bi].speaker.s:pred[bi].speaker.e])
		}
		res.Errors = append(res.Errors, e)
	}
	for i, ps := range pred {
		if !used[i] {
			res.Errors = append(res.Errors, QuoteError{ArticleID: id, Kind: Spurious, Span: [2]int{ps.s, ps.e},
				Text: string(text[ps.s:ps.e]), PredSpeaker: ps.name})
		}
	}
}

// speakerRight: the predicted speaker mention overlaps one of the gold
// speaker spans, when the gold gives spans, and the predicted name equals
// the gold name (case aside), when the gold gives a name.
func speakerRight(g *Quote, p predSeg) bool {
	if g.Speaker != nil && !strings.EqualFold(*g.Speaker, p.name) {
		return false
	}
	if len(g.SpeakerSpans) == 0 {
		return g.Speaker != nil
	}
	if p.speaker == nil {
		return false
	}
	for _, s := range g.SpeakerSpans {
		if min(p.speaker.e, s[1]) > max(p.speaker.s, s[0]) {
			return true
		}
	}
	return false
}

func goldSpeaker(text []rune, q *Quote) string {
	if q.Speaker != nil {
		return *q.Speaker
	}
	if len(q.SpeakerSpans) > 0 {
		s := q.SpeakerSpans[0]
		if s[0] >= 0 && s[1] <= len(text) && s[0] < s[1] {
			return string(text[s[0]:s[1]])
		}
	}
	return ""
}

func iou(a, b fragment) float64 {
	return polnear.IoU(polnear.Fragment{Start: a.s, End: a.e}, polnear.Fragment{Start: b.s, End: b.e})
}

// segments are the scored parts of text[s:e], as polnear_quotes.py splits
// them (polnear.Segments).
func segments(text []rune, s, e int) []fragment {
	var out []fragment
	for _, f := range polnear.Segments(text, s, e) {
		out = append(out, fragment{f.Start, f.End})
	}
	return out
}

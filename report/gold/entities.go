package gold

import (
	"cmp"
	"slices"

	"github.com/newsnlp/newsnlp/runread"
)

// EntityResult is the entity score of a run against a gold file.
type EntityResult struct {
	Coverage
	// ByLabel holds the counts of each label in gold or predictions.
	ByLabel map[string]PRF `json:"by_label"`
	Overall PRF            `json:"overall"`
	Errors  []EntityError  `json:"errors"`
}

// EntityError is a gold entity not found or a predicted one not in the
// gold. A gold and a predicted entity with the same span (WrongLabel) or
// overlapping with the same label (WrongSpan) make one error.
type EntityError struct {
	ArticleID string    `json:"article_id"`
	Kind      ErrorKind `json:"kind"`
	Gold      *Entity   `json:"gold,omitempty"`
	Pred      *Entity   `json:"pred,omitempty"`
}

// Labels returns the labels in order.
func (r *EntityResult) Labels() []string {
	var ls []string
	for l := range r.ByLabel {
		ls = append(ls, l)
	}
	slices.Sort(ls)
	return ls
}

// ScoreEntities scores the run's mentions against the gold entities.
func ScoreEntities(golds []Article, r *runread.Run) *EntityResult {
	cov, ps := pairs(golds, r, func(a *Article) bool { return a.Entities != nil })
	res := &EntityResult{Coverage: cov, ByLabel: map[string]PRF{}}
	for _, p := range ps {
		scoreEntities(res, p)
	}
	for _, c := range res.ByLabel {
		res.Overall.add(c)
	}
	return res
}

type entityKey struct {
	start, end int
	label      string
}

func scoreEntities(res *EntityResult, p docPair) {
	gold := map[entityKey]bool{}
	var gs []Entity
	for _, e := range sortedEntities(*p.gold.Entities) {
		k := entityKey{e.Start, e.End, e.Label}
		if gold[k] {
			continue // a set, as conlleval's chunks are
		}
		gold[k] = true
		e.Text = string(p.text[e.Start:e.End])
		gs = append(gs, e)
		res.count(e.Label, func(c *PRF) { c.Gold++ })
	}
	pred := map[entityKey]bool{}
	var missedPred []Entity
	for _, m := range p.doc.Mentions {
		k := entityKey{int(m.Start), int(m.End), m.Label}
		if pred[k] {
			continue
		}
		pred[k] = true
		res.count(m.Label, func(c *PRF) { c.Pred++ })
		if gold[k] {
			res.count(m.Label, func(c *PRF) { c.Hit++ })
		} else {
			missedPred = append(missedPred, Entity{Start: int(m.Start), End: int(m.End), Label: m.Label, Text: m.Text})
		}
	}
	var missedGold []Entity
	for _, g := range gs {
		if !pred[entityKey{g.Start, g.End, g.Label}] {
			missedGold = append(missedGold, g)
		}
	}
	res.Errors = append(res.Errors, entityErrors(p.gold.ArticleID, missedGold, missedPred)...)
}

func (res *EntityResult) count(label string, f func(*PRF)) {
	c := res.ByLabel[label]
	f(&c)
	res.ByLabel[label] = c
}

// entityErrors pairs unmatched gold and predicted entities into label and
// span errors; the rest are missed or spurious. In text order.
func entityErrors(id string, gold, pred []Entity) []EntityError {
	var out []EntityError
	usedPred := make([]bool, len(pred))
	for i := range gold {
		g := &gold[i]
		kind, j := Missed, -1
		for k := range pred {
			switch {
			case usedPred[k]:
			case pred[k].Start == g.Start && pred[k].End == g.End:
				kind, j = WrongLabel, k
			case kind == Missed && pred[k].Label == g.Label && pred[k].Start < g.End && g.Start < pred[k].End:
				kind, j = WrongSpan, k
			}
			if kind == WrongLabel {
				break
			}
		}
		e := EntityError{ArticleID: id, Kind: kind, Gold: g}
		if j >= 0 {
			usedPred[j] = true
			e.Pred = &pred[j]
		}
		out = append(out, e)
	}
	for k := range pred {
		if !usedPred[k] {
			out = append(out, EntityError{ArticleID: id, Kind: Spurious, Pred: &pred[k]})
		}
	}
	slices.SortStableFunc(out, func(a, b EntityError) int { return cmp.Compare(a.start(), b.start()) })
	return out
}

func (e EntityError) start() int {
	if e.Gold != nil {
		return e.Gold.Start
	}
	return e.Pred.Start
}

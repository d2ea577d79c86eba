package conll

import (
	"fmt"
	"io"
	"slices"
)

// PRF is precision, recall and F1 of one chunk type or group of types.
type PRF struct {
	Precision, Recall, F1 float64
	// Gold, Predicted and Correct are the chunk counts behind the figures.
	Gold, Predicted, Correct int
}

func prf(correct, predicted, gold int) PRF {
	s := PRF{Gold: gold, Predicted: predicted, Correct: correct}
	if predicted > 0 {
		s.Precision = float64(correct) / float64(predicted)
	}
	if gold > 0 {
		s.Recall = float64(correct) / float64(gold)
	}
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
	return s
}

// Counts accumulates chunk matches sentence by sentence. The zero value is
// ready to use.
type Counts struct {
	Tokens                   int
	gold, predicted, correct map[string]int
}

// Add scores one sentence: gold and pred are its tag sequences, of equal
// length. A predicted chunk is correct when a gold chunk has the same
// start, end and type.
func (c *Counts) Add(gold, pred []string) error {
	if len(gold) != len(pred) {
		return fmt.Errorf("conll: score: %d gold tags but %d predicted", len(gold), len(pred))
	}
	if c.gold == nil {
		c.gold, c.predicted, c.correct = map[string]int{}, map[string]int{}, map[string]int{}
	}
	c.Tokens += len(gold)
	g, p := Chunks(gold), Chunks(pred)
	set := make(map[Chunk]bool, len(g))
	for _, ch := range g {
		set[ch] = true
		c.gold[ch.Type]++
	}
	for _, ch := range p {
		c.predicted[ch.Type]++
		if set[ch] {
			c.correct[ch.Type]++
			delete(set, ch)
		}
	}
	return nil
}

// Types lists the chunk types seen in gold or predictions, sorted.
func (c *Counts) Types() []string {
	var ts []string
	for t := range c.gold {
		ts = append(ts, t)
	}
	for t := range c.predicted {
		if _, ok := c.gold[t]; !ok {
			ts = append(ts, t)
		}
	}
	slices.Sort(ts)
	return ts
}

// Type scores one chunk type.
func (c *Counts) Type(t string) PRF { return c.Group(t) }

// Group scores the union of the given chunk types.
func (c *Counts) Group(types ...string) PRF {
	var g, p, k int
	for _, t := range types {
		g += c.gold[t]
		p += c.predicted[t]
		k += c.correct[t]
	}
	return prf(k, p, g)
}

// Overall scores all chunk types together.
func (c *Counts) Overall() PRF { return c.Group(c.Types()...) }

// coreTypes are the types of the PER+LOC+ORG line, as conlleval.py names them.
var coreTypes = []string{"PER", "LOC", "ORG", "PERSON", "LOCATION", "ORGANIZATION", "GPE"}

// Core scores PER+LOC+ORG together (MISC excluded).
func (c *Counts) Core() PRF {
	var ts []string
	for _, t := range c.Types() {
		if slices.Contains(coreTypes, t) {
			ts = append(ts, t)
		}
	}
	return c.Group(ts...)
}

// WriteReport prints the figures in the layout of conlleval.py: a count
// line, one line per type, PER+LOC+ORG, overall, and "overall F1 x".
func (c *Counts) WriteReport(w io.Writer) error {
	all := c.Overall()
	if _, err := fmt.Fprintf(w, "tokens %d  gold chunks %d  predicted %d\n", c.Tokens, all.Gold, all.Predicted); err != nil {
		return err
	}
	line := func(name string, s PRF, counts bool) error {
		var err error
		if counts {
			_, err = fmt.Fprintf(w, "%14s  P %.4f  R %.4f  F1 %.4f  (gold %d, pred %d)\n", name, s.Precision, s.Recall, s.F1, s.Gold, s.Predicted)
		} else {
			_, err = fmt.Fprintf(w, "%14s  P %.4f  R %.4f  F1 %.4f\n", name, s.Precision, s.Recall, s.F1)
		}
		return err
	}
	hasCore := false
	for _, t := range c.Types() {
		if err := line(t, c.Type(t), true); err != nil {
			return err
		}
		hasCore = hasCore || slices.Contains(coreTypes, t)
	}
	if hasCore {
		if err := line("PER+LOC+ORG", c.Core(), false); err != nil {
			return err
		}
	}
	if err := line("overall", all, false); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "overall F1 %.4f\n", all.F1)
	return err
}

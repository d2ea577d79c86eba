package conll

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode"
)

// ErrorKind is the kind of a chunk error.
type ErrorKind uint8

// Error kinds, from the gold chunk's point of view where there is one.
const (
	// TypeConfusion: a predicted chunk has the gold chunk's span but another type.
	TypeConfusion ErrorKind = iota
	// Boundary: a predicted chunk overlaps a gold chunk of the same type with another span.
	Boundary
	// BoundaryType: a predicted chunk overlaps a gold chunk with another span and another type.
	BoundaryType
	// Spurious: a predicted chunk overlaps no gold chunk.
	Spurious
	// Missed: a gold chunk overlaps no predicted chunk.
	Missed
	numErrorKinds
)

// String names the kind as the report prints it.
func (k ErrorKind) String() string {
	switch k {
	case TypeConfusion:
		return "type confusion"
	case Boundary:
		return "boundary"
	case BoundaryType:
		return "boundary+type"
	case Spurious:
		return "spurious"
	case Missed:
		return "missed"
	}
	return fmt.Sprintf("ErrorKind(%d)", uint8(k))
}

// ChunkError is one error: its kind, the gold and predicted types ("" where
// there is no chunk), the text of the gold and predicted chunks, and
// whether the sentence is written in capitals (a headline or table).
type ChunkError struct {
	Kind      ErrorKind
	Gold      string
	Pred      string
	GoldText  string
	PredText  string
	AllCaps   bool
	Doc, Sent int
}

// Errors lists the chunk errors of one sentence. Each gold chunk without
// an exact match yields at most one error (against the first predicted
// chunk it overlaps), each predicted chunk overlapping no gold chunk one
// Spurious error.
func Errors(tokens, gold, pred []string) []ChunkError {
	g, p := Chunks(gold), Chunks(pred)
	caps := capsSentence(tokens)
	text := func(c Chunk) string { return strings.Join(tokens[c.Start:c.End], " ") }
	overlaps := func(a, b Chunk) bool { return a.Start < b.End && b.Start < a.End }
	var out []ChunkError
	for _, gc := range g {
		if slices.Contains(p, gc) {
			continue
		}
		e := ChunkError{Kind: Missed, Gold: gc.Type, GoldText: text(gc), AllCaps: caps}
		for _, pc := range p {
			if !overlaps(gc, pc) {
				continue
			}
			e.Pred, e.PredText = pc.Type, text(pc)
			switch {
			case pc.Start == gc.Start && pc.End == gc.End:
				e.Kind = TypeConfusion
			case pc.Type == gc.Type:
				e.Kind = Boundary
			default:
				e.Kind = BoundaryType
			}
			break
		}
		out = append(out, e)
	}
	for _, pc := range p {
		if !slices.ContainsFunc(g, func(gc Chunk) bool { return overlaps(gc, pc) }) {
			out = append(out, ChunkError{Kind: Spurious, Pred: pc.Type, PredText: text(pc), AllCaps: caps})
		}
	}
	return out
}

// capsSentence reports whether at least 80% of a sentence's words with
// letters (and at least two) are written in capitals.
func capsSentence(tokens []string) bool {
	letters, caps := 0, 0
	for _, t := range tokens {
		if !strings.ContainsFunc(t, unicode.IsLetter) {
			continue
		}
		letters++
		if !strings.ContainsFunc(t, unicode.IsLower) {
			caps++
		}
	}
	return letters >= 2 && caps*10 >= letters*8
}

// ErrorReport groups the errors of a data set.
type ErrorReport struct {
	Errors []ChunkError
}

// AnalyzeErrors collects the errors of preds (per document and sentence,
// as Evaluate returns them) against the gold tags of docs.
func AnalyzeErrors(docs []Document, preds [][][]string) (*ErrorReport, error) {
	if len(preds) != len(docs) {
		return nil, fmt.Errorf("conll: errors: %d documents but %d predicted", len(docs), len(preds))
	}
	r := &ErrorReport{}
	for di, doc := range docs {
		if len(preds[di]) != len(doc.Sentences) {
			return nil, fmt.Errorf("conll: errors: document %d: %d sentences but %d predicted", di, len(doc.Sentences), len(preds[di]))
		}
		for si, s := range doc.Sentences {
			if len(preds[di][si]) != len(s.Gold) {
				return nil, fmt.Errorf("conll: errors: document %d sentence %d: %d gold tags but %d predicted", di, si, len(s.Gold), len(preds[di][si]))
			}
			for _, e := range Errors(s.Tokens, s.Gold, preds[di][si]) {
				e.Doc, e.Sent = di, si
				r.Errors = append(r.Errors, e)
			}
		}
	}
	return r, nil
}

// errorGroup is the key the report groups errors by.
type errorGroup struct {
	kind       ErrorKind
	gold, pred string
}

// Write prints the error counts by kind, then by kind and gold -> predicted
// type, each with its all-caps share and its most frequent texts (up to
// examples of them), largest groups first.
func (r *ErrorReport) Write(w io.Writer, examples int) error {
	var byKind [numErrorKinds]int
	caps := 0
	groups := map[errorGroup][]ChunkError{}
	for _, e := range r.Errors {
		byKind[e.Kind]++
		if e.AllCaps {
			caps++
		}
		k := errorGroup{e.Kind, e.Gold, e.Pred}
		groups[k] = append(groups[k], e)
	}
	if _, err := fmt.Fprintf(w, "errors %d (in all-caps sentences %d)\n", len(r.Errors), caps); err != nil {
		return err
	}
	for k := range numErrorKinds {
		if _, err := fmt.Fprintf(w, "%16s %5d\n", k, byKind[k]); err != nil {
			return err
		}
	}
	keys := make([]errorGroup, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b errorGroup) int {
		if c := cmp.Compare(len(groups[b]), len(groups[a])); c != 0 {
			return c
		}
		return cmp.Or(cmp.Compare(a.kind, b.kind), cmp.Compare(a.gold, b.gold), cmp.Compare(a.pred, b.pred))
	})
	for _, k := range keys {
		es := groups[k]
		nc := 0
		for _, e := range es {
			if e.AllCaps {
				nc++
			}
		}
		if _, err := fmt.Fprintf(w, "\n%s %s -> %s: %d (all-caps %d)\n", k.kind, orDash(k.gold), orDash(k.pred), len(es), nc); err != nil {
			return err
		}
		for _, t := range topTexts(es, examples) {
			if _, err := fmt.Fprintf(w, "  %4d  %s\n", t.n, t.text); err != nil {
				return err
			}
		}
	}
	return nil
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

type textCount struct {
	text string
	n    int
}

// topTexts counts the texts of errors ("gold" / "pred" when both exist)
// and returns the n most frequent, ties in text order.
func topTexts(es []ChunkError, n int) []textCount {
	counts := map[string]int{}
	for _, e := range es {
		t := e.GoldText
		switch {
		case t == "":
			t = e.PredText
		case e.PredText != "" && e.PredText != t:
			t += "  /  " + e.PredText
		}
		counts[t]++
	}
	out := make([]textCount, 0, len(counts))
	for t, c := range counts {
		out = append(out, textCount{t, c})
	}
	slices.SortFunc(out, func(a, b textCount) int {
		return cmp.Or(cmp.Compare(b.n, a.n), cmp.Compare(a.text, b.text))
	})
	return out[:min(n, len(out))]
}

package cleaneval

import (
	"fmt"
	"io"
	"slices"
)

// Result is the score of one page's prediction.
type Result struct {
	Set, ID string
	// TP, FP and FN are the shares of the page's word 4-grams (PageTokens).
	TP, FP, FN float64
	// Exact reports whether the prediction has the gold text's words.
	Exact bool
	// In and Out count the page's snippets; Found and Leaked those of them
	// the prediction holds.
	In, Found, Out, Leaked int
}

// Score scores pred, the main text an extractor found on p ("" when it
// found none).
func Score(p Page, pred string) Result {
	r := Result{Set: p.Set, ID: p.ID}
	r.TP, r.FP, r.FN = PageTokens(p.Gold, pred)
	r.Exact = slices.Equal(Words(p.Gold), Words(pred))
	r.In, r.Out = len(p.Snippets.In), len(p.Snippets.Out)
	r.Found, r.Leaked = p.Snippets.Count(pred)
	return r
}

// Summary is the score of an extractor on a set of pages.
type Summary struct {
	Pages int
	// Tokens is the word 4-gram score: precision and recall are means over
	// pages, as the benchmark's scorer computes them.
	Tokens Scores
	// Accuracy is the share of pages whose prediction has the gold words.
	Accuracy float64
	// Snippets is the snippet score, counts summed over pages.
	Snippets Scores
}

// Summarize scores the results rs.
func Summarize(rs []Result) Summary {
	s := Summary{Pages: len(rs)}
	var sumP, sumR float64
	var nP, nR, exact, in, found, leaked int
	for _, r := range rs {
		if r.TP+r.FP > 0 {
			sumP += pagePrecision(r)
			nP++
		}
		if r.TP+r.FN > 0 {
			sumR += pageRecall(r)
			nR++
		}
		if r.Exact {
			exact++
		}
		in += r.In
		found += r.Found
		leaked += r.Leaked
	}
	s.Tokens = scores(ratio(sumP, float64(nP)), ratio(sumR, float64(nR)))
	s.Accuracy = ratio(float64(exact), float64(len(rs)))
	s.Snippets = scores(ratio(float64(found), float64(found+leaked)), ratio(float64(found), float64(in)))
	return s
}

func pagePrecision(r Result) float64 {
	switch {
	case r.FP == 0 && r.FN == 0:
		return 1
	case r.TP == 0 && r.FP == 0:
		return 0
	}
	return r.TP / (r.TP + r.FP)
}

func pageRecall(r Result) float64 {
	switch {
	case r.FP == 0 && r.FN == 0:
		return 1
	case r.TP == 0 && r.FN == 0:
		return 0
	}
	return r.TP / (r.TP + r.FN)
}

func ratio(a, b float64) float64 {
	if b == 0 {
		return 0
	}
	return a / b
}

// BySet summarizes rs per development set, in the order the sets first
// appear, then all together under "all".
func BySet(rs []Result) (names []string, sums map[string]Summary) {
	groups := map[string][]Result{}
	for _, r := range rs {
		if _, ok := groups[r.Set]; !ok {
			names = append(names, r.Set)
		}
		groups[r.Set] = append(groups[r.Set], r)
	}
	sums = map[string]Summary{}
	for n, g := range groups {
		sums[n] = Summarize(g)
	}
	names = append(names, "all")
	sums["all"] = Summarize(rs)
	return names, sums
}

// WriteTable writes one line per set and extractor: pages, token
// precision/recall/F1, accuracy, snippet precision/recall/F1. results maps
// an extractor's name to its results; extractors are written in the order
// of names.
func WriteTable(w io.Writer, names []string, results map[string][]Result) error {
	if _, err := fmt.Fprintf(w, "%-12s %-28s %5s  %-23s %5s  %s\n", "set", "extractor", "pages", "tokens P / R / F1", "acc", "snippets P / R / F1"); err != nil {
		return err
	}
	sets, _ := BySet(results[names[0]])
	for _, set := range sets {
		for _, n := range names {
			_, sums := BySet(results[n])
			s := sums[set]
			if _, err := fmt.Fprintf(w, "%-12s %-28s %5d  %.3f / %.3f / %.3f  %.3f  %.3f / %.3f / %.3f\n", set, n, s.Pages,
				s.Tokens.Precision, s.Tokens.Recall, s.Tokens.F1, s.Accuracy,
				s.Snippets.Precision, s.Snippets.Recall, s.Snippets.F1); err != nil {
				return err
			}
		}
	}
	return nil
}

// Extractor finds the main text of an HTML page; url may be "". An error
// means it found none: the page scores as an empty prediction.
type Extractor func(page []byte, url string) (string, error)

// Run extracts every page with ex and scores it; preds holds the
// predictions, "" where ex failed.
func Run(pages []Page, ex Extractor) (rs []Result, preds []string) {
	rs, preds = make([]Result, len(pages)), make([]string, len(pages))
	for i, p := range pages {
		if text, err := ex(p.HTML, p.URL); err == nil {
			preds[i] = text
		}
		rs[i] = Score(p, preds[i])
	}
	return rs, preds
}

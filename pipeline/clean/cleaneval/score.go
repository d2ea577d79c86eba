package cleaneval

import (
	"strings"
	"unicode"
)

// Scores are a precision, a recall and their harmonic mean.
type Scores struct {
	Precision, Recall, F1 float64
}

func scores(p, r float64) Scores {
	s := Scores{Precision: p, Recall: r}
	if p+r > 0 {
		s.F1 = 2 * p * r / (p + r)
	}
	return s
}

// Words cuts s into words as the benchmark's scorer does (Python's \w+):
// runs of letters, numbers and "_".
func Words(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return r != '_' && !unicode.IsLetter(r) && !unicode.IsNumber(r)
	})
}

// shingleN is the length of the word n-grams the token score compares.
const shingleN = 4

// shingles is the multiset of the word 4-grams of s.
func shingles(s string) map[string]int {
	w := Words(s)
	m := make(map[string]int, max(len(w)-shingleN+1, 0))
	for i := 0; i+shingleN <= len(w); i++ {
		m[strings.Join(w[i:i+shingleN], "\x00")]++
	}
	return m
}

// PageTokens compares a prediction with the gold text of one page as
// multisets of word 4-grams and returns the shares of true positives, false
// positives and false negatives (summing to 1, or all 0 when both texts
// have no 4-gram).
func PageTokens(gold, pred string) (tp, fp, fn float64) {
	a, b := shingles(gold), shingles(pred)
	var t, p, n int
	for k, c := range b {
		hit := min(c, a[k])
		t += hit
		p += c - hit
	}
	for k, c := range a {
		n += max(c-b[k], 0)
	}
	s := float64(t + p + n)
	if s == 0 {
		return 0, 0, 0
	}
	return float64(t) / s, float64(p) / s, float64(n) / s
}

// snippetWords is the length of a snippet, in words; lines shorter than
// this give no snippet.
const snippetWords = 8

// Snippets are the word windows of a page: those that must be in the main
// text (from the gold paragraphs) and those that must not (from the page's
// other lines).
type Snippets struct {
	In, Out []string
}

// PageSnippets takes one snippet (its first words) from each gold line and
// from each line of the page's visible text that the gold text does not
// hold.
func PageSnippets(gold string, pageLines []string) Snippets {
	var s Snippets
	goldText := joined(Words(gold))
	seen := map[string]bool{}
	for l := range strings.SplitSeq(gold, "\n") {
		if w := Words(l); len(w) >= snippetWords {
			if k := joined(w[:snippetWords]); !seen[k] {
				seen[k] = true
				s.In = append(s.In, k)
			}
		}
	}
	for _, l := range pageLines {
		w := Words(l)
		if len(w) < snippetWords {
			continue
		}
		k := joined(w[:snippetWords])
		if !seen[k] && !strings.Contains(goldText, k) {
			seen[k] = true
			s.Out = append(s.Out, k)
		}
	}
	return s
}

// joined is words as " w1 w2 … ": a substring test on two joined texts
// matches whole words only.
func joined(w []string) string {
	return " " + strings.Join(w, " ") + " "
}

// Count returns how many snippets of s a prediction holds: of those it must
// hold (found) and of those it must not (leaked).
func (s Snippets) Count(pred string) (found, leaked int) {
	p := joined(Words(pred))
	for _, k := range s.In {
		if strings.Contains(p, k) {
			found++
		}
	}
	for _, k := range s.Out {
		if strings.Contains(p, k) {
			leaked++
		}
	}
	return found, leaked
}

package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/newsnlp/newsnlp/nlp/quotes"
	"github.com/newsnlp/newsnlp/nlp/quotes/polnear"
)

// traceSet holds the quotes.Trace of every quote of a run, by article and
// quote index; add is safe for concurrent use.
type traceSet struct {
	mu sync.Mutex
	m  map[quoteKey]quotes.Trace
}

type quoteKey struct {
	article string
	quote   int
}

func (s *traceSet) add(t quotes.Trace) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.m == nil {
		s.m = map[quoteKey]quotes.Trace{}
	}
	s.m[quoteKey{t.Doc, t.Quote}] = t
}

func (s *traceSet) get(article string, quote int) quotes.Trace {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.m[quoteKey{article, quote}]
}

// speakerOut is what the rule counts need of a quotes.jsonl row.
type speakerOut struct {
	kind       string
	confidence float64
}

// speakerKinds reads the speaker kind and confidence of every quote of
// the run in outDir.
func speakerKinds(outDir string) (map[quoteKey]speakerOut, error) {
	f, err := os.Open(filepath.Join(outDir, "quotes.jsonl"))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	m := map[quoteKey]speakerOut{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		var row struct {
			ArticleID   string  `json:"article_id"`
			QuoteIndex  int     `json:"quote_index"`
			SpeakerKind string  `json:"speaker_kind"`
			Confidence  float64 `json:"confidence"`
		}
		if err := json.Unmarshal(sc.Bytes(), &row); err != nil {
			return nil, err
		}
		m[quoteKey{row.ArticleID, row.QuoteIndex}] = speakerOut{row.SpeakerKind, row.Confidence}
	}
	return m, sc.Err()
}

// ruleCount is the tally of one rule, speaker kind and speaker form.
type ruleCount struct {
	rule, kind, form string
	judged, right    int
	confidence       float64 // summed
}

// writeRuleCounts prints, per attribution rule, speaker kind and speaker
// form (a name or a pronoun), how many of the speakers PolNeAR judges are
// right, beside the mean confidence the run gave them: the counts
// nlp/quotes/rule.go's confidences are read from.
func writeRuleCounts(w io.Writer, judged []polnear.Judged, traces *traceSet, kinds map[quoteKey]speakerOut) error {
	counts := map[[3]string]*ruleCount{}
	for _, j := range judged {
		k := quoteKey{j.Article, j.QuoteIndex}
		t, out := traces.get(j.Article, j.QuoteIndex), kinds[k]
		form := "name"
		if t.ViaPronoun {
			form = "pronoun"
		}
		key := [3]string{t.Rule, out.kind, form}
		c := counts[key]
		if c == nil {
			c = &ruleCount{rule: t.Rule, kind: out.kind, form: form}
			counts[key] = c
		}
		c.judged++
		c.confidence += out.confidence
		if j.Right {
			c.right++
		}
	}
	list := make([]*ruleCount, 0, len(counts))
	for _, c := range counts {
		list = append(list, c)
	}
	sort.Slice(list, func(a, b int) bool {
		x, y := list[a], list[b]
		if x.rule != y.rule {
			return x.rule < y.rule
		}
		if x.kind != y.kind {
			return x.kind < y.kind
		}
		return x.form < y.form
	})
	var b strings.Builder
	fmt.Fprintf(&b, "speakers judged by rule (right = span overlaps a gold source)\n")
	fmt.Fprintf(&b, "%-18s %-19s %-8s %7s %7s %6s %10s\n", "rule", "speaker_kind", "form", "right", "judged", "share", "confidence")
	for _, c := range list {
		fmt.Fprintf(&b, "%-18s %-19s %-8s %7d %7d %6.3f %10.3f\n", c.rule, c.kind, c.form, c.right, c.judged,
			float64(c.right)/float64(c.judged), c.confidence/float64(c.judged))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

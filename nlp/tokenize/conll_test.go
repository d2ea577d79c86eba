package tokenize

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/newsnlp/newsnlp/nlp"
)

const conllDev = "../../../shared/data/conll2003/dev.txt"

// detokenize joins CoNLL tokens into raw text the way a news page would
// print them (no space before closing punctuation and clitics, none after
// opening brackets and currency signs, straight quotes alternating) and
// returns the text with each token's span.
func detokenize(words []string) (string, []nlp.Span) {
	var b strings.Builder
	spans := make([]nlp.Span, len(words))
	quoteOpen := false
	noSpaceNext := true
	for i, w := range words {
		space := !noSpaceNext
		noSpaceNext = false
		switch {
		case w == `"`:
			if quoteOpen {
				space = false
			} else {
				noSpaceNext = true
			}
			quoteOpen = !quoteOpen
		case strings.Contains(",.;:!?)]}%", w) && len(w) == 1, w == "...":
			space = false
		case w == "'s" || w == "'S" || w == "n't" || w == "N'T" || w == "'re" || w == "'ve" || w == "'ll" || w == "'m" || w == "'d":
			space = false
		case w == "(" || w == "[" || w == "{" || w == "$":
			noSpaceNext = true
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		spans[i] = nlp.Span{Start: b.Len(), End: b.Len() + len(w)}
		b.WriteString(w)
	}
	return b.String(), spans
}

// TestCoNLLAgreement re-tokenizes the CoNLL-2003 dev sentences from raw
// text (detokenized) and reports the share of CoNLL tokens kept intact.
func TestCoNLLAgreement(t *testing.T) {
	f, err := os.Open(conllDev)
	if err != nil {
		t.Skipf("CoNLL-2003 data not available (%v)", err)
	}
	defer f.Close()
	tk := New()
	var words []string
	intact, total := 0, 0
	misses := map[string]int{}
	check := func() {
		if len(words) == 0 {
			return
		}
		text, spans := detokenize(words)
		toks := tk.Tokens(nil, text)
		got := make(map[nlp.Span]bool, len(toks))
		for _, tok := range toks {
			got[tok.Span] = true
		}
		for i, s := range spans {
			total++
			if got[s] {
				intact++
			} else {
				misses[words[i]]++
			}
		}
		words = words[:0]
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) == 0 || fields[0] == "-DOCSTART-" {
			check()
			continue
		}
		words = append(words, fields[0])
	}
	check()
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	rate := float64(intact) / float64(total)
	t.Logf("CoNLL-2003 dev: %d of %d tokens intact (%.4f)", intact, total, rate)
	if testing.Verbose() {
		for w, n := range misses {
			if n >= 10 {
				t.Logf("  %5d %q", n, w)
			}
		}
	}
	if rate < 0.98 {
		t.Errorf("token agreement %.4f, want >= 0.98", rate)
	}
}

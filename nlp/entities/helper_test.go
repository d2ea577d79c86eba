package entities

import (
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/newsnlp/newsnlp/nlp"
)

// tokenRE is a small tokenizer for tests: words with inner periods
// ("U.S.", "Mr."), possessive "’s" apart, hyphens and other punctuation as
// tokens of their own.
var tokenRE = regexp.MustCompile(`’s|'s|[\p{L}\p{N}]+(?:\.[\p{L}\p{N}]+)*\.?|\S`)

// markedDoc builds a Doc from text in which mentions are marked
// [[Mark Rutte|PERSON]]. Tokens are cut so that every mention boundary is a
// token boundary; a trailing period in a word outside a mention stays with
// the word, as "Mr." would.
func markedDoc(t testing.TB, marked string) *nlp.Doc {
	t.Helper()
	d, err := parseMarked(marked)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

var markRE = regexp.MustCompile(`\[\[([^|\]]+)\|([A-Z]+)\]\]`)

func parseMarked(marked string) (*nlp.Doc, error) {
	d := &nlp.Doc{}
	var b strings.Builder
	last := 0
	type seg struct {
		start, end int
		mention    int
	}
	var segs []seg
	for _, loc := range markRE.FindAllStringSubmatchIndex(marked, -1) {
		before := marked[last:loc[0]]
		segs = append(segs, seg{b.Len(), b.Len() + len(before), -1})
		b.WriteString(before)
		text, label := marked[loc[2]:loc[3]], marked[loc[4]:loc[5]]
		start := b.Len()
		b.WriteString(text)
		segs = append(segs, seg{start, b.Len(), len(d.Mentions)})
		d.Mentions = append(d.Mentions, nlp.Mention{Span: nlp.Span{Start: start, End: b.Len()}, Text: text, Label: nlp.Label(label), Entity: -1})
		last = loc[1]
	}
	segs = append(segs, seg{b.Len(), b.Len() + len(marked) - last, -1})
	b.WriteString(marked[last:])
	d.Text = b.String()
	if strings.Contains(d.Text, "[[") {
		return nil, fmt.Errorf("unparsed mention markup in %q", d.Text)
	}
	for _, s := range segs {
		first := len(d.Tokens)
		for _, loc := range tokenRE.FindAllStringIndex(d.Text[s.start:s.end], -1) {
			a, z := s.start+loc[0], s.start+loc[1]
			d.Tokens = append(d.Tokens, nlp.Token{Span: nlp.Span{Start: a, End: z}, Text: d.Text[a:z]})
		}
		if s.mention >= 0 {
			d.Mentions[s.mention].FirstToken, d.Mentions[s.mention].EndToken = first, len(d.Tokens)
		}
	}
	return d, nil
}

// readFile returns a testdata file's content.
func readFile(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// formatEntities prints one line per entity: canonical, label and its
// mentions' texts.
func formatEntities(d *nlp.Doc) string {
	var b strings.Builder
	for _, e := range d.Entities {
		var texts []string
		for _, i := range e.Mentions {
			texts = append(texts, d.Mentions[i].Text)
		}
		fmt.Fprintf(&b, "%s\t%s\t%s\n", e.Canonical, e.Label, strings.Join(texts, " | "))
	}
	return b.String()
}

// checkInvariants reports every way d breaks the resolver's contract.
func checkInvariants(d *nlp.Doc) error {
	seen := make([]int, len(d.Mentions))
	for e, ent := range d.Entities {
		if ent.Canonical == "" {
			return fmt.Errorf("entity %d: empty canonical", e)
		}
		if len(ent.Mentions) == 0 {
			return fmt.Errorf("entity %d: no mentions", e)
		}
		for k, i := range ent.Mentions {
			if i < 0 || i >= len(d.Mentions) {
				return fmt.Errorf("entity %d: mention %d out of range", e, i)
			}
			if k > 0 && ent.Mentions[k-1] >= i {
				return fmt.Errorf("entity %d: mentions not sorted: %v", e, ent.Mentions)
			}
			if d.Mentions[i].Entity != e {
				return fmt.Errorf("mention %d: Entity %d, listed in entity %d", i, d.Mentions[i].Entity, e)
			}
			if d.Mentions[i].Label != ent.Label {
				return fmt.Errorf("mention %d: label %s, entity %d is %s", i, d.Mentions[i].Label, e, ent.Label)
			}
			seen[i]++
		}
		if e > 0 && d.Entities[e-1].Mentions[0] >= ent.Mentions[0] {
			return fmt.Errorf("entity %d: not in order of first mention", e)
		}
	}
	for i, n := range seen {
		if n != 1 {
			return fmt.Errorf("mention %d: in %d entities", i, n)
		}
	}
	return nil
}

package prosener

import (
	"os"
	"strings"
	"testing"

	"github.com/newsnlp/newsnlp/nlp"
)

func TestLabel(t *testing.T) {
	tests := map[string]nlp.Label{
		"PERSON": nlp.Person, "GPE": nlp.Location, "LOCATION": nlp.Location,
		"ORGANIZATION": nlp.Organization, "FACILITY": nlp.Misc, "GSP": nlp.Misc,
	}
	for in, want := range tests {
		if got := Label(in); got != want {
			t.Errorf("Label(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFind(t *testing.T) {
	tests := []struct {
		text, entity string
		from         int
		want         string
		ok           bool
	}{
		{"said “Barack  Obama” today", "Barack Obama", 0, "Barack  Obama", true},
		{"Obama met Obama", "Obama", 1, "Obama", true},
		{"it’s Tom’s", "Tom's", 0, "Tom’s", true},
		{"nothing here", "Paris", 0, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			a, b, ok := find(tt.text, tt.from, len(tt.text), tt.entity)
			if ok != tt.ok || (ok && tt.text[a:b] != tt.want) {
				t.Errorf("find = %d,%d,%v, want %q %v", a, b, ok, tt.want, tt.ok)
			}
		})
	}
}

// spaceDoc tokenizes at spaces and before , . ” “ (enough for the test
// sentences), one sentence per line.
func spaceDoc(text string) *nlp.Doc {
	d := &nlp.Doc{Text: text}
	start := 0
	for _, line := range strings.SplitAfter(text, "\n") {
		s := nlp.Sentence{FirstToken: len(d.Tokens)}
		i := 0
		for i < len(line) {
			for i < len(line) && (line[i] == ' ' || line[i] == '\n') {
				i++
			}
			j := i
			for j < len(line) && !strings.ContainsRune(" \n,.", rune(line[j])) && !strings.HasPrefix(line[j:], "”") && !strings.HasPrefix(line[j:], "“") {
				j++
			}
			if j == i && i < len(line) {
				switch {
				case strings.HasPrefix(line[i:], "”"), strings.HasPrefix(line[i:], "“"):
					j = i + len("”")
				default:
					j = i + 1
				}
			}
			if j > i {
				d.Tokens = append(d.Tokens, nlp.Token{Span: nlp.Span{Start: start + i, End: start + j}, Text: line[i:j]})
			}
			i = j
		}
		s.EndToken = len(d.Tokens)
		if s.EndToken > s.FirstToken {
			s.Span = nlp.Span{Start: d.Tokens[s.FirstToken].Start, End: d.Tokens[s.EndToken-1].End}
			d.Sentences = append(d.Sentences, s)
		}
		start += len(line)
	}
	return d
}

func TestAnnotate(t *testing.T) {
	a, err := New()
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile("testdata/sentences.txt")
	if err != nil {
		t.Fatal(err)
	}
	d := spaceDoc(string(b))
	if err := a.Annotate(d); err != nil {
		t.Fatal(err)
	}
	got := map[string]nlp.Label{}
	for i, m := range d.Mentions {
		if d.Text[m.Start:m.End] != m.Text || m.Start != d.Tokens[m.FirstToken].Start || m.End != d.Tokens[m.EndToken-1].End || m.Entity != -1 {
			t.Errorf("mention %d %+v: span and tokens disagree", i, m)
		}
		got[m.Text] = m.Label
	}
	// prose finds these; "Paris" at the very end of a text shows the
	// appended " ." works.
	for text, l := range map[string]nlp.Label{"Barack Obama": nlp.Person, "Washington": nlp.Location, "Paris": nlp.Location} {
		if got[text] != l {
			t.Errorf("%q: %q, want %q (all %v)", text, got[text], l, got)
		}
	}
}

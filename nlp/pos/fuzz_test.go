package pos

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/newsnlp/newsnlp/nlp"
	"github.com/newsnlp/newsnlp/nlp/tokenize"
)

// FuzzAnnotate checks that any text, once tokenized, gets a tag from the
// model's tag set (or a PTB quote tag) on every token, and that tagging
// twice gives the same tags.
func FuzzAnnotate(f *testing.F) {
	b, err := os.ReadFile("testdata/tagged.txt")
	if err != nil {
		f.Fatal(err)
	}
	for line := range strings.Lines(string(b)) {
		if text, ok := strings.CutPrefix(line, "text: "); ok {
			f.Add(strings.TrimSpace(text))
		}
	}
	f.Add("\xff“O’Neill’s”\xc3 — 東京… 👍🏽 n’t 's")
	tg := defaultTagger(f)
	valid := map[string]bool{"``": true, "''": true}
	for _, tag := range tg.Tags() {
		valid[tag] = true
	}
	tk := tokenize.New()
	f.Fuzz(func(t *testing.T, text string) {
		d := &nlp.Doc{Text: text}
		if err := tk.Annotate(d); err != nil {
			t.Fatal(err)
		}
		if err := tg.Annotate(d); err != nil {
			t.Fatal(err)
		}
		first := make([]string, len(d.Tokens))
		for i, tok := range d.Tokens {
			if !valid[tok.POS] {
				t.Fatalf("token %q: tag %q not in the tag set", tok.Text, tok.POS)
			}
			first[i] = tok.POS
		}
		if err := tg.Annotate(d); err != nil {
			t.Fatal(err)
		}
		for i, tok := range d.Tokens {
			if tok.POS != first[i] {
				t.Fatalf("token %q: tagged %q then %q", tok.Text, first[i], tok.POS)
			}
		}
	})
}

// FuzzRead feeds Read damaged models: it must return an error or a model
// that tags without panicking, never panic itself.
func FuzzRead(f *testing.F) {
	model, err := os.ReadFile("model/pos.bin")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(model[:len(magic)])
	f.Add(model[:len(model)/3])
	f.Add([]byte(magic + "\x00\x01\x02"))
	var small bytes.Buffer
	tiny := newTagger([]string{"A", "B"}, []string{"x"}, []uint8{noTag}, []clusters{{}}, map[uint64]int32{keyString(tBias, ""): 0}, []float32{1, 0})
	if err := tiny.Save(&small); err != nil {
		f.Fatal(err)
	}
	f.Add(small.Bytes())
	f.Fuzz(func(t *testing.T, b []byte) {
		tg, err := Read(bytes.NewReader(b))
		if err != nil {
			return
		}
		tg.Tag([]string{"x", "y", "“", "Z"})
	})
}

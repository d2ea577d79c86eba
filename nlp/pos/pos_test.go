package pos

import (
	"bytes"
	"os"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/newsnlp/newsnlp/nlp"
	"github.com/newsnlp/newsnlp/nlp/tokenize"
)

const (
	conllTrain = "../../../shared/data/conll2003/train.txt"
	conllDev   = "../../../shared/data/conll2003/dev.txt"
)

func readSentences(t testing.TB, path string) []Sentence {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("CoNLL-2003 data not available (%v)", err)
	}
	defer f.Close()
	s, err := ReadCoNLL(f)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func defaultTagger(t testing.TB) *Tagger {
	t.Helper()
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return tg
}

func TestDevAccuracy(t *testing.T) {
	dev := readSentences(t, conllDev)
	acc := defaultTagger(t).Accuracy(dev)
	t.Logf("CoNLL-2003 dev POS accuracy %.4f", acc)
	if acc < 0.95 {
		t.Errorf("dev accuracy %.4f, want >= 0.95", acc)
	}
}

// TestTagging checks the tags of sentences of our own
// (testdata/tagged.txt).
func TestTagging(t *testing.T) {
	b, err := os.ReadFile("testdata/tagged.txt")
	if err != nil {
		t.Fatal(err)
	}
	tg := defaultTagger(t)
	tk := tokenize.New()
	var text string
	for line := range strings.Lines(string(b)) {
		if v, ok := strings.CutPrefix(line, "text: "); ok {
			text = strings.TrimSpace(v)
			continue
		}
		v, ok := strings.CutPrefix(line, "tags: ")
		if !ok {
			continue
		}
		want := strings.Fields(v)
		t.Run(text, func(t *testing.T) {
			d := &nlp.Doc{Text: text}
			if err := tk.Annotate(d); err != nil {
				t.Fatal(err)
			}
			if err := tg.Annotate(d); err != nil {
				t.Fatal(err)
			}
			if len(d.Tokens) != len(want) {
				t.Fatalf("%d tokens, %d tags in testdata", len(d.Tokens), len(want))
			}
			for i, tok := range d.Tokens {
				if tok.POS != want[i] {
					t.Errorf("%s: got %s, want %s", tok.Text, tok.POS, want[i])
				}
			}
		})
	}
}

func TestAnnotateEveryToken(t *testing.T) {
	tg := defaultTagger(t)
	for _, text := range []string{"", "x", "“Hello”", "\xff\xfe", "東京 — 大阪…", "a b c d e f g h"} {
		d := &nlp.Doc{Text: text}
		if err := tokenize.New().Annotate(d); err != nil {
			t.Fatal(err)
		}
		d.Sentences = nil // all tokens as one sentence
		if err := tg.Annotate(d); err != nil {
			t.Fatal(err)
		}
		for _, tok := range d.Tokens {
			if tok.POS == "" {
				t.Errorf("%q: token %q has no tag", text, tok.Text)
			}
		}
	}
	if err := tg.Annotate(nil); err != ErrNilDoc {
		t.Errorf("Annotate(nil) = %v, want ErrNilDoc", err)
	}
	bad := &nlp.Doc{Text: "a b", Tokens: []nlp.Token{{Text: "a"}}, Sentences: []nlp.Sentence{{FirstToken: 0, EndToken: 2}}}
	if err := tg.Annotate(bad); err == nil {
		t.Error("Annotate with out-of-range sentence: no error")
	}
}

func TestSaveLoadRoundTrip(t *testing.T) {
	tg := defaultTagger(t)
	var buf bytes.Buffer
	if err := tg.Save(&buf); err != nil {
		t.Fatal(err)
	}
	orig, err := os.ReadFile("model/pos.bin")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), orig) {
		t.Errorf("saved model differs from the embedded one (%d vs %d bytes)", buf.Len(), len(orig))
	}
	fsys := fstest.MapFS{"m.bin": {Data: buf.Bytes()}, "bad.bin": {Data: []byte("nope")}, "cut.bin": {Data: buf.Bytes()[:buf.Len()/2]}}
	tg2, err := Load(fsys, "m.bin")
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"The", "U.S.", "military", "said", "it", "would", "act", "."}
	if a, b := tg.Tag(words), tg2.Tag(words); !slices.Equal(a, b) {
		t.Errorf("reloaded model tags %q, original %q", b, a)
	}
	for _, name := range []string{"bad.bin", "cut.bin", "missing.bin"} {
		if _, err := Load(fsys, name); err == nil {
			t.Errorf("Load(%s): no error", name)
		}
	}
}

// TestTrainSmall trains on a slice of the data: it must be deterministic
// and learn something.
func TestTrainSmall(t *testing.T) {
	if testing.Short() {
		t.Skip("training in -short mode")
	}
	train := readSentences(t, conllTrain)[:2000]
	dev := readSentences(t, conllDev)[:500]
	opt := TrainOptions{Epochs: 3, Seed: 7, RareCount: 1}
	a, err := Train(train, opt)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Train(train, opt)
	if err != nil {
		t.Fatal(err)
	}
	var ba, bb bytes.Buffer
	if err := a.Save(&ba); err != nil {
		t.Fatal(err)
	}
	if err := b.Save(&bb); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(ba.Bytes(), bb.Bytes()) {
		t.Error("two trainings with the same seed differ")
	}
	if acc := a.Accuracy(dev); acc < 0.85 {
		t.Errorf("small model dev accuracy %.4f, want >= 0.85", acc)
	}
	if _, err := Train(nil, opt); err == nil {
		t.Error("Train(nil): no error")
	}
}

// TestConcurrent tags the same texts from several goroutines (run with
// -race): results must match the sequential ones.
func TestConcurrent(t *testing.T) {
	text, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	tg := defaultTagger(t)
	tag := func() []string {
		d := &nlp.Doc{Text: string(text)}
		if err := tokenize.New().Annotate(d); err != nil {
			t.Error(err)
			return nil
		}
		if err := tg.Annotate(d); err != nil {
			t.Error(err)
			return nil
		}
		var tags []string
		for _, tok := range d.Tokens {
			tags = append(tags, tok.POS)
		}
		return tags
	}
	want := tag()
	done := make(chan []string)
	for range 4 {
		go func() {
			var got []string
			for range 5 {
				got = tag()
			}
			done <- got
		}()
	}
	for range 4 {
		if got := <-done; !slices.Equal(got, want) {
			t.Error("concurrent tagging differs from sequential")
		}
	}
}

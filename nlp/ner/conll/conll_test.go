package conll

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/newsnlp/newsnlp/nlp"
)

func TestChunks(t *testing.T) {
	tests := []struct {
		name string
		tags string
		want []Chunk
	}{
		{"empty", "", nil},
		{"iob1", "I-ORG I-ORG O I-PER", []Chunk{{0, 2, "ORG"}, {3, 4, "PER"}}},
		{"iob1 touching", "I-PER B-PER I-PER", []Chunk{{0, 1, "PER"}, {1, 3, "PER"}}},
		{"iob2", "B-LOC I-LOC B-LOC O", []Chunk{{0, 2, "LOC"}, {2, 3, "LOC"}}},
		{"type change", "I-LOC I-ORG", []Chunk{{0, 1, "LOC"}, {1, 2, "ORG"}}},
		{"ends at end", "O B-MISC I-MISC", []Chunk{{1, 3, "MISC"}}},
		{"iobes", "S-PER B-ORG E-ORG", []Chunk{{0, 1, "PER"}, {1, 3, "ORG"}}},
		{"bare type", "PER PER O", []Chunk{{0, 2, "PER"}}},
		{"x tag is outside", "-X- I-PER", []Chunk{{1, 2, "PER"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Chunks(strings.Fields(tt.tags))
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Chunks(%q) = %v, want %v", tt.tags, got, tt.want)
			}
		})
	}
}

func readFile(t testing.TB, path string) []Document {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	docs, err := Read(f)
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

func TestReadAndNLPDoc(t *testing.T) {
	docs := readFile(t, "testdata/small.txt")
	if len(docs) != 2 || len(docs[0].Sentences) != 2 || docs[1].NumTokens() != 2 {
		t.Fatalf("got %d docs, want 2 docs of 2 sentences and 2 tokens", len(docs))
	}
	d := NLPDoc("a", docs[0])
	if want := "Acme Widgets hired Jane Roe in Lisbon .\nRoe Doe met Spanish fans"; d.Text != want {
		t.Errorf("text = %q, want %q", d.Text, want)
	}
	for i, tok := range d.Tokens {
		if d.Text[tok.Start:tok.End] != tok.Text {
			t.Errorf("token %d: span %v does not slice %q", i, tok.Span, tok.Text)
		}
	}
	if s := d.Sentences[1]; s.FirstToken != 8 || s.EndToken != 13 || d.Text[s.Start:s.End] != "Roe Doe met Spanish fans" {
		t.Errorf("sentence 1 = %+v", s)
	}
}

func TestReadErrors(t *testing.T) {
	_, err := Read(strings.NewReader("a O\nlonely\n"))
	if err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("err = %v, want a line 2 error", err)
	}
}

func TestTagsRoundTrip(t *testing.T) {
	docs := readFile(t, "testdata/small.txt")
	d := NLPDoc("a", docs[0])
	// Mentions built from the gold chunks must give back the same chunks.
	for si, s := range docs[0].Sentences {
		first := d.Sentences[si].FirstToken
		for _, ch := range Chunks(s.Gold) {
			l, _ := Label(ch.Type)
			d.Mentions = append(d.Mentions, nlp.Mention{FirstToken: first + ch.Start, EndToken: first + ch.End, Label: l})
		}
	}
	for si, tags := range Tags(d) {
		if g, p := Chunks(docs[0].Sentences[si].Gold), Chunks(tags); !reflect.DeepEqual(g, p) {
			t.Errorf("sentence %d: chunks %v, want %v", si, p, g)
		}
	}
}

func TestCounts(t *testing.T) {
	var c Counts
	if err := c.Add(strings.Fields("I-PER I-PER O I-LOC"), strings.Fields("B-PER I-PER O B-ORG")); err != nil {
		t.Fatal(err)
	}
	if err := c.Add([]string{"O"}, nil); err == nil {
		t.Error("Add with unequal lengths: no error")
	}
	if got := c.Type("PER"); got.F1 != 1 {
		t.Errorf("PER = %+v, want F1 1", got)
	}
	if got := c.Overall(); got.Correct != 1 || got.Gold != 2 || got.Predicted != 2 || got.F1 != 0.5 {
		t.Errorf("overall = %+v, want 1 of 2 and 2", got)
	}
}

// perturb makes predictions from gold tags with the errors a tagger makes:
// dropped, retyped, shortened and IOB2-rewritten chunks.
func perturb(gold []string, seed int) []string {
	pred := make([]string, len(gold))
	for i := range pred {
		pred[i] = "O"
	}
	for k, ch := range Chunks(gold) {
		typ, end := ch.Type, ch.End
		switch (k + seed) % 7 {
		case 0:
			continue
		case 1:
			typ = "ORG"
		case 2:
			if end-ch.Start > 1 {
				end--
			}
		}
		for i := ch.Start; i < end; i++ {
			pred[i] = "I-" + typ
		}
		pred[ch.Start] = "B-" + typ
	}
	return pred
}

// TestAgreesWithConlleval scores perturbed predictions on the CoNLL dev
// set with Counts and with ../shared/eval/conlleval.py and compares the
// reports line by line.
func TestAgreesWithConlleval(t *testing.T) {
	const data = "../../../../shared/data/conll2003/dev.txt"
	script, _ := filepath.Abs("../../../../shared/eval/conlleval.py")
	if _, err := os.Stat(data); err != nil {
		t.Skip("CoNLL dev data absent:", err)
	}
	if _, err := os.Stat(script); err != nil {
		t.Skip("conlleval.py absent:", err)
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 absent")
	}
	docs := readFile(t, data)
	var c Counts
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	for di, doc := range docs {
		pred := make([][]string, len(doc.Sentences))
		for si, s := range doc.Sentences {
			pred[si] = perturb(s.Gold, di+si)
			if err := c.Add(s.Gold, pred[si]); err != nil {
				t.Fatal(err)
			}
		}
		if err := WritePredictions(w, doc, pred); err != nil {
			t.Fatal(err)
		}
	}
	w.Flush()
	path := filepath.Join(t.TempDir(), "pred.txt")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(py, script, path).Output()
	if err != nil {
		t.Fatalf("conlleval.py: %v", err)
	}
	var ours bytes.Buffer
	if err := c.WriteReport(&ours); err != nil {
		t.Fatal(err)
	}
	if ours.String() != string(out) {
		t.Errorf("report differs from conlleval.py:\nours:\n%s\nconlleval.py:\n%s", ours.String(), out)
	}
	if f := c.Overall().F1; f < 0.5 || f > 0.95 {
		t.Errorf("perturbed F1 %.3f: the perturbation did not bite", f)
	}
}

func ExampleCounts() {
	var c Counts
	c.Add([]string{"I-PER", "I-PER", "O", "I-LOC"}, []string{"B-PER", "I-PER", "O", "O"})
	s := c.Overall()
	fmt.Printf("P %.2f R %.2f F1 %.2f\n", s.Precision, s.Recall, s.F1)
	// Output: P 1.00 R 0.50 F1 0.67
}

package conll

import (
	"bytes"
	"strings"
	"testing"
)

func TestErrors(t *testing.T) {
	toks := strings.Fields("Wells said Ms. Gross met NATO in Paris Oh")
	gold := strings.Fields("B-ORG O O B-PER O B-ORG O B-LOC O")
	pred := strings.Fields("B-PER O B-PER I-PER O O O B-ORG B-LOC")
	got := Errors(toks, gold, pred)
	want := []ChunkError{
		{Kind: TypeConfusion, Gold: "ORG", Pred: "PER", GoldText: "Wells", PredText: "Wells"},
		{Kind: Boundary, Gold: "PER", Pred: "PER", GoldText: "Gross", PredText: "Ms. Gross"},
		{Kind: Missed, Gold: "ORG", GoldText: "NATO"},
		{Kind: TypeConfusion, Gold: "LOC", Pred: "ORG", GoldText: "Paris", PredText: "Paris"},
		{Kind: Spurious, Pred: "LOC", PredText: "Oh"},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d errors %+v, want %d", len(got), got, len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("error %d = %+v, want %+v", i, got[i], want[i])
		}
	}
	if es := Errors(toks, gold, gold); len(es) != 0 {
		t.Errorf("gold against itself: %d errors", len(es))
	}
	caps := Errors(strings.Fields("SAO PAULO , BRAZIL"), strings.Fields("B-LOC I-LOC O B-LOC"), strings.Fields("B-PER I-PER O B-LOC"))
	if len(caps) != 1 || !caps[0].AllCaps || caps[0].Kind != TypeConfusion {
		t.Errorf("all-caps sentence: %+v", caps)
	}
}

func TestErrorReport(t *testing.T) {
	docs := []Document{{Sentences: []Sentence{
		{Tokens: strings.Fields("Wells and Wells"), Gold: strings.Fields("B-ORG O B-ORG")},
		{Tokens: strings.Fields("Oh , Paris"), Gold: strings.Fields("O O B-LOC")},
	}}}
	preds := [][][]string{{strings.Fields("B-PER O B-PER"), strings.Fields("B-LOC O B-LOC")}}
	r, err := AnalyzeErrors(docs, preds)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := r.Write(&buf, 5); err != nil {
		t.Fatal(err)
	}
	for _, line := range []string{"errors 3 (in all-caps sentences 0)", "type confusion ORG -> PER: 2 (all-caps 0)", "     2  Wells", "spurious - -> LOC: 1"} {
		if !strings.Contains(buf.String(), line) {
			t.Errorf("report lacks %q:\n%s", line, buf.String())
		}
	}
	if _, err := AnalyzeErrors(docs, preds[:0]); err == nil {
		t.Error("mismatched predictions: no error")
	}
}

func TestUpperAndDropType(t *testing.T) {
	docs := []Document{{Sentences: []Sentence{{Tokens: []string{"São", "Paulo"}, Gold: []string{"B-LOC", "I-LOC"}}}}}
	up := Upper(docs)
	if got := strings.Join(up[0].Sentences[0].Tokens, " "); got != "SÃO PAULO" {
		t.Errorf("Upper = %q", got)
	}
	if docs[0].Sentences[0].Tokens[0] != "São" {
		t.Error("Upper changed its input")
	}
	preds := [][][]string{{{"B-MISC", "I-MISC", "B-PER"}}}
	if got := strings.Join(DropType(preds, "MISC")[0][0], " "); got != "O O B-PER" {
		t.Errorf("DropType = %q", got)
	}
	c, err := Score([]Document{{Sentences: []Sentence{{Tokens: []string{"a", "b", "c"}, Gold: []string{"O", "O", "B-PER"}}}}}, DropType(preds, "MISC"))
	if err != nil || c.Overall().F1 != 1 {
		t.Errorf("Score after DropType = %+v, %v", c.Overall(), err)
	}
}

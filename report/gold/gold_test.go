package gold_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsnlp/newsnlp/internal/runtest"
	"github.com/newsnlp/newsnlp/report/gold"
	"github.com/newsnlp/newsnlp/runread"
)

func sampleRun(t *testing.T) *runread.Run {
	t.Helper()
	r, err := runread.Read(runtest.Sample(t, "jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// roundTrip writes articles as a gold file and reads it back.
func roundTrip(t *testing.T, arts []gold.Article) []gold.Article {
	t.Helper()
	var b bytes.Buffer
	if err := gold.Write(&b, arts); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "gold.jsonl")
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := gold.Read(path)
	if err != nil {
		t.Fatal(err)
	}
	return got
}

func TestExportScoresPerfect(t *testing.T) {
	r := sampleRun(t)
	g := roundTrip(t, gold.Export(r))
	ents := gold.ScoreEntities(g, r)
	if ents.Scored != len(r.Docs) || ents.Overall.F1() != 1 || len(ents.Errors) != 0 || ents.Overall.Gold == 0 {
		t.Errorf("entities against their own export: scored %d, %+v, %d errors", ents.Scored, ents.Overall, len(ents.Errors))
	}
	q := gold.ScoreQuotes(g, r)
	if q.Gold == 0 || q.Exact != q.Gold || q.Pred != q.Gold || q.SpeakerOK != q.SpeakerTotal || len(q.Errors) != 0 {
		t.Errorf("quotes against their own export: %+v", q)
	}
}

func TestErrorsAreListed(t *testing.T) {
	r := sampleRun(t)
	g := gold.Export(r)
	// In the gold: one entity relabelled, one dropped (the run's becomes
	// spurious), one quote's speaker moved onto other text, one article
	// unknown to the run.
	a := &g[0]
	ents := *a.Entities
	relabelled := ents[0]
	ents[0].Label = "MISC"
	if relabelled.Label == "MISC" {
		ents[0].Label = "PERSON"
	}
	dropped := ents[1]
	*a.Entities = append(ents[:1:1], ents[2:]...)
	var moved *gold.Quote
	for i := range g {
		for j := range *g[i].Quotes {
			q := &(*g[i].Quotes)[j]
			if moved == nil && len(q.SpeakerSpans) > 0 && q.SpeakerSpans[0][0] > 1 {
				q.SpeakerSpans = [][2]int{{0, 1}}
				moved = q
			}
		}
	}
	if moved == nil {
		t.Fatal("no quote with a speaker in the sample")
	}
	g = append(g, gold.Article{ArticleID: "not-in-the-run", Entities: &[]gold.Entity{}, Quotes: &[]gold.Quote{}})
	g = roundTrip(t, g)

	er := gold.ScoreEntities(g, r)
	if er.Missing != 1 {
		t.Errorf("missing articles %d, want 1", er.Missing)
	}
	if er.Overall.Hit != er.Overall.Pred-2 || er.Overall.Gold != er.Overall.Pred-1 {
		t.Errorf("entity counts %+v, want two predictions wrong and one gold entity fewer", er.Overall)
	}
	var out strings.Builder
	if err := er.WriteText(&out, -1); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"label", "spurious", `"` + dropped.Text + `"`, `"` + relabelled.Text + `"`} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("entity report lacks %q:\n%s", want, out.String())
		}
	}
	qr := gold.ScoreQuotes(g, r)
	if qr.SpeakerOK != qr.SpeakerTotal-1 {
		t.Errorf("speaker right %d of %d, want one wrong", qr.SpeakerOK, qr.SpeakerTotal)
	}
	out.Reset()
	if err := qr.WriteText(&out, -1); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "wrong_speaker") {
		t.Errorf("quote report lacks the wrong speaker:\n%s", out.String())
	}
}

func TestReadRejectsBadGold(t *testing.T) {
	tests := []struct{ name, line string }{
		{"malformed", `{"article_id": "a", "entities": [`},
		{"unknown field", `{"article_id": "a", "entitys": []}`},
		{"no id", `{"entities": []}`},
		{"span past the text", `{"article_id": "a", "text": "abc", "entities": [{"start": 1, "end": 9, "label": "PERSON"}]}`},
		{"text not the span", `{"article_id": "a", "text": "Ann met Bo", "entities": [{"start": 0, "end": 3, "label": "PERSON", "text": "Bo"}]}`},
		{"no label", `{"article_id": "a", "entities": [{"start": 0, "end": 3}]}`},
		{"duplicate", "{\"article_id\": \"a\"}\n{\"article_id\": \"a\"}"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "g.jsonl")
			os.WriteFile(path, []byte(tt.line+"\n"), 0o644)
			if _, err := gold.Read(path); !errors.Is(err, gold.ErrBadGold) {
				t.Errorf("error %v, want ErrBadGold", err)
			}
		})
	}
}

func TestTextDiffersIsNotScored(t *testing.T) {
	r := sampleRun(t)
	g := gold.Export(r)
	other := "another text"
	g[0].Text = &other
	*g[0].Entities = nil
	*g[0].Quotes = nil
	res := gold.ScoreEntities(g, r)
	if res.TextDiffers != 1 || res.Scored != len(r.Docs)-1 || res.Overall.F1() != 1 {
		t.Errorf("coverage %+v, F1 %.3f", res.Coverage, res.Overall.F1())
	}
}

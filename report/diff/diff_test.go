package diff_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsnlp/newsnlp/internal/runtest"
	"github.com/newsnlp/newsnlp/report/diff"
	"github.com/newsnlp/newsnlp/runread"
	"github.com/newsnlp/newsnlp/schemas"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// edited is a copy of a sample run with one article lost, one quote's
// speaker changed and one entity (with its mentions) removed.
type edited struct {
	old, new               *runread.Run
	lost, speaker, removed string // the articles edited
	entity                 string // the removed entity's name
}

func editRun(t *testing.T) edited {
	t.Helper()
	dir := runtest.Sample(t, "jsonl")
	old, err := runread.Read(dir)
	if err != nil {
		t.Fatal(err)
	}
	var e edited
	e.old = old
	e.lost = old.Docs[0].ArticleID
	for _, d := range old.Docs[1:] {
		if e.speaker == "" && len(d.Quotes) > 0 && d.Quotes[0].Speaker != nil {
			e.speaker = d.ArticleID
		} else if e.removed == "" && len(d.Entities) > 0 {
			e.removed = d.ArticleID
		}
	}
	if e.speaker == "" || e.removed == "" {
		t.Fatal("the sample has too few articles with quotes and entities")
	}
	out := t.TempDir()
	var articles []schemas.Article
	var mentions []schemas.Mention
	var entities []schemas.Entity
	var quotes []schemas.Quote
	for _, d := range old.Docs {
		if d.ArticleID == e.lost {
			continue
		}
		articles = append(articles, d.Article)
		qs := append([]schemas.Quote(nil), d.Quotes...)
		if d.ArticleID == e.speaker {
			other := "Somebody Else"
			qs[0].Speaker = &other
		}
		quotes = append(quotes, qs...)
		gone := int32(-1)
		if d.ArticleID == e.removed {
			gone = d.Entities[0].EntityID
			e.entity = d.Entities[0].Canonical
		}
		for _, en := range d.Entities {
			if en.EntityID != gone {
				entities = append(entities, en)
			}
		}
		for _, m := range d.Mentions {
			if m.EntityID != gone {
				mentions = append(mentions, m)
			}
		}
	}
	writeJSONL(t, filepath.Join(out, "articles.jsonl"), articles)
	writeJSONL(t, filepath.Join(out, "mentions.jsonl"), mentions)
	writeJSONL(t, filepath.Join(out, "entities.jsonl"), entities)
	writeJSONL(t, filepath.Join(out, "quotes.jsonl"), quotes)
	writeJSONL(t, filepath.Join(out, "errors.jsonl"), old.Errors)
	if e.new, err = runread.Read(out); err != nil {
		t.Fatal(err)
	}
	return e
}

func writeJSONL[T any](t *testing.T, path string, rows []T) {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	for _, r := range rows {
		if err := enc.Encode(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestReportsEachChange(t *testing.T) {
	e := editRun(t)
	rep, err := diff.Compare(e.old, e.new)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{
		"articles.lost":          1,
		"quotes.speaker_changed": 1,
		"entities.removed":       1,
		"quotes.removed":         0, // the lost article's quotes are not counted twice
		"entities.added":         0,
		"mentions.added":         0,
	}
	for name, n := range want {
		if m, ok := rep.Metric(name); !ok || m.Count != n {
			t.Errorf("%s = %d, want %d", name, m.Count, n)
		}
	}
	if m, _ := rep.Metric("mentions.removed"); m.Count < 1 {
		t.Errorf("mentions.removed = %d, want the removed entity's mentions", m.Count)
	}
	byID := map[string]diff.ArticleDiff{}
	for _, a := range rep.Articles {
		byID[a.ArticleID] = a
	}
	check := func(id, wantLine string) {
		t.Helper()
		lines := strings.Join(byID[id].Lines(), "\n")
		if !strings.Contains(lines, wantLine) {
			t.Errorf("article %s: lines\n%s\nlack %q", id, lines, wantLine)
		}
	}
	check(e.lost, "article lost")
	check(e.speaker, `→ "Somebody Else"`)
	check(e.removed, "− entity "+`"`+e.entity+`"`)
	if len(rep.Articles) != 3 {
		t.Errorf("%d changed articles, want 3", len(rep.Articles))
	}
	for _, tc := range rep.Tables {
		if tc.Table == "articles" && tc.New != tc.Old-1 {
			t.Errorf("articles rows %d → %d, want one fewer", tc.Old, tc.New)
		}
	}
	if ts := rep.Tables[len(rep.Tables)-1]; ts.Table == "tokens" {
		t.Errorf("tables out of order: %v", rep.Tables)
	}
}

func TestSameRunNoChange(t *testing.T) {
	pq, err := runread.Read(runtest.Sample(t, "parquet"))
	if err != nil {
		t.Fatal(err)
	}
	jl, err := runread.Read(runtest.Sample(t, "jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	rep, err := diff.Compare(pq, jl)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range rep.Metrics {
		if m.Count != 0 {
			t.Errorf("%s = %d between the Parquet and JSONL output of one input", m.Name, m.Count)
		}
	}
	if len(rep.Articles) != 0 {
		t.Errorf("changed articles: %v", rep.Articles)
	}
}

func TestRules(t *testing.T) {
	e := editRun(t)
	rep, err := diff.Compare(e.old, e.new)
	if err != nil {
		t.Fatal(err)
	}
	quotes, _ := rep.Metric("quotes.speaker_changed")
	tests := []struct {
		rule  string
		fails bool
	}{
		{"articles.lost>0", true},
		{"articles.lost >= 2", false},
		{"quotes.speaker_changed>0%", true},
		{"quotes.speaker_changed>99%", false},
		{"entities.added!=0", false},
		{"mentions.span_changed==0", true},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			r, err := diff.ParseRule(tt.rule)
			if err != nil {
				t.Fatal(err)
			}
			if got := len(rep.Check([]diff.Rule{r})) > 0; got != tt.fails {
				t.Errorf("fails = %v, want %v (speaker rate %.3f)", got, tt.fails, quotes.Rate)
			}
		})
	}
	for _, bad := range []string{"quotes.speaker>2%", "articles.lost", "articles.lost>x", ""} {
		if _, err := diff.ParseRule(bad); err == nil {
			t.Errorf("ParseRule(%q): no error", bad)
		}
	}
}

func TestWriteGolden(t *testing.T) {
	old, err := runread.Read(filepath.Join("testdata", "old"))
	if err != nil {
		t.Fatal(err)
	}
	new, err := runread.Read(filepath.Join("testdata", "new"))
	if err != nil {
		t.Fatal(err)
	}
	rep, err := diff.Compare(old, new)
	if err != nil {
		t.Fatal(err)
	}
	rep.Old, rep.New = "old", "new"
	r, _ := diff.ParseRule("articles.lost>0")
	failed := rep.Check([]diff.Rule{r})
	for _, f := range []struct {
		name  string
		write func(*bytes.Buffer) error
	}{
		{"report.txt", func(b *bytes.Buffer) error { return rep.WriteText(b, failed, diff.Options{}) }},
		{"report.md", func(b *bytes.Buffer) error { return rep.WriteMarkdown(b, failed, diff.Options{}) }},
	} {
		t.Run(f.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := f.write(&b); err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", f.name)
			if *update {
				if err := os.WriteFile(golden, b.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if b.String() != string(want) {
				t.Errorf("%s differs from the golden file (go test -update to rewrite):\n%s", f.name, b.String())
			}
		})
	}
	var b bytes.Buffer
	if err := rep.WriteJSON(&b, failed); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Metrics []diff.Metric `json:"metrics"`
		Failed  []struct {
			Rule string `json:"rule"`
		} `json:"failed"`
		Articles []struct {
			ArticleID string `json:"article_id"`
			Status    string `json:"status"`
		} `json:"articles"`
	}
	if err := json.Unmarshal(b.Bytes(), &got); err != nil {
		t.Fatalf("JSON report: %v", err)
	}
	if len(got.Failed) != 1 || got.Failed[0].Rule != "articles.lost>0" || len(got.Metrics) != len(diff.MetricNames()) {
		t.Errorf("JSON report: failed %v, %d metrics", got.Failed, len(got.Metrics))
	}
	if len(got.Articles) == 0 || got.Articles[0].Status != "lost" {
		t.Errorf("JSON report: first article %+v, want status lost", got.Articles)
	}
}

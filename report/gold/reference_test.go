package gold_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/newsnlp/newsnlp/internal/benchdata"
	"github.com/newsnlp/newsnlp/internal/runtest"
	"github.com/newsnlp/newsnlp/nlp/ner"
	"github.com/newsnlp/newsnlp/nlp/ner/conll"
	"github.com/newsnlp/newsnlp/nlp/quotes/polnear"
	"github.com/newsnlp/newsnlp/pipeline"
	"github.com/newsnlp/newsnlp/report/gold"
	"github.com/newsnlp/newsnlp/runread"
	"github.com/newsnlp/newsnlp/schemas"
)

// reference returns the command running a reference scorer of
// ../shared/eval; it skips when the script is absent, and when python3 is
// absent outside CI (in CI, .ci/run installs it, so its absence fails).
func reference(t *testing.T, script string, args ...string) []string {
	t.Helper()
	path := filepath.Join(benchdata.Dir(), "..", "eval", script)
	if _, err := os.Stat(path); err != nil {
		t.Skipf("%s absent (%v): the reference scorers live outside the repository, in ../shared/eval", script, err)
	}
	if _, err := exec.LookPath("python3"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("python3 not found, and CI is set: .ci/run installs it")
		}
		t.Skip("python3 not found")
	}
	out, err := exec.Command("python3", append([]string{path}, args...)...).Output()
	if err != nil {
		t.Fatalf("%s: %v", script, err)
	}
	return strings.Split(strings.TrimSpace(string(out)), "\n")
}

func writeJSONL[T any](t *testing.T, path string, rows []T) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	for _, r := range rows {
		if err := enc.Encode(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

// conllArticle lays a CoNLL document out as text (tokens joined by spaces,
// sentences by line breaks) and returns the code point span of each token.
func conllArticle(doc conll.Document) (string, [][][2]int) {
	var b strings.Builder
	spans := make([][][2]int, len(doc.Sentences))
	n := 0
	for si, s := range doc.Sentences {
		if si > 0 {
			b.WriteByte('\n')
			n++
		}
		for ti, tok := range s.Tokens {
			if ti > 0 {
				b.WriteByte(' ')
				n++
			}
			l := len([]rune(tok))
			spans[si] = append(spans[si], [2]int{n, n + l})
			b.WriteString(tok)
			n += l
		}
	}
	return b.String(), spans
}

var conllLine = regexp.MustCompile(`^\s*(\S+)\s+P ([\d.]+)\s+R ([\d.]+)\s+F1 ([\d.]+)(?:\s+\(gold (\d+), pred (\d+)\))?$`)

// TestEntitiesEqualConlleval converts CoNLL-2003 dev and the embedded
// model's predictions on it to a gold file and a run, and checks that
// ScoreEntities prints the figures conlleval.py prints on the same
// predictions.
func TestEntitiesEqualConlleval(t *testing.T) {
	f, err := os.Open(benchdata.Path(t, "conll2003/dev.txt"))
	if err != nil {
		t.Fatal(err)
	}
	docs, err := conll.Read(f)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	m, err := ner.Default()
	if err != nil {
		t.Fatal(err)
	}
	_, preds, err := conll.Evaluate(m, docs)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	predFile := filepath.Join(dir, "predictions.txt")
	pf, err := os.Create(predFile)
	if err != nil {
		t.Fatal(err)
	}
	pw := bufio.NewWriter(pf)
	var golds []gold.Article
	var articles []schemas.Article
	var mentions []schemas.Mention
	for i, doc := range docs {
		if err := conll.WritePredictions(pw, doc, preds[i]); err != nil {
			t.Fatal(err)
		}
		pw.WriteString("-DOCSTART- -X- -X- O\n\n")
		text, spans := conllArticle(doc)
		id := fmt.Sprintf("dev-%d", i)
		ents := []gold.Entity{}
		for si, s := range doc.Sentences {
			for _, c := range conll.Chunks(s.Gold) {
				ents = append(ents, gold.Entity{Start: spans[si][c.Start][0], End: spans[si][c.End-1][1], Label: c.Type})
			}
			for _, c := range conll.Chunks(preds[i][si]) {
				s, e := spans[si][c.Start][0], spans[si][c.End-1][1]
				mentions = append(mentions, schemas.Mention{ArticleID: id, MentionIndex: int32(len(mentions)), Start: int32(s), End: int32(e),
					Text: string([]rune(text)[s:e]), Label: c.Type})
			}
		}
		golds = append(golds, gold.Article{ArticleID: id, Text: &text, Entities: &ents})
		articles = append(articles, schemas.Article{ArticleID: id, Text: text})
	}
	if err := pw.Flush(); err != nil {
		t.Fatal(err)
	}
	pf.Close()
	runDir := filepath.Join(dir, "run")
	os.Mkdir(runDir, 0o755)
	writeJSONL(t, filepath.Join(runDir, "articles.jsonl"), articles)
	writeJSONL(t, filepath.Join(runDir, "mentions.jsonl"), mentions)
	writeJSONL(t, filepath.Join(dir, "gold.jsonl"), golds)
	g, err := gold.Read(filepath.Join(dir, "gold.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	r, err := runread.Read(runDir)
	if err != nil {
		t.Fatal(err)
	}
	res := gold.ScoreEntities(g, r)
	var ours strings.Builder
	if err := res.WriteText(&ours, 0); err != nil {
		t.Fatal(err)
	}
	want := scoreLines(reference(t, "conlleval.py", predFile), "PER+LOC+ORG")
	got := scoreLines(strings.Split(ours.String(), "\n"), "")
	if len(want) < 5 || !slices.Equal(got, want) {
		t.Errorf("figures differ\nours:\n%s\nconlleval.py:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	t.Logf("%d documents; overall F1 %.4f (conlleval.py: %s)", len(docs), res.Overall.F1(), want[len(want)-1])
}

// scoreLines keeps the per-type and overall lines, normalised, less the
// skip group.
func scoreLines(lines []string, skip string) []string {
	var out []string
	for _, l := range lines {
		m := conllLine.FindStringSubmatch(l)
		if m == nil || m[1] == skip {
			continue
		}
		out = append(out, strings.Join(m[1:], " "))
	}
	return out
}

var number = regexp.MustCompile(`\d+(?:\.\d+)?`)

// TestQuotesEqualPolnear converts PolNeAR dev to a gold file, runs newsnlp
// on its texts, and checks that ScoreQuotes gives the figures
// polnear_quotes.py gives on the same run.
func TestQuotesEqualPolnear(t *testing.T) {
	split := benchdata.Path(t, "polnear/dev")
	texts, err := filepath.Glob(filepath.Join(split, "text", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(texts)
	var golds []gold.Article
	for _, path := range texts {
		stem := strings.TrimSuffix(filepath.Base(path), ".txt")
		anns, _ := filepath.Glob(filepath.Join(split, "attributions", stem+"_*.ann"))
		if len(anns) == 0 {
			continue
		}
		slices.Sort(anns)
		raw, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		ann, err := polnear.ReadAnn(anns[0])
		if err != nil {
			t.Fatal(err)
		}
		text := string(raw)
		quotes := []gold.Quote{}
		for _, q := range polnear.GoldQuotes([]rune(text), ann) {
			g := gold.Quote{Start: q.Start, End: q.End}
			for _, s := range q.Sources {
				g.SpeakerSpans = append(g.SpeakerSpans, [2]int{s.Start, s.End})
			}
			quotes = append(quotes, g)
		}
		golds = append(golds, gold.Article{ArticleID: stem, Text: &text, Quotes: &quotes})
	}
	goldFile := filepath.Join(t.TempDir(), "gold.jsonl")
	writeJSONL(t, goldFile, golds)
	g, err := gold.Read(goldFile)
	if err != nil {
		t.Fatal(err)
	}
	out := runtest.Run(t, pipeline.Config{Inputs: []string{filepath.Join(split, "text")}, Format: "jsonl", KeepText: true,
		Tables: []string{pipeline.TableArticles, pipeline.TableQuotes}, Workers: 2})
	r, err := runread.Read(out)
	if err != nil {
		t.Fatal(err)
	}
	res := gold.ScoreQuotes(g, r)
	var ours strings.Builder
	if err := res.WriteText(&ours, 0); err != nil {
		t.Fatal(err)
	}
	want := reference(t, "polnear_quotes.py", split, out)
	got := strings.Split(strings.TrimSpace(ours.String()), "\n")
	// Lines 2–6 of both: gold/predicted counts, exact, IoU, speaker
	// accuracy, quote+speaker; compare their numbers.
	if len(want) < 6 || len(got) < 6 {
		t.Fatalf("short output\nours:\n%s\npolnear_quotes.py:\n%s", ours.String(), strings.Join(want, "\n"))
	}
	for i := 1; i < 6; i++ {
		if a, b := number.FindAllString(got[i], -1), number.FindAllString(want[i], -1); !slices.Equal(a, b) {
			t.Errorf("line %d differs\nours:   %s\npolnear_quotes.py: %s", i+1, got[i], want[i])
		}
	}
	if res.Missing != 0 || res.TextDiffers != 0 {
		t.Errorf("coverage %+v: every dev article should be scored", res.Coverage)
	}
	t.Logf("ours: %s | %s", got[3], got[4])
}

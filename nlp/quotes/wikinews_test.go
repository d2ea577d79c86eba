package quotes_test

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/newsnlp/newsnlp/internal/benchdata"
	"github.com/newsnlp/newsnlp/pipeline"
	"github.com/newsnlp/newsnlp/schemas"
)

// minJudgedRight is the number of the 100 hand-judged wikinews quotes whose
// speaker must come out right (or rightly empty): issue 11's target (91 are
// reached with main's NER model of 2026-12-02).
const minJudgedRight = 88

// TestWikinews runs the pipeline over the wikinews corpus and checks the
// quotes users see: the hand-judged sample of testdata/wikinews_judged.tsv,
// and the form of every speaker (never a pronoun, never a phrase holding a
// finite verb, by the POS tags of its tokens).
func TestWikinews(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline over the wikinews corpus")
	}
	in := benchdata.Path(t, benchdata.WikinewsFile)
	out := t.TempDir()
	_, err := pipeline.Run(context.Background(), pipeline.Config{
		Inputs: []string{in}, OutDir: out, Format: "jsonl",
		Tables: []string{pipeline.TableArticles, pipeline.TableTokens, pipeline.TableQuotes},
	})
	if err != nil {
		t.Fatal(err)
	}
	quotes := readRows[schemas.Quote](t, filepath.Join(out, "quotes.jsonl"))
	tokens := readRows[schemas.Token](t, filepath.Join(out, "tokens.jsonl"))
	t.Run("judged", func(t *testing.T) { checkJudged(t, quotes) })
	t.Run("speaker-form", func(t *testing.T) { checkSpeakerForm(t, quotes, tokens) })
}

// judged is one hand-judged quote: where it is and who said it.
type judged struct {
	article    string
	start, end int32
	speakers   []string // alternatives; "" = no speaker; "~head" = a description with that head
	kind       string
}

func readJudged(t *testing.T) []judged {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "wikinews_judged.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var js []judged
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		c := strings.Split(line, "\t")
		if len(c) != 6 {
			t.Fatalf("wikinews_judged.tsv: %d columns in %q", len(c), line)
		}
		s, err1 := strconv.Atoi(c[2])
		e, err2 := strconv.Atoi(c[3])
		if err1 != nil || err2 != nil {
			t.Fatalf("wikinews_judged.tsv: bad span in %q", line)
		}
		js = append(js, judged{article: c[0], start: int32(s), end: int32(e), speakers: strings.Split(c[4], "|"), kind: c[5]})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(js) != 100 {
		t.Fatalf("wikinews_judged.tsv holds %d quotes, want 100", len(js))
	}
	return js
}

// checkJudged scores the speakers of the judged quotes and reports the
// errors by kind. A judged quote the pipeline no longer outputs counts as
// speakerless.
func checkJudged(t *testing.T, quotes []schemas.Quote) {
	byArticle := map[string][]schemas.Quote{}
	for _, q := range quotes {
		byArticle[q.ArticleID] = append(byArticle[q.ArticleID], q)
	}
	right := 0
	wrong := map[string]int{}
	total := map[string]int{}
	for _, j := range readJudged(t) {
		got := ""
		if q, ok := overlapping(byArticle[j.article], j.start, j.end); ok && q.Speaker != nil {
			got = *q.Speaker
		}
		total[j.kind]++
		if speakerMatches(got, j.speakers) {
			right++
			continue
		}
		wrong[j.kind]++
		t.Logf("%s [%d,%d) %s: got %q, want %q", j.article, j.start, j.end, j.kind, got, strings.Join(j.speakers, "|"))
	}
	kinds := make([]string, 0, len(total))
	for k := range total {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		t.Logf("%-15s %2d/%2d right", k, total[k]-wrong[k], total[k])
	}
	t.Logf("speaker right for %d of 100 judged quotes", right)
	if right < minJudgedRight {
		t.Errorf("speaker right for %d of 100 judged quotes, want at least %d", right, minJudgedRight)
	}
}

// overlapping returns the quote of qs that shares most of [s, e).
func overlapping(qs []schemas.Quote, s, e int32) (schemas.Quote, bool) {
	for _, q := range qs {
		lo, hi := max(q.Start, s), min(q.End, e)
		if hi-lo > 0 && 2*(hi-lo) >= max(q.End, e)-min(q.Start, s) {
			return q, true
		}
	}
	return schemas.Quote{}, false
}

// speakerMatches reports whether got is one of the judged alternatives:
// the same words ignoring case and a leading article, or, for "~head", a
// description ending in that head noun.
func speakerMatches(got string, alts []string) bool {
	g := normSpeaker(got)
	for _, a := range alts {
		if head, ok := strings.CutPrefix(a, "~"); ok {
			if g != "" && (g == head || strings.HasSuffix(g, " "+head)) {
				return true
			}
			continue
		}
		if g == normSpeaker(a) {
			return true
		}
	}
	return false
}

func normSpeaker(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	for _, a := range []string{"the ", "a ", "an "} {
		s = strings.TrimPrefix(s, a)
	}
	return s
}

// pronounWords are speakers no reader can use.
var pronounWords = map[string]bool{"he": true, "she": true, "it": true, "they": true, "we": true, "i": true,
	"you": true, "who": true, "him": true, "her": true, "them": true, "us": true, "me": true, "one": true}

// finiteVerbTags are the Penn tags of finite verbs and modals.
var finiteVerbTags = map[string]bool{"VBD": true, "VBZ": true, "VBP": true, "MD": true}

// checkSpeakerForm checks every speaker of the corpus: not a pronoun, and
// no finite verb among the tokens of the speaker span when the speaker is
// that span's text.
func checkSpeakerForm(t *testing.T, quotes []schemas.Quote, tokens []schemas.Token) {
	byArticle := map[string][]schemas.Token{}
	for _, tk := range tokens {
		byArticle[tk.ArticleID] = append(byArticle[tk.ArticleID], tk)
	}
	bad := 0
	for _, q := range quotes {
		if q.Speaker == nil {
			continue
		}
		sp := *q.Speaker
		if pronounWords[strings.ToLower(sp)] {
			bad++
			t.Errorf("%s quote %d: speaker is the pronoun %q", q.ArticleID, q.QuoteIndex, sp)
			continue
		}
		if q.SpeakerStart == nil || q.SpeakerEntityID != nil {
			continue
		}
		for _, tk := range byArticle[q.ArticleID] {
			if tk.Start >= *q.SpeakerStart && tk.End <= *q.SpeakerEnd && finiteVerbTags[tk.POS] {
				bad++
				t.Errorf("%s quote %d: speaker %q holds the finite verb %q (%s)", q.ArticleID, q.QuoteIndex, sp, tk.Text, tk.POS)
				break
			}
		}
	}
	if bad == 0 && len(quotes) < 1000 {
		t.Errorf("only %d quotes in the wikinews output, want over 1000", len(quotes))
	}
}

func readRows[T any](t *testing.T, path string) []T {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows []T
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		var r T
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		rows = append(rows, r)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return rows
}

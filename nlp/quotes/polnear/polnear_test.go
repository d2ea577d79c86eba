package polnear

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsnlp/newsnlp/nlp"
	"github.com/newsnlp/newsnlp/nlp/quotes"
)

func TestQuotedSegments(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"curly", "He said: “We must act.” Then left.", []string{"We must act"}},
		{"straight", `"Yes," she said, "of course."`, []string{"Yes", "of course"}},
		{"two apostrophes", "''It is over,'' he said.", []string{"It is over"}},
		{"paragraph closes", "“First part\n“Second part.”", []string{"First part", "Second part"}},
		{"nested single", "“He called it ‘fake news’ today.”", []string{"He called it ‘fake news’ today"}},
		{"mismatched marks stay open", "“Open and \"closed\" text", []string{"Open and \"closed\" text"}},
		{"too short", "a “x” b", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := []rune(tt.text)
			var got []string
			for _, f := range QuotedSegments(r, 0, len(r)) {
				got = append(got, string(r[f.Start:f.End]))
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestOffsetMap checks the matching blocks and the offset mapping against
// values computed with Python's difflib (testdata/difflib.json).
func TestOffsetMap(t *testing.T) {
	b, err := os.ReadFile("testdata/difflib.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct {
		A, B   string
		Blocks [][3]int
		Map    []int
	}
	if err := json.Unmarshal(b, &cases); err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		a, bb := []rune(c.A), []rune(c.B)
		got := matchingBlocks(a, bb)
		if len(got) != len(c.Blocks) {
			t.Errorf("%q/%q: blocks %v, want %v", c.A, c.B, got, c.Blocks)
			continue
		}
		for i, m := range got {
			if [3]int{m.A, m.B, m.N} != c.Blocks[i] {
				t.Errorf("%q/%q: block %d = %v, want %v", c.A, c.B, i, m, c.Blocks[i])
			}
		}
		f := offsetMap(a, bb)
		for x, want := range c.Map {
			if g := f(x); g != want {
				t.Errorf("%q/%q: map(%d) = %d, want %d", c.A, c.B, x, g, want)
			}
		}
	}
}

// TestAgreesWithScript runs the quote finder over PolNeAR dev, scores the
// output here and with the reference script, and compares the figures.
func TestAgreesWithScript(t *testing.T) {
	split := "../../../../shared/data/polnear/dev"
	script := "../../../../shared/eval/polnear_quotes.py"
	if _, err := os.Stat(filepath.Join(split, "text")); err != nil {
		t.Skip("PolNeAR dev split not found at", split)
	}
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not found")
	}
	if _, err := os.Stat(script); err != nil {
		t.Skip("reference script not found at", script)
	}
	// All articles with the corpus text; twelve (the others missing) with
	// a prefix, which takes the slower offset-mapping path.
	for _, c := range []struct {
		prefix string
		limit  int
	}{{"", 0}, {"Breaking\n\n", 12}} {
		t.Run(fmt.Sprintf("prefix=%q", c.prefix), func(t *testing.T) {
			compareWithScript(t, split, script, c.prefix, c.limit)
		})
	}
}

// compareWithScript writes the quote finder's output over split, its texts
// starting with prefix (so that offsets must be mapped when prefix is not
// empty), and compares the figures of Score and of the script.
func compareWithScript(t *testing.T, split, script, prefix string, limit int) {
	out := t.TempDir()
	writeOutput(t, filepath.Join(split, "text"), out, prefix, limit)
	res, err := Score(split, out)
	if err != nil {
		t.Fatal(err)
	}
	var mine strings.Builder
	if err := res.Write(&mine); err != nil {
		t.Fatal(err)
	}
	py, err := exec.Command("python3", script, split, out).Output()
	if err != nil {
		t.Fatalf("script: %v", err)
	}
	num := regexp.MustCompile(`\d+\.\d+|\d+`)
	a, b := num.FindAllString(mine.String(), -1), num.FindAllString(string(py), -1)
	if len(a) != len(b) {
		t.Fatalf("figures differ:\n%s\nscript:\n%s", mine.String(), py)
	}
	for i := range a {
		x, _ := strconv.ParseFloat(a[i], 64)
		y, _ := strconv.ParseFloat(b[i], 64)
		if d := x - y; d > 0.005 || d < -0.005 || (!strings.Contains(a[i], ".") && x != y) {
			t.Errorf("figure %d: %s here, %s from the script", i, a[i], b[i])
		}
	}
	t.Logf("\n%s", mine.String())
}

func writeOutput(t *testing.T, dir, out, prefix string, limit int) {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	sort.Strings(files)
	if limit > 0 {
		files = files[:min(limit, len(files))]
	}
	af, err := os.Create(filepath.Join(out, "articles.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	qf, err := os.Create(filepath.Join(out, "quotes.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	aw, qw := bufio.NewWriter(af), bufio.NewWriter(qf)
	cp := func(s string, b int) int { return utf8.RuneCountInString(s[:b]) }
	f := quotes.New()
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		id := strings.TrimSuffix(filepath.Base(p), ".txt")
		d := &nlp.Doc{ID: id, Text: prefix + string(b)}
		if err := f.Annotate(d); err != nil {
			t.Fatal(err)
		}
		json.NewEncoder(aw).Encode(map[string]any{"article_id": id, "text": d.Text})
		for _, q := range d.Quotes {
			r := map[string]any{"article_id": id, "start": cp(d.Text, q.Start), "end": cp(d.Text, q.End), "speaker_start": nil, "speaker_end": nil}
			if q.SpeakerSpan.Start >= 0 {
				r["speaker_start"], r["speaker_end"] = cp(d.Text, q.SpeakerSpan.Start), cp(d.Text, q.SpeakerSpan.End)
			}
			json.NewEncoder(qw).Encode(r)
		}
	}
	for _, c := range []interface{ Flush() error }{aw, qw} {
		if err := c.Flush(); err != nil {
			t.Fatal(err)
		}
	}
	af.Close()
	qf.Close()
}

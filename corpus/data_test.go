package corpus

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsnlp/newsnlp/pipeline"
	"github.com/newsnlp/newsnlp/pipeline/synth"
	"github.com/newsnlp/newsnlp/schemas"
)

const wikinews = "../../shared/data/wikinews/wikinews_2019_2020.jsonl"

func needWikinews(t *testing.T) {
	t.Helper()
	if _, err := os.Stat(wikinews); err != nil {
		t.Skipf("wikinews corpus absent (%v): it lives in ../shared/data, outside the repository", err)
	}
	if testing.Short() {
		t.Skip("-short: runs the whole pipeline")
	}
}

// runPipeline runs newsnlp run over inputs into a new directory.
func runPipeline(t *testing.T, format string, inputs ...string) string {
	t.Helper()
	out := t.TempDir()
	if _, err := pipeline.Run(context.Background(), pipeline.Config{Inputs: inputs, OutDir: out, Format: format, Workers: 2}); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestSyntheticTargets generates 300 syndicated stories from wikinews
// paragraphs, runs the pipeline and the corpus step, and scores the corpus
// tables against the generator's ground truth (the targets).
func TestSyntheticTargets(t *testing.T) {
	needWikinews(t)
	in := filepath.Join(t.TempDir(), "syn.jsonl")
	truth := writeSyndicated(t, in, 300, 7)
	run := runPipeline(t, "parquet", in)
	out := t.TempDir()
	parts, err := FindParts([]string{run})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Build(parts, Options{Out: out}); err != nil {
		t.Fatal(err)
	}
	s, err := Evaluate(truth, []string{run}, out)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("\n%s", s)
	for _, c := range []struct {
		name      string
		got, want float64
	}{
		{"article cluster precision", s.ClusterP, 0.95}, {"article cluster recall", s.ClusterR, 0.95},
		{"quotation grouping precision", s.QuotationP, 0.98}, {"quotation grouping recall", s.QuotationR, 0.95},
		{"speaker identity precision", s.SpeakerP, 0.97},
		{"quotes found", float64(s.FoundQuotes) / float64(s.TruthQuotes), 0.9},
	} {
		if c.got < c.want {
			t.Errorf("%s = %.4f, want >= %.2f", c.name, c.got, c.want)
		}
	}
}

// writeSyndicated writes a syndicated corpus made from wikinews paragraphs
// to path and returns its ground truth file.
func writeSyndicated(t *testing.T, path string, stories int, seed int64) string {
	t.Helper()
	src, _, err := synth.LoadFile(wikinews)
	if err != nil {
		t.Fatal(err)
	}
	truth := strings.TrimSuffix(path, ".jsonl") + ".truth.jsonl"
	fin, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	ftr, err := os.Create(truth)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := src.Syndicate(fin, ftr, synth.SyndicationOptions{Stories: stories, Seed: seed}); err != nil {
		t.Fatal(err)
	}
	if err := errors.Join(fin.Close(), ftr.Close()); err != nil {
		t.Fatal(err)
	}
	return truth
}

// TestWikinewsIdentities runs the corpus step on wikinews and lists every
// merge of names into one identity (go test -v shows them). It checks the
// U.S. variants are one place and that no identity joins two different
// full names of people: people merge only by the same folded name or by a
// surname alone.
func TestWikinewsIdentities(t *testing.T) {
	needWikinews(t)
	run := runPipeline(t, "jsonl", wikinews)
	out := t.TempDir()
	parts, err := FindParts([]string{run})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Build(parts, Options{Out: out, Format: JSONL}); err != nil {
		t.Fatal(err)
	}
	byID := map[string]schemas.Identity{}
	var merges []string
	for _, table := range []string{"people", "organizations", "places"} {
		var rows []schemas.Identity
		readAll(t, filepath.Join(out, table+".jsonl"), &rows)
		for _, r := range rows {
			byID[r.IdentityID] = r
			if len(r.Variants) > 1 {
				var v []string
				for _, n := range r.Variants {
					v = append(v, fmt.Sprintf("%s (%d)", n.Name, n.Count))
				}
				merges = append(merges, fmt.Sprintf("%s %s <- %s", table, r.Canonical, strings.Join(v, ", ")))
			}
		}
	}
	slices.Sort(merges)
	t.Logf("%d identities merge several spellings:\n%s", len(merges), strings.Join(merges, "\n"))

	us := byID["location:united states"]
	if v := variantNames(us); !slices.Contains(v, "United States") || !slices.Contains(v, "US") || !slices.Contains(v, "U.S.") {
		t.Errorf("United States variants = %v, want United States, US and U.S. in one identity", v)
	}
	for _, id := range []string{"location:us", "location:u s"} {
		if _, ok := byID[id]; ok {
			t.Errorf("%s is an identity apart from the United States", id)
		}
	}
	if v := variantNames(byID["person:donald trump"]); !slices.Contains(v, "Trump") {
		t.Errorf("Donald Trump variants = %v: Trump alone should join (the full name dominates)", v)
	}
	if _, ok := byID["person:ivanka trump"]; !ok {
		t.Error("Ivanka Trump is not an identity of her own")
	}
	// No two different full names of people in one identity.
	ns, err := defaultNamesForTest()
	if err != nil {
		t.Fatal(err)
	}
	for id, r := range byID {
		if r.Label != "PERSON" {
			continue
		}
		full := map[string]bool{}
		for _, v := range r.Variants {
			if w := ns.nameKey(People, v.Name); len(w) > 1 {
				full[strings.Join(w, " ")] = true
			}
		}
		if len(full) > 1 {
			t.Errorf("%s merges different people: %v", id, r.Variants)
		}
	}
}

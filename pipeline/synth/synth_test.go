package synth

import (
	"bytes"
	"flag"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsnlp/newsnlp/pipeline/source"
)

var update = flag.Bool("update", false, "rewrite golden files")

func loadTestCorpus(t testing.TB) *Corpus {
	t.Helper()
	c, skipped, err := LoadFile("testdata/source.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if skipped != 2 { // the row without text and the line that is not JSON
		t.Fatalf("skipped %d lines, want 2", skipped)
	}
	return c
}

func generate(t testing.TB, c *Corpus, opts Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	st, err := c.Generate(&buf, opts)
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != int64(opts.Articles) || st.Bytes != int64(buf.Len()) {
		t.Fatalf("stats %+v for %d articles, %d bytes", st, opts.Articles, buf.Len())
	}
	return buf.Bytes()
}

func TestLoad(t *testing.T) {
	c := loadTestCorpus(t)
	if c.Articles() != 4 || c.Paragraphs() != 15 {
		t.Errorf("loaded %d articles, %d paragraphs; want 4, 15", c.Articles(), c.Paragraphs())
	}
	if _, _, err := Load(strings.NewReader("{\"title\":\"x\"}\n\n"), "empty"); err == nil {
		t.Error("Load of a corpus without text returned no error")
	}
	if _, _, err := LoadFile("testdata/missing.jsonl"); err == nil {
		t.Error("LoadFile of a missing file returned no error")
	}
	if _, _, err := LoadFile("synth_test.go"); err == nil {
		t.Error("LoadFile of a non-JSONL file returned no error")
	}
}

// TestGenerate reads the output back with the pipeline's JSONL reader and
// checks every article against the source.
func TestGenerate(t *testing.T) {
	c := loadTestCorpus(t)
	src := map[string]source.Record{}
	paras := map[string]bool{}
	for rec := range source.JSONLines(bytes.NewReader(mustRead(t, "testdata/source.jsonl")), "src") {
		if rec.Err == nil {
			src[rec.ID] = rec
			for _, p := range paragraphs(rec.Text) {
				paras[p] = true
			}
		}
	}
	out := generate(t, c, Options{Articles: 200, Seed: 7})
	n := 0
	for rec := range source.JSONLines(bytes.NewReader(out), "out") {
		n++
		if rec.Err != nil {
			t.Fatalf("line %d: %v", rec.Line, rec.Err)
		}
		if want := "syn-" + pad6(n); rec.ID != want {
			t.Errorf("line %d: id %q, want %q", n, rec.ID, want)
		}
		from := metaField(t, rec.Meta, "from")
		base, ok := src[from]
		if !ok {
			t.Fatalf("line %d: from %q is no source article", n, from)
		}
		if rec.Title != base.Title || rec.Source != "synthetic" || (base.Published == nil) != (rec.Published == nil) {
			t.Errorf("line %d: title %q source %q published %v; base %q %v", n, rec.Title, rec.Source, rec.Published, base.Title, base.Published)
		}
		ps := paragraphs(rec.Text)
		if len(ps) != len(paragraphs(base.Text)) || ps[0] != paragraphs(base.Text)[0] {
			t.Errorf("line %d: %d paragraphs starting %q; base has %d", n, len(ps), ps[0], len(paragraphs(base.Text)))
		}
		for _, p := range ps {
			if !paras[p] {
				t.Errorf("line %d: paragraph %q is not from the source", n, p)
			}
		}
	}
	if n != 200 {
		t.Errorf("read %d articles, want 200", n)
	}
}

func TestGenerateDeterministic(t *testing.T) {
	c := loadTestCorpus(t)
	a := generate(t, c, Options{Articles: 300, Seed: 1})
	b := generate(t, c, Options{Articles: 300, Seed: 1})
	if !bytes.Equal(a, b) {
		t.Error("same seed gave different corpora")
	}
	if d := generate(t, c, Options{Articles: 300, Seed: 2}); bytes.Equal(a, d) {
		t.Error("seeds 1 and 2 gave the same corpus")
	}
	// Article i does not depend on how many come after it.
	short := generate(t, c, Options{Articles: 10, Seed: 1})
	if !bytes.HasPrefix(a, short) {
		t.Error("the first 10 articles differ between runs of 10 and 300")
	}
	golden := filepath.Join("testdata", "golden.jsonl")
	if *update {
		if err := os.WriteFile(golden, short, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if want := mustRead(t, golden); !bytes.Equal(short, want) {
		t.Errorf("output differs from %s (run with -update if intended)\n--- got\n%s", golden, short)
	}
}

func TestOptionsValidate(t *testing.T) {
	c := loadTestCorpus(t)
	for _, o := range []Options{{Articles: 0}, {Articles: -3}, {Articles: 1, Foreign: 1.5}, {Articles: 1, Foreign: -0.1}} {
		if _, err := c.Generate(io.Discard, o); err == nil {
			t.Errorf("Generate(%+v) returned no error", o)
		}
	}
	var empty *Corpus
	if _, err := empty.Generate(io.Discard, Options{Articles: 1}); err == nil {
		t.Error("Generate on a nil corpus returned no error")
	}
}

// TestOutput writes the same articles plain, gzip and zstd, reads them back
// through the pipeline's reader and checks that no temporary file is left.
func TestOutput(t *testing.T) {
	c := loadTestCorpus(t)
	want := generate(t, c, Options{Articles: 500, Seed: 3})
	dir := t.TempDir()
	for _, name := range []string{"plain.jsonl", "c.jsonl.gz", "c.jsonl.zst"} {
		path := filepath.Join(dir, name)
		o, err := Create(path)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := c.Generate(o, Options{Articles: 500, Seed: 3}); err != nil {
			t.Fatal(err)
		}
		if _, err := os.Stat(path); !os.IsNotExist(err) {
			t.Errorf("%s exists before Close", name)
		}
		if err := o.Close(); err != nil {
			t.Fatal(err)
		}
		f, comp, _ := source.Classify(path)
		rc, err := source.Open(source.Input{Path: path, Format: f, Compression: comp}, nil)
		if err != nil {
			t.Fatal(err)
		}
		got, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: read back %d bytes that differ from the %d generated", name, len(got), len(want))
		}
	}
	aborted, err := Create(filepath.Join(dir, "aborted.jsonl.zst"))
	if err != nil {
		t.Fatal(err)
	}
	aborted.Write([]byte("partial"))
	aborted.Abort()
	entries, _ := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if want := []string{"c.jsonl.gz", "c.jsonl.zst", "plain.jsonl"}; !slices.Equal(names, want) {
		t.Errorf("directory holds %v, want %v", names, want)
	}
	if _, err := Create(filepath.Join(dir, "missing", "x.jsonl")); err == nil {
		t.Error("Create in a missing directory returned no error")
	}
}

func mustRead(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func pad6(n int) string { return string(appendPadded(nil, n, 6)) }

// metaField returns a string field of a record's meta JSON.
func metaField(t testing.TB, meta, key string) string {
	t.Helper()
	_, rest, ok := strings.Cut(meta, `"`+key+`":"`)
	if !ok {
		t.Fatalf("meta %q has no %s", meta, key)
	}
	v, _, _ := strings.Cut(rest, `"`)
	return v
}

package synth

import (
	"io"
	"os"
	"path/filepath"
	"testing"
)

// wikinews is the corpus the benchmark corpus is made from; the
// benchmarks fall back to testdata/source.jsonl without it.
const wikinews = "../../../shared/data/wikinews/wikinews_2019_2020.jsonl"

func benchCorpus(b *testing.B) *Corpus {
	b.Helper()
	path := wikinews
	if _, err := os.Stat(path); err != nil {
		b.Logf("%s absent (%v): using testdata/source.jsonl", path, err)
		path = "testdata/source.jsonl"
	}
	c, _, err := LoadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	return c
}

// BenchmarkGenerate measures JSONL generation alone (1,000 articles per
// op, uncompressed, to io.Discard).
func BenchmarkGenerate(b *testing.B) {
	c := benchCorpus(b)
	st, err := c.Generate(io.Discard, Options{Articles: 1000, Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(st.Bytes)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := c.Generate(io.Discard, Options{Articles: 1000, Seed: 1}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkGenerateFile measures generation into compressed files as the
// gen corpus command writes them; SetBytes counts uncompressed bytes.
func BenchmarkGenerateFile(b *testing.B) {
	c := benchCorpus(b)
	for _, ext := range []string{"jsonl", "jsonl.zst", "jsonl.gz"} {
		b.Run(ext, func(b *testing.B) {
			path := filepath.Join(b.TempDir(), "out."+ext)
			var st Stats
			b.ReportAllocs()
			for b.Loop() {
				o, err := Create(path)
				if err != nil {
					b.Fatal(err)
				}
				if st, err = c.Generate(o, Options{Articles: 2000, Seed: 1}); err != nil {
					b.Fatal(err)
				}
				if err := o.Close(); err != nil {
					b.Fatal(err)
				}
			}
			b.SetBytes(st.Bytes)
		})
	}
}

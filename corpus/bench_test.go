package corpus

import (
	"path/filepath"
	"testing"

	"github.com/newsnlp/newsnlp/corpus/rowgen"
)

// BenchmarkBuild runs the corpus step on the rows of 20,000 synthetic
// articles (rowgen: 25 entities and 10 quotes each), spilling with a small
// sort budget. For the scale figures in the README run `newsnlp gen rows`
// and `newsnlp corpus` under /usr/bin/time -v.
func BenchmarkBuild(b *testing.B) {
	run := filepath.Join(b.TempDir(), "run")
	st, err := rowgen.Write(run, rowgen.Options{Articles: 20000, Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	parts, err := FindParts([]string{run})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ReportMetric(float64(st.Quotes), "quotes")
	for b.Loop() {
		if _, err := Build(parts, Options{Out: b.TempDir(), SortMemory: 8 << 20}); err != nil {
			b.Fatal(err)
		}
	}
}

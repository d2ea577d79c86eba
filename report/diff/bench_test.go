package diff_test

import (
	"testing"

	"github.com/newsnlp/newsnlp/internal/benchdata"
	"github.com/newsnlp/newsnlp/internal/runtest"
	"github.com/newsnlp/newsnlp/pipeline"
	"github.com/newsnlp/newsnlp/report/diff"
	"github.com/newsnlp/newsnlp/runread"
)

// BenchmarkDiffWikinews reads two runs of wikinews (Parquet and JSONL) and
// compares them after editing the new one: every 7th quote loses its
// speaker, every 11th mention is dropped. Target: ≤ 2 s per iteration.
func BenchmarkDiffWikinews(b *testing.B) {
	in := benchdata.Path(b, benchdata.WikinewsFile)
	oldDir := runtest.Run(b, pipeline.Config{Inputs: []string{in}, Workers: 2})
	newDir := runtest.Run(b, pipeline.Config{Inputs: []string{in}, Workers: 2, Format: "jsonl"})
	b.ResetTimer()
	for b.Loop() {
		old, err := runread.Read(oldDir)
		if err != nil {
			b.Fatal(err)
		}
		new, err := runread.Read(newDir)
		if err != nil {
			b.Fatal(err)
		}
		n := 0
		for _, d := range new.Docs {
			for i := range d.Quotes {
				if n++; n%7 == 0 {
					d.Quotes[i].Speaker = nil
				}
			}
			kept := d.Mentions[:0]
			for _, m := range d.Mentions {
				if n++; n%11 != 0 {
					kept = append(kept, m)
				}
			}
			d.Mentions = kept
		}
		rep, err := diff.Compare(old, new)
		if err != nil {
			b.Fatal(err)
		}
		if m, _ := rep.Metric("quotes.speaker_changed"); m.Count == 0 {
			b.Fatal("no speaker change found")
		}
	}
}

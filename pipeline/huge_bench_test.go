//go:build unix

package pipeline

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"syscall"
	"testing"

	"github.com/newsnlp/newsnlp/internal/benchdata"
)

// BenchmarkHugeRecord runs one 18 MB JSONL record (wikinews articles joined
// into one text) through the whole pipeline with the default limit
// (--max-article-bytes 4 MiB: the text is cut at a paragraph break) and the
// command's default soft memory limit (384 MiB). It reports CPU seconds
// and the process's peak resident memory; the targets are ≤ 10 s of CPU on
// one core and ≤ 500 MB. Run it alone for a meaningful peak:
//
//	go test -run XXX -bench HugeRecord -benchtime 1x -cpu 1 ./pipeline/
func BenchmarkHugeRecord(b *testing.B) {
	texts := benchdata.Wikinews(b)
	var sb strings.Builder
	for i := 0; sb.Len() < 18_000_000; i++ {
		if i > 0 {
			sb.WriteString("\n\n")
		}
		sb.WriteString(texts[i%len(texts)])
	}
	line, err := json.Marshal(map[string]string{"id": "huge", "text": sb.String()})
	if err != nil {
		b.Fatal(err)
	}
	in := filepath.Join(b.TempDir(), "huge.jsonl")
	if err := os.WriteFile(in, append(line, '\n'), 0o644); err != nil {
		b.Fatal(err)
	}
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(384 << 20))
	b.SetBytes(int64(len(line)))
	b.ReportAllocs()
	cpu0 := benchdata.CPUSeconds()
	runs := 0
	for b.Loop() {
		sum, err := Run(context.Background(), Config{Inputs: []string{in}, OutDir: b.TempDir(), Workers: 1})
		if err != nil || sum.Articles != 1 || sum.Warnings != 1 {
			b.Fatalf("run: %v, %+v", err, sum)
		}
		runs++
	}
	b.ReportMetric((benchdata.CPUSeconds()-cpu0)/float64(runs), "cpu-s/op")
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) == nil {
		b.ReportMetric(float64(ru.Maxrss)/1024, "peak-RSS-MB")
	}
}

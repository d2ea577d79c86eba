//go:build linux

package pos

import (
	"runtime"
	"testing"

	"github.com/newsnlp/newsnlp/internal/benchdata"
	"golang.org/x/sys/unix"
)

// threadCPU is the CPU time of the calling thread, in nanoseconds.
func threadCPU(b *testing.B) int64 {
	var ts unix.Timespec
	if err := unix.ClockGettime(unix.CLOCK_THREAD_CPUTIME_ID, &ts); err != nil {
		b.Fatal(err)
	}
	return ts.Nano()
}

// BenchmarkWikinewsCold tags the 295 Wikinews articles as the pipeline
// does, where the other stages run between two documents: it writes 8 MB
// (more than the L2 cache) before each document, and reports the thread
// CPU time of tagging alone (cpu-ms/pass). Tagging is mostly waiting for
// memory there, which BenchmarkWikinews, with the model in cache, hides.
func BenchmarkWikinewsCold(b *testing.B) {
	docs := tokenized(b, benchdata.Wikinews(b))
	tg := defaultTagger(b)
	flush := make([]byte, 8<<20)
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	var cpu int64
	for b.Loop() {
		for _, d := range docs {
			for i := 0; i < len(flush); i += 64 {
				flush[i]++
			}
			t0 := threadCPU(b)
			if err := tg.Annotate(d); err != nil {
				b.Fatal(err)
			}
			cpu += threadCPU(b) - t0
		}
	}
	b.ReportMetric(float64(cpu)/float64(b.N)/1e6, "cpu-ms/pass")
}

package extsort

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"testing"
)

func TestSorter(t *testing.T) {
	for _, tc := range []struct {
		name   string
		n      int
		budget int
	}{{"in memory", 1000, 1 << 30}, {"many runs", 50000, 1 << 16}, {"empty", 0, 1 << 16}} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			s := New(dir, tc.budget)
			rng := rand.New(rand.NewPCG(1, 2))
			var want [][]byte
			for i := range tc.n {
				rec := fmt.Appendf(nil, "%08x-%d", rng.Uint32(), i%7)
				want = append(want, rec)
				if err := s.Add(rec); err != nil {
					t.Fatal(err)
				}
				if i == tc.n/2 {
					if err := s.Spill(); err != nil { // records added after a Spill merge with it
						t.Fatal(err)
					}
				}
			}
			if tc.budget < 1<<20 && tc.n > 0 && s.Runs() < 2 {
				t.Errorf("%d runs with a small budget, want several", s.Runs())
			}
			slices.SortFunc(want, bytes.Compare)
			var got [][]byte
			for r, err := range s.Sorted() {
				if err != nil {
					t.Fatal(err)
				}
				got = append(got, bytes.Clone(r))
			}
			if len(got) != len(want) {
				t.Fatalf("got %d records, want %d", len(got), len(want))
			}
			for i := range got {
				if !bytes.Equal(got[i], want[i]) {
					t.Fatalf("record %d = %q, want %q", i, got[i], want[i])
				}
			}
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
			if left, _ := os.ReadDir(dir); len(left) != 0 {
				t.Errorf("Close left %d files", len(left))
			}
		})
	}
}

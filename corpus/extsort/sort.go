package extsort

import (
	"bufio"
	"bytes"
	"container/heap"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
	"slices"
)

// Sorter collects records and returns them sorted. It is not safe for
// concurrent use. Close removes its temporary files.
type Sorter struct {
	dir    string
	budget int
	// arena holds the buffered records back to back, spans says where;
	// neither holds pointers, so the garbage collector does not scan them.
	arena []byte
	spans []span
	runs  []*os.File
	done  bool
}

// span is a record's place in the arena.
type span struct{ off, n uint32 }

// spanCost is the memory a buffered record costs beyond its bytes.
const spanCost = 8

// New returns a Sorter that keeps about budget bytes of records in memory
// and spills to temporary files in dir ("" for the system default).
// Records must be shorter than 4 GiB.
func New(dir string, budget int) *Sorter {
	return &Sorter{dir: dir, budget: min(max(budget, 1<<16), 1<<32-1)}
}

// Add copies rec into the sorter.
func (s *Sorter) Add(rec []byte) error {
	if s.done {
		return errors.New("extsort: Add after Sorted")
	}
	if len(s.spans) > 0 && len(s.arena)+len(rec)+spanCost*(len(s.spans)+1) > s.budget {
		if err := s.spill(); err != nil {
			return err
		}
	}
	if s.arena == nil {
		// Pages of the arena not yet written are not resident.
		s.arena = make([]byte, 0, s.budget)
	}
	s.spans = append(s.spans, span{uint32(len(s.arena)), uint32(len(rec))})
	s.arena = append(s.arena, rec...)
	return nil
}

func (s *Sorter) rec(sp span) []byte { return s.arena[sp.off : sp.off+sp.n : sp.off+sp.n] }

// sort orders the buffered records.
func (s *Sorter) sort() {
	slices.SortFunc(s.spans, func(a, b span) int { return bytes.Compare(s.rec(a), s.rec(b)) })
}

// spill sorts the buffer and writes it as one run.
func (s *Sorter) spill() error {
	s.sort()
	f, err := os.CreateTemp(s.dir, ".extsort-*.run")
	if err != nil {
		return fmt.Errorf("extsort: %w", err)
	}
	s.runs = append(s.runs, f)
	w := bufio.NewWriterSize(f, 1<<20)
	var lb [binary.MaxVarintLen64]byte
	for _, sp := range s.spans {
		n := binary.PutUvarint(lb[:], uint64(sp.n))
		w.Write(lb[:n])
		w.Write(s.rec(sp))
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("extsort: write run: %w", err)
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return fmt.Errorf("extsort: %w", err)
	}
	s.spans, s.arena = s.spans[:0], s.arena[:0]
	return nil
}

// Spill writes the buffered records as a run and frees the buffer, for a
// sorter that waits while other work needs the memory.
func (s *Sorter) Spill() error {
	if s.done {
		return errors.New("extsort: Spill after Sorted")
	}
	if len(s.spans) > 0 {
		if err := s.spill(); err != nil {
			return err
		}
	}
	s.arena, s.spans = nil, nil
	return nil
}

// Sorted returns the records in order. The slice yielded is valid until
// the next iteration step. After Sorted, Add fails; Sorted may be ranged
// over once.
func (s *Sorter) Sorted() iter.Seq2[[]byte, error] {
	return func(yield func([]byte, error) bool) {
		s.done = true
		if len(s.runs) == 0 {
			s.sort()
			for _, sp := range s.spans {
				if !yield(s.rec(sp), nil) {
					return
				}
			}
			return
		}
		if len(s.spans) > 0 {
			if err := s.spill(); err != nil {
				yield(nil, err)
				return
			}
		}
		s.arena, s.spans = nil, nil // the merge needs only the runs
		h := &mergeHeap{}
		for _, f := range s.runs {
			c := &cursor{r: bufio.NewReaderSize(f, 256<<10)}
			ok, err := c.next()
			if err != nil {
				yield(nil, err)
				return
			}
			if ok {
				h.items = append(h.items, c)
			}
		}
		heap.Init(h)
		for len(h.items) > 0 {
			c := h.items[0]
			if !yield(c.rec, nil) {
				return
			}
			ok, err := c.next()
			if err != nil {
				yield(nil, err)
				return
			}
			if ok {
				heap.Fix(h, 0)
			} else {
				heap.Pop(h)
			}
		}
	}
}

// Close removes the run files.
func (s *Sorter) Close() error {
	var errs []error
	for _, f := range s.runs {
		errs = append(errs, f.Close(), os.Remove(f.Name()))
	}
	s.runs, s.spans, s.arena = nil, nil, nil
	return errors.Join(errs...)
}

// Runs is the number of run files written so far.
func (s *Sorter) Runs() int { return len(s.runs) }

type cursor struct {
	r   *bufio.Reader
	rec []byte
}

func (c *cursor) next() (bool, error) {
	n, err := binary.ReadUvarint(c.r)
	if err == io.EOF {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("extsort: read run: %w", err)
	}
	if uint64(cap(c.rec)) < n {
		c.rec = make([]byte, n)
	}
	c.rec = c.rec[:n]
	if _, err := io.ReadFull(c.r, c.rec); err != nil {
		return false, fmt.Errorf("extsort: read run: %w", err)
	}
	return true, nil
}

type mergeHeap struct{ items []*cursor }

func (h *mergeHeap) Len() int           { return len(h.items) }
func (h *mergeHeap) Less(i, j int) bool { return bytes.Compare(h.items[i].rec, h.items[j].rec) < 0 }
func (h *mergeHeap) Swap(i, j int)      { h.items[i], h.items[j] = h.items[j], h.items[i] }
func (h *mergeHeap) Push(x any)         { h.items = append(h.items, x.(*cursor)) }
func (h *mergeHeap) Pop() any {
	x := h.items[len(h.items)-1]
	h.items = h.items[:len(h.items)-1]
	return x
}

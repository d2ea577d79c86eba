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
	buf    [][]byte
	arena  []byte // holds the buffered records
	used   int
	runs   []*os.File
	done   bool
}

// New returns a Sorter that keeps about budget bytes of records in memory
// and spills to temporary files in dir ("" for the system default).
func New(dir string, budget int) *Sorter {
	return &Sorter{dir: dir, budget: max(budget, 1<<16)}
}

// Add copies rec into the sorter.
func (s *Sorter) Add(rec []byte) error {
	if s.done {
		return errors.New("extsort: Add after Sorted")
	}
	if len(s.arena)+len(rec) > cap(s.arena) {
		// A new arena; records already buffered keep pointing into the old one.
		s.arena = make([]byte, 0, max(len(rec), min(s.budget/8, 4<<20)))
	}
	start := len(s.arena)
	s.arena = append(s.arena, rec...)
	s.buf = append(s.buf, s.arena[start:len(s.arena):len(s.arena)])
	s.used += len(rec) + 24
	if s.used >= s.budget {
		return s.spill()
	}
	return nil
}

// spill sorts the buffer and writes it as one run.
func (s *Sorter) spill() error {
	slices.SortFunc(s.buf, bytes.Compare)
	f, err := os.CreateTemp(s.dir, ".extsort-*.run")
	if err != nil {
		return fmt.Errorf("extsort: %w", err)
	}
	s.runs = append(s.runs, f)
	w := bufio.NewWriterSize(f, 1<<20)
	var lb [binary.MaxVarintLen64]byte
	for _, r := range s.buf {
		n := binary.PutUvarint(lb[:], uint64(len(r)))
		w.Write(lb[:n])
		w.Write(r)
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("extsort: write run: %w", err)
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return fmt.Errorf("extsort: %w", err)
	}
	s.buf, s.arena, s.used = s.buf[:0], nil, 0
	return nil
}

// Sorted returns the records in order. The slice yielded is valid until
// the next iteration step. After Sorted, Add fails; Sorted may be ranged
// over once.
func (s *Sorter) Sorted() iter.Seq2[[]byte, error] {
	return func(yield func([]byte, error) bool) {
		s.done = true
		if len(s.runs) == 0 {
			slices.SortFunc(s.buf, bytes.Compare)
			for _, r := range s.buf {
				if !yield(r, nil) {
					return
				}
			}
			return
		}
		if len(s.buf) > 0 {
			if err := s.spill(); err != nil {
				yield(nil, err)
				return
			}
		}
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
	s.runs, s.buf, s.arena = nil, nil, nil
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

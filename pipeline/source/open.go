package source

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"sync/atomic"

	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/zstd"
)

// Open opens an input for reading, decompressing it as its name says.
// read, when not nil, is advanced by the number of bytes read from the file
// itself (compressed bytes), for progress reporting.
func Open(in Input, read *atomic.Int64) (io.ReadCloser, error) {
	var f io.ReadCloser
	switch {
	case in.FS != nil:
		file, err := in.FS.Open(in.Path)
		if err != nil {
			return nil, fmt.Errorf("source: %w", err)
		}
		f = file
	case in.Path == "-":
		f = io.NopCloser(os.Stdin)
	default:
		file, err := os.Open(in.Path)
		if err != nil {
			return nil, fmt.Errorf("source: %w", err)
		}
		f = file
	}
	var r io.Reader = f
	if read != nil {
		r = &countingReader{r: f, n: read}
	}
	switch in.Compression {
	case "gzip":
		zr, err := gzip.NewReader(bufio.NewReaderSize(r, 256<<10))
		if err != nil {
			f.Close()
			return nil, fmt.Errorf("source: %s: gzip: %w", in.Path, err)
		}
		return &stack{Reader: zr, closers: []io.Closer{zr, f}}, nil
	case "zstd":
		zr, err := zstd.NewReader(r, zstd.WithDecoderConcurrency(1), zstd.WithDecoderMaxWindow(1<<30))
		if err != nil {
			f.Close()
			return nil, fmt.Errorf("source: %s: zstd: %w", in.Path, err)
		}
		return &stack{Reader: zr, closers: []io.Closer{zstdCloser{zr}, f}}, nil
	}
	return &stack{Reader: r, closers: []io.Closer{f}}, nil
}

type countingReader struct {
	r io.Reader
	n *atomic.Int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	return n, err
}

type stack struct {
	io.Reader
	closers []io.Closer
}

func (s *stack) Close() error {
	var first error
	for _, c := range s.closers {
		if err := c.Close(); err != nil && first == nil {
			first = err
		}
	}
	return first
}

type zstdCloser struct{ d *zstd.Decoder }

func (z zstdCloser) Close() error { z.d.Close(); return nil }

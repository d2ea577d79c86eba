package synth

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/zstd"
)

// errClosed is returned by writes to a closed output.
var errClosed = errors.New("synth: output closed")

// Output is a file being written, compressed as its name says. Data goes to
// a temporary file next to it, renamed to the final name by Close: a run
// that is killed or fails never leaves a file that looks complete.
type Output struct {
	path, tmp string
	f         *os.File
	w         io.Writer // the compressor, or f
	closer    io.Closer // the compressor, or nil
	closed    bool
}

// Create starts writing path: ".gz" is gzip, ".zst" zstd, anything else
// plain; "-" writes plain JSONL to standard output.
func Create(path string) (*Output, error) {
	if path == "-" {
		return &Output{path: path, w: os.Stdout}, nil
	}
	dir, base := filepath.Split(path)
	f, err := os.CreateTemp(dir, "."+base+".tmp-*")
	if err != nil {
		return nil, fmt.Errorf("synth: create %s: %w", path, err)
	}
	o := &Output{path: path, tmp: f.Name(), f: f, w: f}
	switch lower := strings.ToLower(path); {
	case strings.HasSuffix(lower, ".gz"):
		zw, err := gzip.NewWriterLevel(f, gzip.BestSpeed)
		if err != nil {
			o.Abort()
			return nil, fmt.Errorf("synth: gzip: %w", err)
		}
		o.w, o.closer = zw, zw
	case strings.HasSuffix(lower, ".zst"):
		zw, err := zstd.NewWriter(f, zstd.WithEncoderLevel(zstd.SpeedFastest))
		if err != nil {
			o.Abort()
			return nil, fmt.Errorf("synth: zstd: %w", err)
		}
		o.w, o.closer = zw, zw
	}
	return o, nil
}

// Write writes uncompressed bytes.
func (o *Output) Write(p []byte) (int, error) {
	if o.closed {
		return 0, errClosed
	}
	return o.w.Write(p)
}

// Close finishes the compressed stream, syncs the file and renames it to
// its final name. On error the temporary file is removed.
func (o *Output) Close() error {
	if o.closed {
		return errClosed
	}
	o.closed = true
	if o.f == nil {
		return nil
	}
	var err error
	if o.closer != nil {
		err = o.closer.Close()
	}
	// CreateTemp makes the file private; give it the mode os.Create would.
	err = errors.Join(err, o.f.Chmod(0o644), o.f.Sync(), o.f.Close())
	if err == nil {
		err = os.Rename(o.tmp, o.path)
	}
	if err != nil {
		os.Remove(o.tmp)
		return fmt.Errorf("synth: finish %s: %w", o.path, err)
	}
	return nil
}

// Abort discards the output: the temporary file is removed and the final
// name is not created.
func (o *Output) Abort() {
	if o.closed || o.f == nil {
		o.closed = true
		return
	}
	o.closed = true
	if o.closer != nil {
		o.closer.Close()
	}
	o.f.Close()
	os.Remove(o.tmp)
}

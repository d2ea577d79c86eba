package source

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Format is the kind of an input file, known from its name.
type Format string

// Input formats.
const (
	JSONL Format = "jsonl"
	Text  Format = "txt"
	HTML  Format = "html"
	WARC  Format = "warc"
)

// Input is one input file to read.
type Input struct {
	// Path is the file path, or "-" for stdin.
	Path   string
	Format Format
	// Compression is "", "gzip" or "zstd", from the file name.
	Compression string
	// Size is the file size in bytes, -1 when unknown (stdin).
	Size int64
	// FS, when not nil, is the file system Path is read from (the embedded
	// sample corpus); nil means the operating system's.
	FS fs.FS
}

// MultiRecord reports whether the input holds many articles (JSONL, WARC)
// rather than one (a text or HTML file).
func (in Input) MultiRecord() bool { return in.Format == JSONL || in.Format == WARC }

// FromFS lists the inputs of known formats in fsys, recursively, in
// lexical order; Path is relative to fsys.
func FromFS(fsys fs.FS) ([]Input, error) {
	var out []Input
	err := fs.WalkDir(fsys, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		f, c, ok := Classify(path)
		if !ok {
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		out = append(out, Input{Path: path, Format: f, Compression: c, Size: info.Size(), FS: fsys})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("source: %w", err)
	}
	return out, nil
}

// ErrUnknownFormat is returned for an explicitly named file whose extension
// names no known format.
var ErrUnknownFormat = errors.New("unknown input format")

// Classify tells the format and compression of a file from its name:
// .jsonl/.ndjson, .txt, .html/.htm, .warc, each optionally followed by .gz or
// .zst. ok is false for any other name.
func Classify(name string) (f Format, compression string, ok bool) {
	lower := strings.ToLower(filepath.Base(name))
	switch {
	case strings.HasSuffix(lower, ".gz"):
		compression, lower = "gzip", strings.TrimSuffix(lower, ".gz")
	case strings.HasSuffix(lower, ".zst"):
		compression, lower = "zstd", strings.TrimSuffix(lower, ".zst")
	}
	switch filepath.Ext(lower) {
	case ".jsonl", ".ndjson":
		return JSONL, compression, true
	case ".txt":
		return Text, compression, true
	case ".html", ".htm":
		return HTML, compression, true
	case ".warc":
		return WARC, compression, true
	}
	return "", "", false
}

// Expand resolves command-line arguments to the list of inputs to read, in
// order: files as given, directories recursed with their files in lexical
// order (hidden files and files of unknown formats inside directories are
// skipped), "-" for stdin read as JSONL. It fails before any work when an
// argument does not exist, cannot be read, or is a file of unknown format.
func Expand(args []string) ([]Input, error) {
	var out []Input
	for _, arg := range args {
		if arg == "-" {
			out = append(out, Input{Path: "-", Format: JSONL, Size: -1})
			continue
		}
		st, err := os.Stat(arg)
		if err != nil {
			return nil, fmt.Errorf("source: input %w", err)
		}
		if !st.IsDir() {
			f, c, ok := Classify(arg)
			if !ok {
				return nil, fmt.Errorf("source: %s: %w (want .jsonl, .txt, .html, .htm or .warc, optionally .gz or .zst)", arg, ErrUnknownFormat)
			}
			if err := readable(arg); err != nil {
				return nil, err
			}
			out = append(out, Input{Path: arg, Format: f, Compression: c, Size: st.Size()})
			continue
		}
		err = filepath.WalkDir(arg, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			name := d.Name()
			if path != arg && strings.HasPrefix(name, ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				return nil
			}
			f, c, ok := Classify(name)
			if !ok {
				return nil
			}
			info, err := d.Info()
			if err != nil {
				return err
			}
			if !info.Mode().IsRegular() {
				return nil
			}
			out = append(out, Input{Path: path, Format: f, Compression: c, Size: info.Size()})
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("source: input %w", err)
		}
	}
	return out, nil
}

func readable(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("source: input %w", err)
	}
	return f.Close()
}

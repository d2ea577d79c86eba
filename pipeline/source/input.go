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
	CSV   Format = "csv"
	TSV   Format = "tsv"
	JSON  Format = "json"
)

// Input is one input file to read.
type Input struct {
	// Path is the file path, or "-" for stdin.
	Path string
	// Name is Path relative to the common root of the run's inputs, with
	// "/" separators ("a/story.txt"): default article ids derive from it,
	// so two story.txt files in different folders get different ids.
	// Empty means Path.
	Name   string
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
func (in Input) MultiRecord() bool { return in.Format != Text && in.Format != HTML }

func (in Input) name() string {
	if in.Name != "" {
		return in.Name
	}
	return in.Path
}

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
		out = append(out, Input{Path: path, Name: path, Format: f, Compression: c, Size: info.Size(), FS: fsys})
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
// .jsonl/.ndjson, .json, .csv, .tsv, .txt, .html/.htm, .warc, each
// optionally followed by .gz or .zst. ok is false for any other name.
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
	case ".csv":
		return CSV, compression, true
	case ".tsv", ".tab":
		return TSV, compression, true
	case ".json":
		return JSON, compression, true
	}
	return "", "", false
}

// Expand resolves command-line arguments to the list of inputs to read;
// see List.
func Expand(args []string) ([]Input, error) {
	l, err := List(args, ListOptions{})
	return l.Inputs, err
}

// ListOptions say what List leaves out.
type ListOptions struct {
	// Exclude are directories never read from when recursing (the run's
	// output directory).
	Exclude []string
}

// Listing is what a run reads.
type Listing struct {
	Inputs []Input
	// Skipped are the files inside directories that were not read: of an
	// unknown format, or in an excluded directory. Hidden files are not
	// listed.
	Skipped []string
}

// List resolves command-line arguments to the list of inputs to read, in
// order: files as given, directories recursed with their files in lexical
// order (hidden files and directories are left out; files of unknown
// formats and excluded directories are listed in Skipped), "-" for stdin
// read as JSONL. Each input's Name is its path relative to the common
// root of the arguments (a directory argument is its own root, a file's
// folder is its). It fails before any work when an argument does not
// exist, cannot be read, or is a file of unknown format.
func List(args []string, opts ListOptions) (Listing, error) {
	var l Listing
	var roots []string
	for _, arg := range args {
		if arg == "-" {
			l.Inputs = append(l.Inputs, Input{Path: "-", Name: "-", Format: JSONL, Size: -1})
			continue
		}
		st, err := os.Stat(arg)
		if err != nil {
			return Listing{}, fmt.Errorf("source: input %w", err)
		}
		if !st.IsDir() {
			f, c, ok := Classify(arg)
			if !ok {
				return Listing{}, fmt.Errorf("source: %s: %w (want .jsonl, .json, .csv, .tsv, .txt, .html, .htm or .warc, optionally .gz or .zst)", arg, ErrUnknownFormat)
			}
			if err := readable(arg); err != nil {
				return Listing{}, err
			}
			l.Inputs = append(l.Inputs, Input{Path: arg, Format: f, Compression: c, Size: st.Size()})
			roots = append(roots, filepath.Dir(arg))
			continue
		}
		roots = append(roots, arg)
		if err := l.walk(arg, opts); err != nil {
			return Listing{}, err
		}
	}
	nameInputs(l.Inputs, roots)
	return l, nil
}

func (l *Listing) walk(dir string, opts ListOptions) error {
	excluded := func(path string) bool {
		for _, ex := range opts.Exclude {
			if sameDir(path, ex) {
				return true
			}
		}
		return false
	}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if path != dir && strings.HasPrefix(name, ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			if excluded(path) {
				l.Skipped = append(l.Skipped, path+string(filepath.Separator))
				return filepath.SkipDir
			}
			return nil
		}
		f, c, ok := Classify(name)
		if !ok {
			l.Skipped = append(l.Skipped, path)
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		if !info.Mode().IsRegular() {
			return nil
		}
		l.Inputs = append(l.Inputs, Input{Path: path, Format: f, Compression: c, Size: info.Size()})
		return nil
	})
	if err != nil {
		return fmt.Errorf("source: input %w", err)
	}
	return nil
}

// sameDir reports whether a and b name the same directory.
func sameDir(a, b string) bool {
	sa, err := os.Stat(a)
	if err != nil {
		return false
	}
	sb, err := os.Stat(b)
	return err == nil && os.SameFile(sa, sb)
}

// nameInputs sets each input's Name: its path relative to the longest
// common folder of roots.
func nameInputs(ins []Input, roots []string) {
	root := commonRoot(roots)
	for i := range ins {
		if ins[i].Path == "-" {
			continue
		}
		abs, err := filepath.Abs(ins[i].Path)
		rel := ""
		if err == nil && root != "" {
			rel, err = filepath.Rel(root, abs)
		}
		if err != nil || rel == "" || strings.HasPrefix(rel, "..") {
			rel = ins[i].Path
		}
		ins[i].Name = filepath.ToSlash(rel)
	}
}

// commonRoot is the longest folder that holds every one of dirs, as an
// absolute path ("" when dirs is empty).
func commonRoot(dirs []string) string {
	var root []string
	for i, d := range dirs {
		abs, err := filepath.Abs(d)
		if err != nil {
			return ""
		}
		parts := strings.Split(filepath.ToSlash(abs), "/")
		if i == 0 {
			root = parts
			continue
		}
		n := 0
		for n < len(root) && n < len(parts) && root[n] == parts[n] {
			n++
		}
		root = root[:n]
	}
	if len(root) == 0 {
		return ""
	}
	r := strings.Join(root, "/")
	if r == "" {
		r = "/"
	}
	return filepath.FromSlash(r)
}

func readable(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("source: input %w", err)
	}
	return f.Close()
}

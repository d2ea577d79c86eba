// Command pseudo tags unlabelled news text with an NER model and writes it
// as a CoNLL file (token<TAB>IOB2 tag lines, -DOCSTART- between articles):
// pseudo-labelled data that `newsnlp train ner --extra` adds to the
// annotated training data (self-training), so that the next model sees the
// words, names and contexts of newer and other news than CoNLL's 1996
// Reuters. Text is tokenized and split into sentences with nlp/tokenize, as
// the pipeline does. Deterministic: same model and inputs, same output.
//
//	go run ./nlp/ner/internal/pseudo -model /tmp/nermodel -out /tmp/pseudo.conll \
//	    -text ../shared/data/polnear/train/text \
//	    -jsonl ../shared/data/wikinews/wikinews_2019_2020.jsonl
//
// Only sentences of at least -min-tokens tokens that contain a letter are
// written; a sentence whose tokens are all upper-case is skipped (headlines
// and tables are what the model is least sure of).
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"

	"github.com/newsnlp/newsnlp/nlp"
	"github.com/newsnlp/newsnlp/nlp/ner"
	"github.com/newsnlp/newsnlp/nlp/ner/conll"
	"github.com/newsnlp/newsnlp/nlp/tokenize"
)

type multi []string

func (m *multi) String() string     { return strings.Join(*m, ",") }
func (m *multi) Set(s string) error { *m = append(*m, s); return nil }

func main() {
	var textDirs, jsonlFiles multi
	flag.Var(&textDirs, "text", "folder of .txt articles (repeatable)")
	flag.Var(&jsonlFiles, "jsonl", "JSONL file with a text field, one article per line (repeatable)")
	model := flag.String("model", "", "model directory (default: the embedded model)")
	minTokens := flag.Int("min-tokens", 4, "shortest sentence written, in tokens")
	out := flag.String("out", "pseudo.conll", "output CoNLL file")
	flag.Parse()
	if err := run(textDirs, jsonlFiles, *model, *minTokens, *out); err != nil {
		fmt.Fprintln(os.Stderr, "pseudo:", err)
		os.Exit(1)
	}
}

func run(textDirs, jsonlFiles []string, modelDir string, minTokens int, out string) error {
	var m *ner.Model
	var err error
	if modelDir == "" {
		m, err = ner.Default()
	} else {
		m, err = ner.Load(os.DirFS(modelDir), ".")
	}
	if err != nil {
		return err
	}
	var texts []string
	for _, d := range textDirs {
		ts, err := readDir(d)
		if err != nil {
			return err
		}
		texts = append(texts, ts...)
	}
	for _, f := range jsonlFiles {
		ts, err := readJSONL(f)
		if err != nil {
			return err
		}
		texts = append(texts, ts...)
	}
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	tok := tokenize.New()
	nsent, ntok := 0, 0
	for _, text := range texts {
		d := &nlp.Doc{Text: text}
		if err := tok.Annotate(d); err != nil {
			return err
		}
		if err := m.Annotate(d); err != nil {
			return err
		}
		s, t := writeDoc(w, d, minTokens)
		nsent += s
		ntok += t
	}
	if err := w.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "pseudo: %d articles, %d sentences, %d tokens -> %s\n", len(texts), nsent, ntok, out)
	return f.Close()
}

// writeDoc writes the kept sentences of d and returns how many sentences
// and tokens it wrote.
func writeDoc(w *bufio.Writer, d *nlp.Doc, minTokens int) (int, int) {
	tags := conll.Tags(d)
	nsent, ntok := 0, 0
	for si, s := range d.Sentences {
		toks := d.Tokens[s.FirstToken:s.EndToken]
		if !keep(toks, minTokens) {
			continue
		}
		if nsent == 0 {
			w.WriteString("-DOCSTART- O\n\n")
		}
		for i, t := range toks {
			fmt.Fprintf(w, "%s\t%s\n", t.Text, tags[si][i])
		}
		w.WriteByte('\n')
		nsent++
		ntok += len(toks)
	}
	return nsent, ntok
}

// keep reports whether a sentence goes into the pseudo-labelled data: long
// enough, with letters, not all upper-case, no token holding white space.
func keep(toks []nlp.Token, minTokens int) bool {
	if len(toks) < minTokens {
		return false
	}
	lower := false
	for _, t := range toks {
		if strings.ContainsFunc(t.Text, unicode.IsSpace) {
			return false
		}
		lower = lower || strings.ContainsFunc(t.Text, unicode.IsLower)
	}
	return lower
}

// readDir returns the .txt files under dir, in name order.
func readDir(dir string) ([]string, error) {
	var paths []string
	err := filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		if err == nil && !e.IsDir() && strings.HasSuffix(p, ".txt") {
			paths = append(paths, p)
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	slices.Sort(paths)
	texts := make([]string, 0, len(paths))
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		texts = append(texts, string(b))
	}
	return texts, nil
}

// readJSONL returns the "text" field of each line of a JSONL file.
func readJSONL(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var texts []string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 16<<20)
	for line := 1; sc.Scan(); line++ {
		var a struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		if a.Text != "" {
			texts = append(texts, a.Text)
		}
	}
	return texts, sc.Err()
}

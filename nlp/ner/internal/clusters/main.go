// Command clusters derives the NER model's word clusters from unlabelled
// news text with the exchange algorithm (Kneser & Ney 1993; Martin,
// Liermann & Ney 1998): words are moved between classes to maximise the
// likelihood of a class bigram model. It runs once per requested number of
// classes and writes "word<TAB>class<TAB>class..." lines, most frequent
// word first. Deterministic: same inputs, same output.
//
//	go run ./nlp/ner/internal/clusters -out nlp/ner/model/clusters.tsv \
//	    -conll ../shared/data/conll2003/train.txt \
//	    -text ../shared/data/polnear/train/text -text ../shared/data/polnear/dev/text \
//	    -jsonl ../shared/data/wikinews/wikinews_2019_2020.jsonl
//
// Only the word column of the CoNLL file is read (no tags).
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

type multi []string

func (m *multi) String() string     { return strings.Join(*m, ",") }
func (m *multi) Set(s string) error { *m = append(*m, s); return nil }

func main() {
	var conllFiles, textDirs, jsonlFiles multi
	flag.Var(&conllFiles, "conll", "CoNLL file: its first column is read as text (repeatable)")
	flag.Var(&textDirs, "text", "folder of .txt articles (repeatable)")
	flag.Var(&jsonlFiles, "jsonl", "JSONL file with a text field (repeatable)")
	sizes := flag.String("classes", "64,256,1024", "numbers of classes, one clustering each")
	minCount := flag.Int("min", 3, "minimum word count")
	iters := flag.Int("iter", 6, "exchange iterations")
	out := flag.String("out", "clusters.tsv", "output file")
	flag.Parse()
	if err := run(conllFiles, textDirs, jsonlFiles, *sizes, *minCount, *iters, *out); err != nil {
		fmt.Fprintln(os.Stderr, "clusters:", err)
		os.Exit(1)
	}
}

func run(conllFiles, textDirs, jsonlFiles []string, sizes string, minCount, iters int, out string) error {
	var c corpus
	c.init()
	for _, f := range conllFiles {
		if err := c.readCoNLL(f); err != nil {
			return err
		}
	}
	for _, d := range textDirs {
		err := filepath.WalkDir(d, func(p string, e fs.DirEntry, err error) error {
			if err != nil || e.IsDir() || !strings.HasSuffix(p, ".txt") {
				return err
			}
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			c.addText(string(b))
			return nil
		})
		if err != nil {
			return err
		}
	}
	for _, f := range jsonlFiles {
		if err := c.readJSONL(f); err != nil {
			return err
		}
	}
	vocab, bigrams := c.vocabulary(minCount)
	fmt.Fprintf(os.Stderr, "%d tokens, %d word types with count >= %d\n", len(c.ids), len(vocab), minCount)
	var columns [][]int
	for _, s := range strings.Split(sizes, ",") {
		k, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || k < 2 {
			return fmt.Errorf("bad class count %q", s)
		}
		columns = append(columns, exchange(vocab, bigrams, k, iters))
	}
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	for i, v := range vocab {
		w.WriteString(v.word)
		for _, col := range columns {
			w.WriteByte('\t')
			w.WriteString(strconv.Itoa(col[i]))
		}
		w.WriteByte('\n')
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// corpus is the text as a sequence of word ids; -1 separates documents.
type corpus struct {
	index map[string]int
	words []string
	count []int
	ids   []int
}

func (c *corpus) init() { c.index = map[string]int{} }

func (c *corpus) add(w string) {
	id, ok := c.index[w]
	if !ok {
		id = len(c.words)
		c.index[w] = id
		c.words = append(c.words, w)
		c.count = append(c.count, 0)
	}
	c.count[id]++
	c.ids = append(c.ids, id)
}

func (c *corpus) boundary() { c.ids = append(c.ids, -1) }

func (c *corpus) readCoNLL(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		switch {
		case len(fields) == 0:
			c.boundary()
		case fields[0] != "-DOCSTART-":
			c.add(fields[0])
		}
	}
	return sc.Err()
}

func (c *corpus) readJSONL(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		var row struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &row); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		c.addText(row.Text)
	}
	return sc.Err()
}

// addText splits running text into CoNLL-like tokens: white space, then
// punctuation peeled off word edges (a final period stays on
// abbreviations such as "U.S." and "Mr.").
func (c *corpus) addText(text string) {
	for _, line := range strings.Split(text, "\n") {
		for _, w := range strings.Fields(line) {
			var tail []string
			for len(w) > 0 && strings.ContainsAny(w[:1], "(\"'[“‘") {
				c.add(w[:1])
				w = w[1:]
			}
			for len(w) > 0 {
				last := w[len(w)-1:]
				if !strings.ContainsAny(last, ")\"',;:!?]”’.") {
					break
				}
				if last == "." && (strings.Count(w, ".") > 1 || len(w) <= 3) {
					break
				}
				tail = append(tail, last)
				w = w[:len(w)-1]
			}
			if strings.HasSuffix(w, "'s") && len(w) > 2 {
				c.add(w[:len(w)-2])
				c.add("'s")
			} else if w != "" {
				c.add(w)
			}
			for i := len(tail) - 1; i >= 0; i-- {
				c.add(tail[i])
			}
		}
		c.boundary()
	}
}

type vocabWord struct {
	word  string
	count int
	succ  []pair // following words (vocabulary index) with counts
	pred  []pair
}

type pair struct{ w, n int }

// vocabulary keeps words seen at least minCount times, most frequent
// first (ties by word), and their bigrams. Rarer words map to one
// <unk> entry that is clustered but not written.
func (c *corpus) vocabulary(minCount int) ([]vocabWord, int) {
	order := make([]int, len(c.words))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int {
		if c.count[a] != c.count[b] {
			return c.count[b] - c.count[a]
		}
		return strings.Compare(c.words[a], c.words[b])
	})
	vid := make([]int, len(c.words))
	var vocab []vocabWord
	for _, id := range order {
		if c.count[id] >= minCount {
			vid[id] = len(vocab)
			vocab = append(vocab, vocabWord{word: c.words[id], count: c.count[id]})
		} else {
			vid[id] = -1
		}
	}
	succ := make([]map[int]int, len(vocab))
	pred := make([]map[int]int, len(vocab))
	for i := range vocab {
		succ[i], pred[i] = map[int]int{}, map[int]int{}
	}
	total := 0
	for i := 0; i+1 < len(c.ids); i++ {
		a, b := c.ids[i], c.ids[i+1]
		if a < 0 || b < 0 || vid[a] < 0 || vid[b] < 0 || vid[a] == vid[b] {
			continue
		}
		succ[vid[a]][vid[b]]++
		pred[vid[b]][vid[a]]++
		total++
	}
	for i := range vocab {
		vocab[i].succ = sortedPairs(succ[i])
		vocab[i].pred = sortedPairs(pred[i])
	}
	return vocab, total
}

func sortedPairs(m map[int]int) []pair {
	ps := make([]pair, 0, len(m))
	for w, n := range m {
		ps = append(ps, pair{w, n})
	}
	slices.SortFunc(ps, func(a, b pair) int { return a.w - b.w })
	return ps
}

func xlogx(x float64) float64 {
	if x <= 0 {
		return 0
	}
	return x * math.Log(x)
}

// exchange clusters the vocabulary into k classes.
func exchange(vocab []vocabWord, total, k, iters int) []int {
	cls := make([]int, len(vocab))
	for i := range cls {
		cls[i] = i % k
	}
	n := make([]float64, k*k) // class bigram counts
	left := make([]float64, k)
	right := make([]float64, k)
	cl := make([]float64, len(vocab)) // bigrams starting with the word
	cr := make([]float64, len(vocab))
	for i, v := range vocab {
		for _, p := range v.succ {
			n[cls[i]*k+cls[p.w]] += float64(p.n)
			cl[i] += float64(p.n)
		}
		for _, p := range v.pred {
			cr[i] += float64(p.n)
		}
	}
	for c := range k {
		for d := range k {
			left[c] += n[c*k+d]
			right[d] += n[c*k+d]
		}
	}
	succ := make([]float64, k)
	pred := make([]float64, k)
	var sc, pc []int
	for it := range iters {
		moved := 0
		for i, v := range vocab {
			clear(succ)
			clear(pred)
			sc, pc = sc[:0], pc[:0]
			for _, p := range v.succ {
				c := cls[p.w]
				if succ[c] == 0 {
					sc = append(sc, c)
				}
				succ[c] += float64(p.n)
			}
			for _, p := range v.pred {
				c := cls[p.w]
				if pred[c] == 0 {
					pc = append(pc, c)
				}
				pred[c] += float64(p.n)
			}
			a := cls[i]
			for _, d := range sc {
				n[a*k+d] -= succ[d]
			}
			for _, c := range pc {
				n[c*k+a] -= pred[c]
			}
			left[a] -= cl[i]
			right[a] -= cr[i]
			best, bestDelta := a, math.Inf(-1)
			for b := range k {
				delta := 0.0
				for _, d := range sc {
					x := n[b*k+d]
					delta += xlogx(x+succ[d]) - xlogx(x)
				}
				for _, c := range pc {
					x := n[c*k+b]
					delta += xlogx(x+pred[c]) - xlogx(x)
				}
				delta -= xlogx(left[b]+cl[i]) - xlogx(left[b])
				delta -= xlogx(right[b]+cr[i]) - xlogx(right[b])
				if delta > bestDelta+1e-9 || (b == a && delta >= bestDelta-1e-9) {
					best, bestDelta = b, delta
				}
			}
			for _, d := range sc {
				n[best*k+d] += succ[d]
			}
			for _, c := range pc {
				n[c*k+best] += pred[c]
			}
			left[best] += cl[i]
			right[best] += cr[i]
			if best != a {
				moved++
				cls[i] = best
			}
		}
		fmt.Fprintf(os.Stderr, "k=%d iteration %d: %d words moved\n", k, it+1, moved)
		if moved == 0 {
			break
		}
	}
	_ = total
	return cls
}

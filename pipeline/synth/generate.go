package synth

import (
	"bufio"
	"fmt"
	"io"
	"math/rand/v2"
	"strconv"
)

// Options says how many articles to make and how.
type Options struct {
	// Articles is the number of articles to write (at least 1).
	Articles int
	// Seed makes the corpus: the same seed and source give the same
	// articles, byte for byte.
	Seed int64
	// IDPrefix starts every article id; default "syn-". Ids are the prefix
	// and the article number from 1, zero-padded to six digits
	// ("syn-000001").
	IDPrefix string
	// Foreign is the share of paragraphs drawn from anywhere in the corpus
	// rather than from the article that gives the title; 0 means the
	// default, 0.5. The first paragraph always comes from that article.
	Foreign float64
}

// Validate reports whether the options can be used.
func (o Options) Validate() error {
	switch {
	case o.Articles < 1:
		return fmt.Errorf("synth: articles must be at least 1, got %d", o.Articles)
	case o.Foreign < 0 || o.Foreign > 1:
		return fmt.Errorf("synth: foreign share must be in [0, 1], got %g", o.Foreign)
	}
	return nil
}

// Stats says what Generate wrote.
type Stats struct {
	Articles   int64
	Paragraphs int64
	// Bytes is the size of the JSONL written, before any compression.
	Bytes int64
}

// Generate writes opts.Articles synthetic articles to w as JSONL, one object
// a line: id, title, date (when the source article has one), source
// ("synthetic"), from (the id of the source article that gave the title)
// and text (paragraphs separated by blank lines). It stops at the first
// write error and returns what was written until then.
func (c *Corpus) Generate(w io.Writer, opts Options) (Stats, error) {
	var st Stats
	if c == nil || len(c.articles) == 0 {
		return st, ErrEmptyCorpus
	}
	if err := opts.Validate(); err != nil {
		return st, err
	}
	if opts.IDPrefix == "" {
		opts.IDPrefix = "syn-"
	}
	if opts.Foreign == 0 {
		opts.Foreign = 0.5
	}
	prefix := escape(opts.IDPrefix)
	bw := bufio.NewWriterSize(w, 1<<20)
	var line []byte
	pcg := rand.NewPCG(0, 0)
	rng := rand.New(pcg)
	for i := 1; i <= opts.Articles; i++ {
		// Seeded per article: article i does not depend on the others, so
		// any range of the corpus can be made on its own.
		pcg.Seed(uint64(opts.Seed), uint64(i))
		var n int
		line, n = c.appendArticle(line[:0], rng, prefix, i, opts.Foreign)
		if _, err := bw.Write(line); err != nil {
			return st, fmt.Errorf("synth: write: %w", err)
		}
		st.Articles++
		st.Paragraphs += int64(n)
		st.Bytes += int64(len(line))
	}
	if err := bw.Flush(); err != nil {
		return st, fmt.Errorf("synth: write: %w", err)
	}
	return st, nil
}

// appendArticle appends article number i as one JSON line to b and returns
// it with the number of paragraphs.
func (c *Corpus) appendArticle(b []byte, rng *rand.Rand, prefix []byte, i int, foreign float64) ([]byte, int) {
	base := &c.articles[rng.IntN(len(c.articles))]
	b = append(b, `{"id":"`...)
	b = append(b, prefix...)
	b = appendPadded(b, i, 6)
	b = append(b, `","title":"`...)
	b = append(b, base.title...)
	if len(base.date) > 0 {
		b = append(b, `","date":"`...)
		b = append(b, base.date...)
	}
	b = append(b, `","source":"synthetic","from":"`...)
	b = append(b, base.id...)
	b = append(b, `","text":"`...)
	n := int(base.end - base.first)
	for j := range n {
		p := base.first + int32(j)
		if j > 0 {
			b = append(b, `\n\n`...)
			if rng.Float64() < foreign {
				p = c.pool[rng.IntN(len(c.pool))]
			}
		}
		b = append(b, c.paras[p]...)
	}
	b = append(b, "\"}\n"...)
	return b, n
}

// appendPadded appends the decimal form of n, zero-padded to width digits.
func appendPadded(b []byte, n, width int) []byte {
	var digits [20]byte
	d := strconv.AppendInt(digits[:0], int64(n), 10)
	for k := len(d); k < width; k++ {
		b = append(b, '0')
	}
	return append(b, d...)
}

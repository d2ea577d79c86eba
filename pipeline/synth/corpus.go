package synth

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"strings"

	"github.com/newsnlp/newsnlp/pipeline/source"
)

// Corpus is the material of synthetic articles: the titles, dates and
// paragraphs of the source articles, JSON-escaped. It is read-only after
// Load, so one Corpus may serve several Generate calls at once.
type Corpus struct {
	articles []article
	// paras holds every paragraph as the JSON string content it will be
	// written as (escaped, without quotes).
	paras [][]byte
	// pool indexes the paragraphs long enough to be drawn at random (not
	// date lines or one-word captions).
	pool []int32
}

type article struct {
	id, title, date []byte // JSON-escaped
	first, end      int32  // paragraphs paras[first:end]
}

// minPoolParagraph is the shortest paragraph, in bytes, drawn at random.
const minPoolParagraph = 40

// ErrEmptyCorpus is returned by Load when the source has no usable article.
var ErrEmptyCorpus = errors.New("synth: source corpus has no article with text")

// Load reads a source corpus from JSONL (the pipeline's input format: text
// required; id, title, date or published optional). Lines that cannot be
// read are skipped; skipped counts them.
func Load(r io.Reader, name string) (c *Corpus, skipped int, err error) {
	return fromRecords(source.JSONLines(r, name))
}

// LoadFile reads a source corpus from a JSONL file, compressed or not
// (.jsonl, .jsonl.gz, .jsonl.zst).
func LoadFile(path string) (c *Corpus, skipped int, err error) {
	f, comp, ok := source.Classify(path)
	if !ok || f != source.JSONL {
		return nil, 0, fmt.Errorf("synth: %s: not a JSONL file (.jsonl, .jsonl.gz, .jsonl.zst)", path)
	}
	rc, err := source.Open(source.Input{Path: path, Format: f, Compression: comp}, nil)
	if err != nil {
		return nil, 0, fmt.Errorf("synth: %w", err)
	}
	defer rc.Close()
	c, skipped, err = Load(rc, path)
	if err != nil {
		return nil, skipped, err
	}
	return c, skipped, nil
}

func fromRecords(records iter.Seq[source.Record]) (*Corpus, int, error) {
	c := &Corpus{}
	skipped := 0
	for rec := range records {
		if rec.Err != nil {
			skipped++
			continue
		}
		paras := paragraphs(rec.Text)
		if len(paras) == 0 {
			skipped++
			continue
		}
		a := article{id: escape(rec.ID), title: escape(rec.Title), first: int32(len(c.paras))}
		if rec.Published != nil {
			a.date = escape(rec.Published.Format("2006-01-02"))
		}
		for _, p := range paras {
			if len(p) >= minPoolParagraph {
				c.pool = append(c.pool, int32(len(c.paras)))
			}
			c.paras = append(c.paras, escape(p))
		}
		a.end = int32(len(c.paras))
		c.articles = append(c.articles, a)
	}
	if len(c.articles) == 0 {
		return nil, skipped, ErrEmptyCorpus
	}
	if len(c.pool) == 0 { // only short paragraphs: draw from all of them
		for i := range c.paras {
			c.pool = append(c.pool, int32(i))
		}
	}
	return c, skipped, nil
}

// Articles is the number of source articles.
func (c *Corpus) Articles() int { return len(c.articles) }

// Paragraphs is the number of source paragraphs.
func (c *Corpus) Paragraphs() int { return len(c.paras) }

// paragraphs splits text at blank lines and trims each paragraph's white
// space, dropping empty ones.
func paragraphs(text string) []string {
	var out []string
	for block := range strings.SplitSeq(strings.ReplaceAll(text, "\r\n", "\n"), "\n\n") {
		if p := strings.TrimSpace(block); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// escape returns s as the content of a JSON string, without the quotes.
func escape(s string) []byte {
	b, err := json.Marshal(s) // strings always marshal; invalid UTF-8 becomes U+FFFD
	if err != nil || len(b) < 2 {
		return nil
	}
	return b[1 : len(b)-1]
}

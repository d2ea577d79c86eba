package rowgen

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/parquet-go/parquet-go"
	"github.com/parquet-go/parquet-go/compress/zstd"

	"github.com/newsnlp/newsnlp/corpus/fingerprint"
	"github.com/newsnlp/newsnlp/schemas"
)

// Options says how many rows to make.
type Options struct {
	Articles int
	// EntitiesPerArticle and QuotesPerArticle default to 25 and 10.
	EntitiesPerArticle, QuotesPerArticle int
	Seed                                 uint64
}

// Stats counts the rows written.
type Stats struct{ Articles, Entities, Quotes int64 }

// Write writes DIR/articles.parquet, entities.parquet and quotes.parquet.
func Write(dir string, opts Options) (Stats, error) {
	var st Stats
	if opts.Articles < 1 {
		return st, fmt.Errorf("rowgen: articles must be at least 1, got %d", opts.Articles)
	}
	if opts.EntitiesPerArticle == 0 {
		opts.EntitiesPerArticle = 25
	}
	if opts.QuotesPerArticle == 0 {
		opts.QuotesPerArticle = 10
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return st, fmt.Errorf("rowgen: %w", err)
	}
	arts, err := create[schemas.Article](dir, "articles")
	if err != nil {
		return st, err
	}
	ents, err := create[schemas.Entity](dir, "entities")
	if err != nil {
		return st, err
	}
	quotes, err := create[schemas.Quote](dir, "quotes")
	if err != nil {
		return st, err
	}
	g := newGen(opts.Seed)
	start := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	var sig []int32
	for i := range opts.Articles {
		id := fmt.Sprintf("r-%08d", i)
		if i%4 == 3 { // a syndicated copy of the previous article
			sig = append([]int32(nil), sig...)
			for range fingerprint.SignatureSize / 4 {
				sig[g.rng.IntN(len(sig))] = int32(g.rng.Uint32())
			}
		} else {
			sig = make([]int32, fingerprint.SignatureSize)
			for k := range sig {
				sig[k] = int32(g.rng.Uint32())
			}
		}
		src := fmt.Sprintf("Outlet %d", g.rng.IntN(50))
		url := "https://example.com/" + id
		pub := start.Add(time.Duration(i) * time.Minute)
		if err := arts.write(schemas.Article{ArticleID: id, Input: "rowgen", Source: &src, URL: &url, PublishedAt: &pub,
			MinHash: sig, DupBands: fingerprint.BandKeys(sig)}); err != nil {
			return st, err
		}
		st.Articles++
		var persons []int32
		for e := range opts.EntitiesPerArticle {
			label, name := g.entity()
			if label == "PERSON" {
				persons = append(persons, int32(e))
			}
			if err := ents.write(schemas.Entity{ArticleID: id, EntityID: int32(e), Canonical: name, Label: label, NMentions: 1 + int32(g.rng.IntN(4))}); err != nil {
				return st, err
			}
			st.Entities++
		}
		for q := range opts.QuotesPerArticle {
			text, kind := g.quote()
			row := schemas.Quote{ArticleID: id, QuoteIndex: int32(q), Text: text, QuoteKey: fingerprint.QuoteKey(text), Kind: kind}
			if len(persons) > 0 {
				s := persons[g.rng.IntN(len(persons))]
				row.SpeakerEntityID = &s
			}
			if err := quotes.write(row); err != nil {
				return st, err
			}
			st.Quotes++
		}
	}
	for _, t := range []interface{ commit() error }{arts, ents, quotes} {
		if err := t.commit(); err != nil {
			return st, err
		}
	}
	return st, nil
}

// gen draws names and quotes.
type gen struct {
	rng    *rand.Rand
	zipf   *rand.Zipf
	recent []string // quotes that later articles repeat
	words  []string
}

const vocabulary = 300_000

func newGen(seed uint64) *gen {
	rng := rand.New(rand.NewPCG(seed, 0xc0ffee))
	g := &gen{rng: rng, zipf: rand.NewZipf(rng, 1.1, 1, vocabulary-1)}
	for i := range 5000 {
		g.words = append(g.words, word(uint64(i)))
	}
	return g
}

// entity is a name of the vocabulary, most of them rare; name i's label
// and spelling depend on i alone.
func (g *gen) entity() (label, name string) {
	i := g.zipf.Uint64()
	switch i % 3 {
	case 0:
		return "PERSON", title(word(i*7+1)) + " " + title(word(i*13+2))
	case 1:
		return "ORGANIZATION", title(word(i*5+3)) + " Group"
	}
	return "LOCATION", title(word(i*11 + 4))
}

// quote is a new random quotation (80%), a repeat of a recent one (10%)
// or a fragment of one (10%).
func (g *gen) quote() (string, string) {
	r := g.rng.IntN(10)
	if len(g.recent) > 0 && r == 0 {
		return g.recent[g.rng.IntN(len(g.recent))], "direct"
	}
	if len(g.recent) > 0 && r == 1 {
		w := strings.Fields(g.recent[g.rng.IntN(len(g.recent))])
		n := min(len(w), 5)
		return strings.Join(w[:n], " "), "partial"
	}
	n := 12 + g.rng.IntN(9)
	ws := make([]string, n)
	for k := range ws {
		ws[k] = g.words[g.rng.IntN(len(g.words))]
	}
	q := strings.Join(ws, " ")
	if len(g.recent) < 5000 {
		g.recent = append(g.recent, q)
	} else {
		g.recent[g.rng.IntN(len(g.recent))] = q
	}
	return q, "direct"
}

// title capitalizes an ASCII word.
func title(w string) string { return strings.ToUpper(w[:1]) + w[1:] }

// word is a pronounceable lowercase word made from a number.
func word(i uint64) string {
	const cons, vows = "bcdfghklmnprstvz", "aeiou"
	x := i*0x9e3779b97f4a7c15 + 1
	var b []byte
	for k := 0; k < 3+int(x%3); k++ {
		b = append(b, cons[(x>>(8*k))%16], vows[(x>>(8*k+4))%5])
	}
	return string(b)
}

type table[T any] struct {
	dest string
	f    *os.File
	w    *parquet.GenericWriter[T]
	buf  []T
	n    int // rows since the last row group
}

func create[T any](dir, name string) (*table[T], error) {
	dest := filepath.Join(dir, name+".parquet")
	f, err := os.Create(dest + ".tmp")
	if err != nil {
		return nil, fmt.Errorf("rowgen: %w", err)
	}
	return &table[T]{dest: dest, f: f, w: parquet.NewGenericWriter[T](f, parquet.Compression(&zstd.Codec{}))}, nil
}

func (t *table[T]) write(row T) error {
	t.buf = append(t.buf, row)
	if len(t.buf) >= 4096 {
		return t.flush()
	}
	return nil
}

func (t *table[T]) flush() error {
	if _, err := t.w.Write(t.buf); err != nil {
		return fmt.Errorf("rowgen: write %s: %w", t.dest, err)
	}
	t.n += len(t.buf)
	t.buf = t.buf[:0]
	if t.n >= 256<<10 { // bounded row groups: flat memory
		t.n = 0
		if err := t.w.Flush(); err != nil {
			return fmt.Errorf("rowgen: %w", err)
		}
	}
	return nil
}

func (t *table[T]) commit() error {
	if err := t.flush(); err != nil {
		return err
	}
	if err := t.w.Close(); err != nil {
		return fmt.Errorf("rowgen: %w", err)
	}
	if err := t.f.Close(); err != nil {
		return fmt.Errorf("rowgen: %w", err)
	}
	return os.Rename(t.dest+".tmp", t.dest)
}

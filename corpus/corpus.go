package corpus

import (
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/newsnlp/newsnlp/corpus/extsort"
	"github.com/newsnlp/newsnlp/corpus/fingerprint"
	"github.com/newsnlp/newsnlp/nlp/entities"
)

// Options says where and how to write the corpus tables.
type Options struct {
	// Out is the output directory; it is created if needed.
	Out    string
	Format Format
	// TempDir holds the spill files; "" means Out.
	TempDir string
	// SortMemory is the memory, in bytes, each external sort may hold
	// before spilling; 0 means 64 MiB.
	SortMemory int
}

// Stats says what Build read and wrote.
type Stats struct {
	Parts, Articles, Entities, Quotes int64
	People, Organizations, Places     int64
	Quotations, ClusteredArticles     int64
	Clusters, EntityLinks             int64
	SpillRuns                         int
}

// Table names written by Build.
const (
	TableQuotations      = "quotations"
	TableArticleClusters = "article_clusters"
	TableEntityLinks     = "entity_links"
)

// builder holds the state shared by the steps of Build.
type builder struct {
	opts     Options
	parts    []Part
	names    *names
	articles articleTable
	sigs     *os.File // fingerprint.SignatureSize int32 per article, article order
	quotes   *extsort.Sorter
	bands    *extsort.Sorter
	stats    Stats
	// canonical maps identity ids to their canonical names.
	canonical map[string]string
}

// Build reads the parts and writes the people, organizations, places,
// quotations, article_clusters and entity_links tables to opts.Out.
func Build(parts []Part, opts Options) (Stats, error) {
	if opts.SortMemory == 0 {
		opts.SortMemory = 64 << 20
	}
	if err := os.MkdirAll(opts.Out, 0o755); err != nil {
		return Stats{}, fmt.Errorf("corpus: %w", err)
	}
	if opts.TempDir == "" {
		opts.TempDir = opts.Out
	}
	lex, err := entities.DefaultNames()
	if err != nil {
		return Stats{}, fmt.Errorf("corpus: %w", err)
	}
	b := &builder{opts: opts, parts: parts, names: newNames(lex)}
	b.stats.Parts = int64(len(parts))
	b.quotes = extsort.New(opts.TempDir, opts.SortMemory)
	defer b.quotes.Close()
	b.bands = extsort.New(opts.TempDir, opts.SortMemory)
	defer b.bands.Close()
	if b.sigs, err = os.CreateTemp(opts.TempDir, ".signatures-*"); err != nil {
		return Stats{}, fmt.Errorf("corpus: %w", err)
	}
	defer func() { b.sigs.Close(); os.Remove(b.sigs.Name()) }()

	if err := b.scan(); err != nil {
		return b.stats, err
	}
	if err := b.bands.Spill(); err != nil { // its buffer waits for the quotation and identity steps
		return b.stats, err
	}
	b.names.resolve()
	ids := b.names.identities()
	b.canonical = map[string]string{}
	for _, id := range ids {
		b.canonical[id.id] = id.canonical
	}
	quoted, err := b.writeQuotations(ids)
	if err != nil {
		return b.stats, err
	}
	if err := b.writeIdentities(ids, quoted); err != nil {
		return b.stats, err
	}
	if err := b.writeClusters(); err != nil {
		return b.stats, err
	}
	b.stats.SpillRuns = b.quotes.Runs() + b.bands.Runs()
	return b.stats, nil
}

// quoteRec is the payload of a quote in the quotes sort, after its key
// (8 bytes), article number and quote index (4 bytes each, big-endian).
type quoteRec struct {
	Text    string
	Partial bool
	Speaker int // names index of the speaker entity, -1 if none
	URL     string
}

// appendQuoteRec encodes r: partial flag, speaker + 1, text, url.
func appendQuoteRec(dst []byte, r *quoteRec) []byte {
	var partial uint64
	if r.Partial {
		partial = 1
	}
	return spillEnc(dst).uint(partial).uint(uint64(r.Speaker + 1)).str(r.Text).str(r.URL)
}

// scan is the first pass: it records the articles, counts the names, and
// feeds the quotes and band keys to their external sorts.
func (b *builder) scan() error {
	var rec []byte
	var nameOf []int
	sigBuf := make([]byte, 4*fingerprint.SignatureSize)
	return scanParts(b.parts, true, func(g *articleGroup) error {
		a := g.article
		b.stats.Articles++
		hasSig := len(a.MinHash) == fingerprint.SignatureSize
		b.articles.add(a.ArticleID, a.PublishedAt, a.Source, hasSig)
		clear(sigBuf)
		if hasSig {
			for k, v := range a.MinHash {
				binary.LittleEndian.PutUint32(sigBuf[4*k:], uint32(v))
			}
			for pos, band := range a.DupBands {
				rec = rec[:0]
				rec = append(rec, byte(pos))
				rec = binary.BigEndian.AppendUint64(rec, uint64(band))
				rec = append(rec, a.ArticleID...)
				rec = append(rec, 0)
				rec = binary.BigEndian.AppendUint32(rec, uint32(g.idx))
				if err := b.bands.Add(rec); err != nil {
					return err
				}
			}
		}
		if _, err := b.sigs.Write(sigBuf); err != nil {
			return fmt.Errorf("corpus: write signatures: %w", err)
		}
		nameOf = nameOf[:0]
		for _, e := range g.entities {
			b.stats.Entities++
			for len(nameOf) <= int(e.EntityID) {
				nameOf = append(nameOf, -1)
			}
			if e.EntityID >= 0 {
				nameOf[e.EntityID] = b.names.add(e.Label, e.Canonical, g.idx)
			}
		}
		for _, q := range g.quotes {
			b.stats.Quotes++
			key, err := quoteKeyBytes(q.QuoteKey, q.Text)
			if err != nil {
				return fmt.Errorf("corpus: article %q quote %d: %w", a.ArticleID, q.QuoteIndex, err)
			}
			r := quoteRec{Text: q.Text, Partial: q.Kind == "partial", Speaker: -1}
			if a.URL != nil {
				r.URL = *a.URL
			}
			if s := q.SpeakerEntityID; s != nil && *s >= 0 && int(*s) < len(nameOf) {
				r.Speaker = nameOf[*s]
			}
			rec = append(rec[:0], key[:]...)
			rec = binary.BigEndian.AppendUint32(rec, uint32(g.idx))
			rec = binary.BigEndian.AppendUint32(rec, uint32(q.QuoteIndex))
			rec = appendQuoteRec(rec, &r)
			if err := b.quotes.Add(rec); err != nil {
				return err
			}
		}
		return nil
	})
}

// quoteKeyBytes decodes a quote_key, computing it from the text when the
// run output has none (written before the column existed).
func quoteKeyBytes(key, text string) ([8]byte, error) {
	var k [8]byte
	if key == "" {
		key = fingerprint.QuoteKey(text)
	}
	if len(key) != 16 {
		return k, fmt.Errorf("bad quote_key %q", key)
	}
	if _, err := hex.Decode(k[:], []byte(key)); err != nil {
		return k, fmt.Errorf("bad quote_key %q: %w", key, err)
	}
	return k, nil
}

// articleTable holds what later steps need of every article, compactly:
// about 20 bytes plus the id per article.
type articleTable struct {
	ids     []byte
	ends    []uint32 // ids[ends[i-1]:ends[i]] is article i's id
	dates   []int64  // Unix microseconds; noDate when null
	sources []uint32 // index into sourceNames; 0 is null
	hasSig  []bool
	srcIdx  map[string]uint32
	srcName []string
}

const noDate = int64(-1 << 63)

func (t *articleTable) add(id string, date *time.Time, source *string, hasSig bool) {
	if t.srcIdx == nil {
		t.srcIdx, t.srcName = map[string]uint32{}, []string{""}
	}
	t.ids = append(t.ids, id...)
	t.ends = append(t.ends, uint32(len(t.ids)))
	d := noDate
	if date != nil {
		d = date.UnixMicro()
	}
	t.dates = append(t.dates, d)
	var s uint32
	if source != nil {
		var ok bool
		if s, ok = t.srcIdx[*source]; !ok {
			s = uint32(len(t.srcName))
			t.srcIdx[*source] = s
			t.srcName = append(t.srcName, *source)
		}
	}
	t.sources = append(t.sources, s)
	t.hasSig = append(t.hasSig, hasSig)
}

func (t *articleTable) len() int { return len(t.ends) }

func (t *articleTable) id(i int) string {
	start := uint32(0)
	if i > 0 {
		start = t.ends[i-1]
	}
	return string(t.ids[start:t.ends[i]])
}

func (t *articleTable) date(i int) *time.Time {
	if t.dates[i] == noDate {
		return nil
	}
	d := time.UnixMicro(t.dates[i]).UTC()
	return &d
}

func (t *articleTable) source(i int) *string {
	if t.sources[i] == 0 {
		return nil
	}
	s := t.srcName[t.sources[i]]
	return &s
}

// dateRange widens [first, last] with a date (Unix µs; noDate ignored).
type dateRange struct{ first, last int64 }

func newDateRange() dateRange { return dateRange{first: noDate, last: noDate} }

func (r *dateRange) add(d int64) {
	if d == noDate {
		return
	}
	if r.first == noDate || d < r.first {
		r.first = d
	}
	if r.last == noDate || d > r.last {
		r.last = d
	}
}

func (r dateRange) bounds() (*time.Time, *time.Time) {
	if r.first == noDate {
		return nil, nil
	}
	f, l := time.UnixMicro(r.first).UTC(), time.UnixMicro(r.last).UTC()
	return &f, &l
}

var errStop = errors.New("stop")

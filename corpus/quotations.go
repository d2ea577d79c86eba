package corpus

import (
	"bufio"
	"bytes"
	"cmp"
	"encoding/binary"
	"fmt"
	"io"
	"iter"
	"os"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsnlp/newsnlp/corpus/extsort"
	"github.com/newsnlp/newsnlp/corpus/fingerprint"
	"github.com/newsnlp/newsnlp/schemas"
)

// partialMinWords is the fewest words a partial quotation needs to join a
// longer one: shorter fragments ("very concerning") are too common to say
// which quotation they come from.
const partialMinWords = 3

// quotationAgg is one quote_key's occurrences, summed. It is spilled
// (appendAgg) between the steps of writeQuotations.
type quotationAgg struct {
	Key      uint64 // the quote_key
	Text     string // the longest text (code points), then the smallest
	Words    int
	Occ      int64
	Articles []int    // sorted, distinct article numbers
	Sources  []uint32 // sorted, distinct articleTable source indices (no null)
	URLs     []string // sorted, distinct
	Dates    dateRange
	Votes    []vote // sorted by identity id
	Partial  bool
}

// vote is the occurrences attributed to one identity.
type vote struct {
	id string
	n  int64
}

// writeQuotations groups the sorted quotes by key, joins partial
// quotations to the longest quotation containing their words, and writes
// the quotations table. It returns the quotes attributed to each identity.
func (b *builder) writeQuotations(ids []*identityInfo) (map[string]int64, error) {
	aggFile, err := os.CreateTemp(b.opts.TempDir, ".quotations-*")
	if err != nil {
		return nil, fmt.Errorf("corpus: %w", err)
	}
	defer func() { aggFile.Close(); os.Remove(aggFile.Name()) }()
	quoted := map[string]int64{}
	partials, err := b.groupQuotes(ids, aggFile, quoted)
	if err != nil {
		return nil, err
	}
	parent, err := findContaining(aggFile, partials)
	if err != nil {
		return nil, err
	}
	return quoted, b.mergeQuotations(aggFile, parent)
}

// partialRef is a partial quotation waiting for a longer one.
type partialRef struct {
	key     uint64
	words   int32
	speaker string // identity with most votes, "" if none
}

// groupQuotes sums the occurrences of each key into aggFile and returns
// the partial quotations indexed by their first partialMinWords words.
func (b *builder) groupQuotes(ids []*identityInfo, aggFile *os.File, quoted map[string]int64) (map[uint64][]partialRef, error) {
	w := bufio.NewWriterSize(aggFile, 1<<20)
	partials := map[uint64][]partialRef{} // by fingerprint.Hash of the first words
	var cur quotationAgg
	var curKey, buf []byte
	var textLen int // code points of cur.Text
	flush := func() error {
		if curKey == nil {
			return nil
		}
		slices.Sort(cur.Sources)
		cur.Sources = slices.Compact(cur.Sources)
		slices.Sort(cur.URLs)
		cur.URLs = slices.Compact(cur.URLs)
		cur.Words = wordCount(cur.Text)
		if cur.Partial && cur.Words >= partialMinWords {
			norm := fingerprint.Normalize(cur.Text)
			if ends := wordEnds(norm, nil); len(ends) >= partialMinWords {
				k := fingerprint.Hash(norm[:ends[partialMinWords-1]])
				partials[k] = append(partials[k], partialRef{key: cur.Key, words: int32(len(ends)), speaker: topVote(cur.Votes)})
			}
		}
		buf = appendAgg(buf[:0], &cur)
		if _, err := w.Write(binary.AppendUvarint(nil, uint64(len(buf)))); err != nil {
			return err
		}
		_, err := w.Write(buf)
		return err
	}
	var q quoteView
	for rec, err := range b.quotes.Sorted() {
		if err != nil {
			return nil, err
		}
		key, art := rec[:8], int(binary.BigEndian.Uint32(rec[8:12]))
		if err := q.decode(rec[16:]); err != nil {
			return nil, err
		}
		if curKey == nil || !bytes.Equal(key, curKey) {
			if err := flush(); err != nil {
				return nil, fmt.Errorf("corpus: quotation spill: %w", err)
			}
			curKey = append(curKey[:0], key...)
			cur = quotationAgg{Key: binary.BigEndian.Uint64(key), Text: string(q.text), Dates: newDateRange(),
				Articles: cur.Articles[:0], Sources: cur.Sources[:0], URLs: cur.URLs[:0], Votes: cur.Votes[:0]}
			textLen = utf8.RuneCount(q.text)
		}
		cur.Occ++
		if n := utf8.RuneCount(q.text); n > textLen || (n == textLen && string(q.text) < cur.Text) {
			cur.Text, textLen = string(q.text), n
		}
		if n := len(cur.Articles); n == 0 || cur.Articles[n-1] != art {
			cur.Articles = append(cur.Articles, art)
		}
		if s := b.articles.sources[art]; s != 0 {
			cur.Sources = append(cur.Sources, s)
		}
		if n := len(cur.URLs); len(q.url) > 0 && (n == 0 || cur.URLs[n-1] != string(q.url)) {
			cur.URLs = append(cur.URLs, string(q.url))
		}
		cur.Dates.add(b.articles.dates[art])
		cur.Partial = cur.Partial || q.partial
		if q.speaker >= 0 && ids[q.speaker].kind != Places {
			id := ids[q.speaker].id
			cur.Votes = addVote(cur.Votes, id)
			quoted[id]++
		}
	}
	if err := flush(); err != nil {
		return nil, fmt.Errorf("corpus: quotation spill: %w", err)
	}
	if err := w.Flush(); err != nil {
		return nil, fmt.Errorf("corpus: quotation spill: %w", err)
	}
	return partials, nil
}

// quoteView is a decoded quoteRec whose text and url alias the record.
type quoteView struct {
	partial   bool
	speaker   int
	text, url []byte
}

func (q *quoteView) decode(b []byte) error {
	d := spillDec{b: b}
	q.partial = d.flag()
	q.speaker = int(d.uint()) - 1
	q.text = d.bytes()
	q.url = d.bytes()
	if err := d.done(); err != nil {
		return fmt.Errorf("corpus: quote spill: %w", err)
	}
	return nil
}

// addVote counts one vote for id in votes, kept sorted by id.
func addVote(votes []vote, id string) []vote {
	i, ok := slices.BinarySearchFunc(votes, id, func(v vote, id string) int { return strings.Compare(v.id, id) })
	if ok {
		votes[i].n++
		return votes
	}
	return slices.Insert(votes, i, vote{id: id, n: 1})
}

// findContaining reads the quotations and returns, for each partial
// quotation whose words appear in a longer quotation, the key of the
// quotation it joins: the root of its chain of best containing quotations
// (a fragment of a longer fragment joins the whole quotation). The best
// containing quotation has votes for the partial's speaker, then is the
// longest, then has most occurrences, then the smallest key.
func findContaining(aggFile *os.File, partials map[uint64][]partialRef) (map[uint64]uint64, error) {
	type best struct {
		key     uint64
		speaker int // 1 if it has votes for the partial's speaker
		words   int
		occ     int64
	}
	found := map[uint64]best{}
	var ends []int
	if len(partials) > 0 {
		err := eachAgg(aggFile, func(q *quotationAgg) error {
			if q.Words < partialMinWords {
				return nil
			}
			norm := fingerprint.Normalize(q.Text)
			ends = wordEnds(norm, ends[:0])
			for p := 0; p+partialMinWords <= len(ends); p++ {
				start := 0
				if p > 0 {
					start = ends[p-1] + 1
				}
				// A hash collision only costs the full check below.
				refs := partials[fingerprint.Hash(norm[start:ends[p+partialMinWords-1]])]
				for _, ref := range refs {
					n := int(ref.words)
					if n >= len(ends) || p+n > len(ends) || ref.key == q.Key {
						continue
					}
					if fingerprint.Hash(norm[start:ends[p+n-1]]) != ref.key {
						continue
					}
					cand := best{key: q.Key, words: len(ends), occ: q.Occ}
					if ref.speaker != "" && hasVote(q.Votes, ref.speaker) {
						cand.speaker = 1
					}
					if cur, ok := found[ref.key]; !ok || cmp.Or(cmp.Compare(cand.speaker, cur.speaker), cmp.Compare(cand.words, cur.words), cmp.Compare(cand.occ, cur.occ), cmp.Compare(cur.key, cand.key)) > 0 {
						found[ref.key] = cand
					}
				}
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	parent := make(map[uint64]uint64, len(found))
	for k := range found {
		root := found[k].key
		for { // parents are strictly longer: the chain ends
			next, ok := found[root]
			if !ok {
				break
			}
			root = next.key
		}
		parent[k] = root
	}
	return parent, nil
}

func hasVote(votes []vote, id string) bool {
	_, ok := slices.BinarySearchFunc(votes, id, func(v vote, id string) int { return strings.Compare(v.id, id) })
	return ok
}

// mergeQuotations writes one row per quotation with the partial
// quotations joining it: the joined partials go through an external sort
// by the key they join, and are merged with the quotations, which aggFile
// holds in key order.
func (b *builder) mergeQuotations(aggFile *os.File, parent map[uint64]uint64) error {
	s := extsort.New(b.opts.TempDir, b.opts.SortMemory)
	defer s.Close()
	var rec []byte
	if len(parent) > 0 {
		err := eachAgg(aggFile, func(q *quotationAgg) error {
			root, ok := parent[q.Key]
			if !ok {
				return nil
			}
			rec = appendAgg(binary.BigEndian.AppendUint64(rec[:0], root), q)
			return s.Add(rec)
		})
		if err != nil {
			return err
		}
	}
	next, stop := iter.Pull2(s.Sorted())
	defer stop()
	pending, pendingErr, more := next()
	out, err := createTable[schemas.Quotation](b.opts.Out, TableQuotations, b.opts.Format)
	if err != nil {
		return err
	}
	var group []*quotationAgg
	err = eachAgg(aggFile, func(q *quotationAgg) error {
		if _, joined := parent[q.Key]; joined {
			return nil
		}
		group = append(group[:0], q)
		for ; more; pending, pendingErr, more = next() {
			if pendingErr != nil {
				return pendingErr
			}
			if c := cmp.Compare(binary.BigEndian.Uint64(pending), q.Key); c > 0 {
				break
			} else if c < 0 {
				return fmt.Errorf("corpus: partial quotation joins %x, which is missing", pending[:8])
			}
			p := &quotationAgg{}
			if err := decodeAgg(pending[8:], p); err != nil {
				return err
			}
			group = append(group, p)
		}
		return out.write(b.quotationRow(q.Key, group))
	})
	if err == nil && pendingErr != nil {
		err = pendingErr
	}
	if err == nil && more {
		err = fmt.Errorf("corpus: partial quotation joins %x, which is missing", pending[:8])
	}
	if err != nil {
		out.abort()
		return err
	}
	b.stats.Quotations = out.n
	return out.commit()
}

// quotationRow merges a quotation and the partial quotations joining it.
func (b *builder) quotationRow(key uint64, group []*quotationAgg) schemas.Quotation {
	row := schemas.Quotation{QuoteKey: fingerprint.KeyString(key)}
	var arts []int
	var srcs []uint32
	urls := []string{} // an empty list, not null, as the SQL gives
	votes := map[string]int64{}
	dates := newDateRange()
	for _, q := range group {
		if q.Key == key {
			row.Text = q.Text
		}
		row.MemberKeys = append(row.MemberKeys, fingerprint.KeyString(q.Key))
		row.Occurrences += q.Occ
		arts = append(arts, q.Articles...)
		srcs = append(srcs, q.Sources...)
		urls = append(urls, q.URLs...)
		dates.add(q.Dates.first)
		dates.add(q.Dates.last)
		for _, v := range q.Votes {
			votes[v.id] += v.n
		}
	}
	slices.Sort(row.MemberKeys)
	row.ArticleIDs = make([]string, 0, len(arts))
	for _, a := range arts {
		row.ArticleIDs = append(row.ArticleIDs, b.articles.id(a))
	}
	slices.Sort(row.ArticleIDs)
	row.ArticleIDs = slices.Compact(row.ArticleIDs)
	row.Sources = make([]string, 0, len(srcs))
	for _, i := range srcs {
		row.Sources = append(row.Sources, b.articles.srcName[i])
	}
	slices.Sort(row.Sources)
	row.Sources = slices.Compact(row.Sources)
	slices.Sort(urls)
	row.URLs = slices.Compact(urls)
	row.FirstPublishedAt, row.LastPublishedAt = dates.bounds()
	row.SpeakerVotes = make([]schemas.NameCount, 0, len(votes))
	for id, n := range votes {
		row.SpeakerVotes = append(row.SpeakerVotes, schemas.NameCount{Name: id, Count: n})
	}
	slices.SortFunc(row.SpeakerVotes, func(a, b schemas.NameCount) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Name, b.Name))
	})
	if len(row.SpeakerVotes) > 0 {
		top := row.SpeakerVotes[0]
		share := float64(top.Count) / float64(row.Occurrences)
		row.SpeakerID, row.SpeakerShare = &top.Name, &share
		if c, ok := b.canonical[top.Name]; ok {
			row.Speaker = &c
		}
	}
	return row
}

// eachAgg reads the spilled quotations from the start of f. The
// quotation passed to fn is reused for the next one.
func eachAgg(f *os.File, fn func(*quotationAgg) error) error {
	if _, err := f.Seek(0, 0); err != nil {
		return fmt.Errorf("corpus: %w", err)
	}
	r := bufio.NewReaderSize(f, 1<<20)
	var buf []byte
	q := &quotationAgg{}
	for {
		n, err := binary.ReadUvarint(r)
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("corpus: quotation spill: %w", err)
		}
		buf = slices.Grow(buf[:0], int(n))[:n]
		if _, err := io.ReadFull(r, buf); err != nil {
			return fmt.Errorf("corpus: quotation spill: %w", err)
		}
		if err := decodeAgg(buf, q); err != nil {
			return err
		}
		if err := fn(q); err == errStop {
			return nil
		} else if err != nil {
			return err
		}
	}
}

// appendAgg encodes q: key, text, words, occurrences, partial flag,
// articles (deltas), sources, urls, dates, votes.
func appendAgg(dst []byte, q *quotationAgg) []byte {
	e := spillEnc(binary.BigEndian.AppendUint64(dst, q.Key)).str(q.Text).uint(uint64(q.Words)).uint(uint64(q.Occ))
	var partial uint64
	if q.Partial {
		partial = 1
	}
	e = e.uint(partial).uint(uint64(len(q.Articles)))
	prev := 0
	for _, a := range q.Articles {
		e, prev = e.uint(uint64(a-prev)), a
	}
	e = e.uint(uint64(len(q.Sources)))
	for _, s := range q.Sources {
		e = e.uint(uint64(s))
	}
	e = e.uint(uint64(len(q.URLs)))
	for _, u := range q.URLs {
		e = e.str(u)
	}
	e = e.int(q.Dates.first).int(q.Dates.last).uint(uint64(len(q.Votes)))
	for _, v := range q.Votes {
		e = e.str(v.id).uint(uint64(v.n))
	}
	return e
}

// decodeAgg decodes a record of appendAgg into q, reusing its slices.
func decodeAgg(b []byte, q *quotationAgg) error {
	d := spillDec{b: b}
	q.Key, q.Text = d.uint64(), d.str()
	q.Words, q.Occ = int(d.uint()), int64(d.uint())
	q.Partial = d.flag()
	n := d.count(len(b))
	q.Articles = q.Articles[:0]
	prev := 0
	for range n {
		prev += int(d.uint())
		q.Articles = append(q.Articles, prev)
	}
	n = d.count(len(b))
	q.Sources = q.Sources[:0]
	for range n {
		q.Sources = append(q.Sources, uint32(d.uint()))
	}
	n = d.count(len(b))
	q.URLs = q.URLs[:0]
	for range n {
		q.URLs = append(q.URLs, d.str())
	}
	q.Dates.first, q.Dates.last = d.int(), d.int()
	n = d.count(len(b))
	q.Votes = q.Votes[:0]
	for range n {
		id := d.str()
		q.Votes = append(q.Votes, vote{id: id, n: int64(d.uint())})
	}
	if err := d.done(); err != nil {
		return fmt.Errorf("corpus: quotation spill: %w", err)
	}
	return nil
}

// topVote is the identity with most votes, then the smallest id; "" if none.
func topVote(votes []vote) string {
	best, n := "", int64(0)
	for _, v := range votes {
		if v.n > n || (v.n == n && v.id < best) {
			best, n = v.id, v.n
		}
	}
	return best
}

// wordCount is len(fingerprint.Words(text)): the runs of letters and
// digits.
func wordCount(text string) int {
	n, in := 0, false
	for _, r := range text {
		w := unicode.IsLetter(r) || unicode.IsDigit(r)
		if w && !in {
			n++
		}
		in = w
	}
	return n
}

// wordEnds appends the byte offset of the end of each word of a
// normalized text (words separated by single spaces) to dst.
func wordEnds(norm string, dst []int) []int {
	for i := 0; i < len(norm); i++ {
		if norm[i] == ' ' {
			dst = append(dst, i)
		}
	}
	if len(norm) > 0 {
		dst = append(dst, len(norm))
	}
	return dst
}

package corpus

import (
	"bufio"
	"bytes"
	"cmp"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/newsnlp/newsnlp/corpus/extsort"
	"github.com/newsnlp/newsnlp/corpus/fingerprint"
	"github.com/newsnlp/newsnlp/schemas"
)

// partialMinWords is the fewest words a partial quotation needs to join a
// longer one: shorter fragments ("very concerning") are too common to say
// which quotation they come from.
const partialMinWords = 3

// quotationAgg is one quote_key's occurrences, summed. It is spilled as a
// JSON line between the steps of writeQuotations.
type quotationAgg struct {
	Key      string           `json:"k"`
	Text     string           `json:"t"` // the longest text (code points), then the smallest
	Words    int              `json:"w"`
	Occ      int64            `json:"o"`
	Articles []int            `json:"a"` // sorted, distinct article numbers
	Sources  []string         `json:"s,omitempty"`
	URLs     []string         `json:"u,omitempty"`
	Dates    dateRangeJSON    `json:"d"`
	Votes    map[string]int64 `json:"v,omitempty"` // identity id → occurrences
	Partial  bool             `json:"p,omitempty"`
	Members  []string         `json:"m,omitempty"`
}

type dateRangeJSON struct {
	First int64 `json:"f"`
	Last  int64 `json:"l"`
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
	key     string
	words   int
	speaker string // identity with most votes, "" if none
}

// groupQuotes sums the occurrences of each key into aggFile and returns
// the partial quotations indexed by their first partialMinWords words.
func (b *builder) groupQuotes(ids []*identityInfo, aggFile *os.File, quoted map[string]int64) (map[string][]partialRef, error) {
	w := bufio.NewWriterSize(aggFile, 1<<20)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	partials := map[string][]partialRef{}
	var cur *quotationAgg
	var curKey []byte
	var dates dateRange
	var srcs, urls map[string]bool
	flush := func() error {
		if cur == nil {
			return nil
		}
		cur.Dates = dateRangeJSON{dates.first, dates.last}
		cur.Sources, cur.URLs = sortedKeys(srcs), sortedKeys(urls)
		words := fingerprint.Words(cur.Text)
		cur.Words = len(words)
		if cur.Partial && len(words) >= partialMinWords {
			k := strings.Join(words[:partialMinWords], " ")
			partials[k] = append(partials[k], partialRef{key: cur.Key, words: len(words), speaker: topVote(cur.Votes)})
		}
		return enc.Encode(cur)
	}
	for rec, err := range b.quotes.Sorted() {
		if err != nil {
			return nil, err
		}
		key, art, payload := rec[:8], int(binary.BigEndian.Uint32(rec[8:12])), rec[16:]
		var q quoteRec
		if err := json.Unmarshal(payload, &q); err != nil {
			return nil, fmt.Errorf("corpus: quote spill: %w", err)
		}
		if cur == nil || !bytes.Equal(key, curKey) {
			if err := flush(); err != nil {
				return nil, fmt.Errorf("corpus: quotation spill: %w", err)
			}
			curKey = append(curKey[:0], key...)
			cur = &quotationAgg{Key: hex.EncodeToString(key), Text: q.Text}
			dates, srcs, urls = newDateRange(), map[string]bool{}, map[string]bool{}
		}
		cur.Occ++
		if n, m := utf8.RuneCountInString(q.Text), utf8.RuneCountInString(cur.Text); n > m || (n == m && q.Text < cur.Text) {
			cur.Text = q.Text
		}
		if n := len(cur.Articles); n == 0 || cur.Articles[n-1] != art {
			cur.Articles = append(cur.Articles, art)
		}
		if s := b.articles.source(art); s != nil {
			srcs[*s] = true
		}
		if q.URL != "" {
			urls[q.URL] = true
		}
		dates.add(b.articles.dates[art])
		cur.Partial = cur.Partial || q.Partial
		if q.Speaker >= 0 && ids[q.Speaker].kind != Places {
			if cur.Votes == nil {
				cur.Votes = map[string]int64{}
			}
			cur.Votes[ids[q.Speaker].id]++
			quoted[ids[q.Speaker].id]++
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

// findContaining reads the quotations and returns, for each partial
// quotation whose words appear in a longer quotation, the key of the best
// such quotation: one whose speaker votes include the partial's speaker,
// then the longest, then the one with most occurrences, then the smallest
// key.
func findContaining(aggFile *os.File, partials map[string][]partialRef) (map[string]string, error) {
	type best struct {
		key     string
		speaker int // 1 if it has votes for the partial's speaker
		words   int
		occ     int64
	}
	found := map[string]best{}
	err := eachAgg(aggFile, func(q *quotationAgg) error {
		if len(partials) == 0 {
			return errStop
		}
		words := fingerprint.Words(q.Text)
		for p := 0; p+partialMinWords <= len(words); p++ {
			for _, ref := range partials[strings.Join(words[p:p+partialMinWords], " ")] {
				if ref.words >= len(words) || p+ref.words > len(words) || ref.key == q.Key {
					continue
				}
				if fingerprint.Key(strings.Join(words[p:p+ref.words], " ")) != ref.key {
					continue
				}
				cand := best{key: q.Key, words: len(words), occ: q.Occ}
				if ref.speaker != "" && q.Votes[ref.speaker] > 0 {
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
	parent := make(map[string]string, len(found))
	for k, v := range found {
		parent[k] = v.key
	}
	return parent, nil
}

// mergeQuotations sorts the quotations by the key of the quotation they
// join and writes one row per group.
func (b *builder) mergeQuotations(aggFile *os.File, parent map[string]string) error {
	s := extsort.New(b.opts.TempDir, b.opts.SortMemory)
	defer s.Close()
	var rec []byte
	err := eachAgg(aggFile, func(q *quotationAgg) error {
		final := q.Key
		if p, ok := parent[q.Key]; ok {
			final = p
		}
		line, err := json.Marshal(q)
		if err != nil {
			return err
		}
		rec = append(append(append(rec[:0], final...), q.Key...), line...)
		return s.Add(rec)
	})
	if err != nil {
		return err
	}
	out, err := createTable[schemas.Quotation](b.opts.Out, TableQuotations, b.opts.Format)
	if err != nil {
		return err
	}
	var group []*quotationAgg
	var groupKey string
	emit := func() error {
		if len(group) == 0 {
			return nil
		}
		return out.write(b.quotationRow(groupKey, group))
	}
	for rec, err := range s.Sorted() {
		if err != nil {
			out.abort()
			return err
		}
		final := string(rec[:16])
		q := &quotationAgg{}
		if err := json.Unmarshal(rec[32:], q); err != nil {
			out.abort()
			return fmt.Errorf("corpus: quotation spill: %w", err)
		}
		if final != groupKey {
			if err := emit(); err != nil {
				out.abort()
				return err
			}
			group, groupKey = group[:0], final
		}
		group = append(group, q)
	}
	if err := emit(); err != nil {
		out.abort()
		return err
	}
	b.stats.Quotations = out.n
	return out.commit()
}

// quotationRow merges a quotation and the partial quotations joining it.
func (b *builder) quotationRow(key string, group []*quotationAgg) schemas.Quotation {
	row := schemas.Quotation{QuoteKey: key}
	var arts []int
	srcs, urls, votes := map[string]bool{}, map[string]bool{}, map[string]int64{}
	dates := newDateRange()
	for _, q := range group {
		if q.Key == key {
			row.Text = q.Text
		}
		row.MemberKeys = append(row.MemberKeys, q.Key)
		row.Occurrences += q.Occ
		arts = append(arts, q.Articles...)
		for _, s := range q.Sources {
			srcs[s] = true
		}
		for _, u := range q.URLs {
			urls[u] = true
		}
		dates.add(q.Dates.First)
		dates.add(q.Dates.Last)
		for id, n := range q.Votes {
			votes[id] += n
		}
	}
	slices.Sort(row.MemberKeys)
	row.ArticleIDs = make([]string, 0, len(arts))
	for _, a := range arts {
		row.ArticleIDs = append(row.ArticleIDs, b.articles.id(a))
	}
	slices.Sort(row.ArticleIDs)
	row.ArticleIDs = slices.Compact(row.ArticleIDs)
	row.Sources, row.URLs = sortedKeys(srcs), sortedKeys(urls)
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

// eachAgg reads the spilled quotations from the start of f.
func eachAgg(f *os.File, fn func(*quotationAgg) error) error {
	if _, err := f.Seek(0, 0); err != nil {
		return fmt.Errorf("corpus: %w", err)
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<30)
	for sc.Scan() {
		q := &quotationAgg{}
		if err := json.Unmarshal(sc.Bytes(), q); err != nil {
			return fmt.Errorf("corpus: quotation spill: %w", err)
		}
		if err := fn(q); err == errStop {
			return nil
		} else if err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("corpus: quotation spill: %w", err)
	}
	return nil
}

// topVote is the identity with most votes, then the smallest id; "" if none.
func topVote(votes map[string]int64) string {
	best, n := "", int64(0)
	for id, c := range votes {
		if c > n || (c == n && id < best) {
			best, n = id, c
		}
	}
	return best
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

package polnear

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Result holds the counts the reference script reports.
type Result struct {
	Articles int // articles in the output
	Missing  int // gold articles missing from the output
	Gold     int // gold quotes
	Pred     int // predicted quotes (one per paragraph)
	Exact    int // gold quotes matched with the same span
	Matched  int // gold quotes matched at IoU ≥ 0.5
	// SpeakerTotal counts matched gold quotes that have a gold source;
	// SpeakerOK those whose predicted speaker overlaps it.
	SpeakerTotal, SpeakerOK int
}

// PRF returns precision, recall and F1 of hits against Pred and Gold.
func (r Result) PRF(hits int) (p, rec, f float64) {
	if r.Pred > 0 {
		p = float64(hits) / float64(r.Pred)
	}
	if r.Gold > 0 {
		rec = float64(hits) / float64(r.Gold)
	}
	if p+rec > 0 {
		f = 2 * p * rec / (p + rec)
	}
	return p, rec, f
}

// SpeakerAccuracy is the share of matched quotes with a gold source whose
// speaker is right.
func (r Result) SpeakerAccuracy() float64 {
	if r.SpeakerTotal == 0 {
		return 0
	}
	return float64(r.SpeakerOK) / float64(r.SpeakerTotal)
}

// Write prints the figures in the reference script's format.
func (r Result) Write(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "articles in output %d; gold articles missing from output %d\n", r.Articles, r.Missing)
	fmt.Fprintf(&b, "gold quotes %d  predicted %d\n", r.Gold, r.Pred)
	p, rec, f := r.PRF(r.Exact)
	fmt.Fprintf(&b, "quotes exact    P %.4f  R %.4f  F1 %.4f\n", p, rec, f)
	p, rec, f = r.PRF(r.Matched)
	fmt.Fprintf(&b, "quotes IoU>=0.5 P %.4f  R %.4f  F1 %.4f\n", p, rec, f)
	fmt.Fprintf(&b, "speaker accuracy on matched quotes with a gold source %.4f (%d/%d)\n", r.SpeakerAccuracy(), r.SpeakerOK, r.SpeakerTotal)
	p, rec, f = r.PRF(r.SpeakerOK)
	fmt.Fprintf(&b, "quote+speaker   P %.4f  R %.4f  F1 %.4f\n", p, rec, f)
	fmt.Fprintf(&b, "quote+speaker F1 %.4f\n", f)
	_, err := io.WriteString(w, b.String())
	return err
}

// predRow is a row of quotes.jsonl.
type predRow struct {
	ArticleID    json.RawMessage `json:"article_id"`
	QuoteIndex   int             `json:"quote_index"`
	Start        int             `json:"start"`
	End          int             `json:"end"`
	SpeakerStart *int            `json:"speaker_start"`
	SpeakerEnd   *int            `json:"speaker_end"`
	Speaker      *string         `json:"speaker"`
	SpeakerKind  string          `json:"speaker_kind"`
	Cue          *string         `json:"cue"`
}

type articleRow struct {
	ArticleID json.RawMessage `json:"article_id"`
	Text      string          `json:"text"`
}

// Score scores the output directory outDir (articles.jsonl, quotes.jsonl)
// against the PolNeAR split in splitDir (text/, attributions/).
func Score(splitDir, outDir string) (Result, error) {
	return score(splitDir, outDir, nil, nil)
}

// Judged is a predicted quote matched to a gold quote with a source: the
// prediction's quote_index in its article, and whether its speaker span
// overlaps a gold source (what speaker accuracy counts).
type Judged struct {
	Article    string
	QuoteIndex int
	Right      bool
}

// ScoreJudged scores as Score does and returns every speaker judged, in
// article and gold order.
func ScoreJudged(splitDir, outDir string) (Result, []Judged, error) {
	var js []Judged
	res, err := score(splitDir, outDir, nil, &js)
	return res, js, err
}

func score(splitDir, outDir string, errs *[]Error, judged *[]Judged) (Result, error) {
	var res Result
	articles := map[string][]rune{}
	err := readJSONL(filepath.Join(outDir, "articles.jsonl"), func(line []byte) error {
		var a articleRow
		if err := json.Unmarshal(line, &a); err != nil {
			return err
		}
		articles[idString(a.ArticleID)] = []rune(a.Text)
		return nil
	})
	if err != nil {
		return res, err
	}
	res.Articles = len(articles)
	preds := map[string][]predRow{}
	err = readJSONL(filepath.Join(outDir, "quotes.jsonl"), func(line []byte) error {
		var p predRow
		if err := json.Unmarshal(line, &p); err != nil {
			return err
		}
		id := idString(p.ArticleID)
		preds[id] = append(preds[id], p)
		return nil
	})
	if err != nil {
		return res, err
	}
	texts, err := filepath.Glob(filepath.Join(splitDir, "text", "*.txt"))
	if err != nil {
		return res, fmt.Errorf("polnear: %w", err)
	}
	sort.Strings(texts)
	for _, tp := range texts {
		stem := strings.TrimSuffix(filepath.Base(tp), ".txt")
		anns, _ := filepath.Glob(filepath.Join(splitDir, "attributions", globEscape(stem)+"_*.ann"))
		if len(anns) == 0 {
			continue
		}
		sort.Strings(anns)
		raw, err := os.ReadFile(tp)
		if err != nil {
			return res, fmt.Errorf("polnear: %w", err)
		}
		out, ok := articles[stem]
		if !ok {
			res.Missing++
			continue
		}
		ann, err := ReadAnn(anns[0])
		if err != nil {
			return res, err
		}
		text := []rune(string(raw))
		judge := func(p *predRow, right bool) {
			if judged != nil {
				*judged = append(*judged, Judged{Article: stem, QuoteIndex: p.QuoteIndex, Right: right})
			}
		}
		scoreArticle(&res, text, GoldQuotes(text, ann), preds[stem], offsetMap(out, text), errorSink(errs, stem, text), judge)
	}
	return res, nil
}

type pred struct {
	span    Fragment
	speaker *Fragment
	row     *predRow
}

func scoreArticle(res *Result, text []rune, gold []GoldQuote, rows []predRow, m func(int) int, sink func(Error), judge func(*predRow, bool)) {
	var ps []pred
	for ri := range rows {
		p := &rows[ri]
		s, e := m(p.Start), m(max(p.Start, p.End-1))+1
		var sp *Fragment
		if p.SpeakerStart != nil && p.SpeakerEnd != nil && *p.SpeakerEnd > *p.SpeakerStart {
			sp = &Fragment{m(*p.SpeakerStart), m(*p.SpeakerEnd-1) + 1}
		}
		s, e = max(s, 0), min(e, len(text))
		for _, f := range Segments(text, s, e) {
			ps = append(ps, pred{f, sp, p})
		}
	}
	res.Gold += len(gold)
	res.Pred += len(ps)
	used := make([]bool, len(ps))
	for _, g := range gold {
		best, bi := 0.0, -1
		for i, p := range ps {
			if used[i] {
				continue
			}
			if v := IoU(g.Fragment, p.span); v > best {
				best, bi = v, i
			}
		}
		if bi < 0 || best < 0.5 {
			sink(Error{Kind: ErrMissed, Gold: g.Fragment, Sources: g.Sources})
			continue
		}
		used[bi] = true
		res.Matched++
		if ps[bi].span == g.Fragment {
			res.Exact++
		}
		if len(g.Sources) == 0 {
			continue
		}
		res.SpeakerTotal++
		ok := false
		if sp := ps[bi].speaker; sp != nil {
			for _, src := range g.Sources {
				if min(sp.End, src.End) > max(sp.Start, src.Start) {
					ok = true
					break
				}
			}
		}
		judge(ps[bi].row, ok)
		if ok {
			res.SpeakerOK++
		} else {
			sink(predError(ErrSpeaker, g, ps[bi]))
		}
	}
	for i, p := range ps {
		if !used[i] {
			sink(predError(ErrSpurious, GoldQuote{Fragment: Fragment{-1, -1}}, p))
		}
	}
}

// IoU is the intersection over union of two spans (0 when both are empty).
func IoU(a, b Fragment) float64 {
	inter := max(0, min(a.End, b.End)-max(a.Start, b.Start))
	union := max(a.End, b.End) - min(a.Start, b.Start)
	if union <= 0 {
		return 0
	}
	return float64(inter) / float64(union)
}

// idString renders a JSON article id as Python's str() would: strings
// unquoted, numbers as written.
func idString(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	return string(raw)
}

func globEscape(s string) string {
	r := strings.NewReplacer(`*`, `\*`, `?`, `\?`, `[`, `\[`, `\`, `\\`)
	return r.Replace(s)
}

func readJSONL(path string, fn func([]byte) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("polnear: %w", err)
	}
	defer f.Close()
	r := bufio.NewReaderSize(f, 1<<20)
	for n := 1; ; n++ {
		line, err := r.ReadBytes('\n')
		if len(strings.TrimSpace(string(line))) > 0 {
			if perr := fn(line); perr != nil {
				return fmt.Errorf("polnear: %s:%d: %w", path, n, perr)
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("polnear: %s: %w", path, err)
		}
	}
}

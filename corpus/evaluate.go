package corpus

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/newsnlp/newsnlp/corpus/fingerprint"
)

// Scores compares the corpus tables with the ground truth of a synthetic
// corpus (`newsnlp gen corpus --stories`). Precision and recall are over
// pairs: two articles in one cluster, two occurrences in one quotation,
// two quote occurrences given one speaker identity.
type Scores struct {
	Articles                   int
	ClusterP, ClusterR         float64
	TruthQuotes, FoundQuotes   int // quotations placed; of them found by the quote stage (same article and key)
	QuotationP, QuotationR     float64
	Attributed                 int // found quotes whose speaker is a corpus identity
	SpeakerP, SpeakerR         float64
	SpeakerIdentities, Persons int // identities the placed quotes were given; distinct true speakers among them
}

// String formats the scores as the evaluation prints them.
func (s Scores) String() string {
	return fmt.Sprintf("articles %d\narticle clusters: pair precision %.4f recall %.4f\n"+
		"quotations: %d placed, %d found by the quote stage (%.1f%%); grouping pair precision %.4f recall %.4f\n"+
		"speakers: %d found quotes attributed to an identity; same-identity pair precision %.4f recall %.4f (%d identities for %d true speakers)\n",
		s.Articles, s.ClusterP, s.ClusterR, s.TruthQuotes, s.FoundQuotes, 100*float64(s.FoundQuotes)/float64(max(s.TruthQuotes, 1)),
		s.QuotationP, s.QuotationR, s.Attributed, s.SpeakerP, s.SpeakerR, s.SpeakerIdentities, s.Persons)
}

type truthLine struct {
	ID     string `json:"id"`
	Story  int    `json:"story"`
	Quotes []struct {
		Quotation int    `json:"quotation"`
		Text      string `json:"text"`
		Speaker   int    `json:"speaker"`
	} `json:"quotes"`
}

// Evaluate scores the corpus tables in corpusDir, built from the run
// outputs runDirs of the synthetic corpus whose ground truth is truthPath.
func Evaluate(truthPath string, runDirs []string, corpusDir string) (Scores, error) {
	var s Scores
	truth, err := readTruth(truthPath)
	if err != nil {
		return s, err
	}
	cluster := map[string]string{}
	for r, err := range readRows[clusterRow](corpusTable(corpusDir, TableArticleClusters)) {
		if err != nil {
			return s, err
		}
		cluster[r.ArticleID] = r.ClusterID
	}
	var pred, gold []string
	for _, t := range truth {
		c, ok := cluster[t.ID]
		if !ok {
			c = t.ID
		}
		pred, gold = append(pred, c), append(gold, fmt.Sprint(t.Story))
	}
	s.Articles = len(truth)
	s.ClusterP, s.ClusterR = pairScores(pred, gold)

	final := map[string]string{}
	for r, err := range readRows[quotationRow](corpusTable(corpusDir, TableQuotations)) {
		if err != nil {
			return s, err
		}
		for _, m := range r.MemberKeys {
			final[m] = r.QuoteKey
		}
	}
	identity := map[[2]any]string{}
	for r, err := range readRows[linkRow](corpusTable(corpusDir, TableEntityLinks)) {
		if err != nil {
			return s, err
		}
		identity[[2]any{r.ArticleID, r.EntityID}] = r.IdentityID
	}
	type found struct{ key, speaker string }
	run := map[[2]string]found{}
	parts, err := FindParts(runDirs)
	if err != nil {
		return s, err
	}
	for _, p := range parts {
		for q, err := range readRows[quoteRow](p.Quotes) {
			if err != nil {
				return s, err
			}
			key := q.QuoteKey
			if key == "" {
				key = fingerprint.QuoteKey(q.Text)
			}
			f := found{key: final[key]}
			if q.SpeakerEntityID != nil {
				f.speaker = identity[[2]any{q.ArticleID, *q.SpeakerEntityID}]
			}
			run[[2]string{q.ArticleID, key}] = f
		}
	}
	var qPred, qGold, sPred, sGold []string
	persons, idents := map[string]bool{}, map[string]bool{}
	for _, t := range truth {
		for _, q := range t.Quotes {
			s.TruthQuotes++
			f, ok := run[[2]string{t.ID, fingerprint.QuoteKey(q.Text)}]
			if !ok || f.key == "" {
				continue
			}
			s.FoundQuotes++
			qPred, qGold = append(qPred, f.key), append(qGold, fmt.Sprint(q.Quotation))
			if f.speaker != "" {
				s.Attributed++
				sPred, sGold = append(sPred, f.speaker), append(sGold, fmt.Sprint(q.Speaker))
				persons[fmt.Sprint(q.Speaker)], idents[f.speaker] = true, true
			}
		}
	}
	s.QuotationP, s.QuotationR = pairScores(qPred, qGold)
	s.SpeakerP, s.SpeakerR = pairScores(sPred, sGold)
	s.SpeakerIdentities, s.Persons = len(idents), len(persons)
	return s, nil
}

// pairScores is pairwise precision and recall of a predicted grouping
// against a gold one (item i in group pred[i] and gold[i]). With no pair
// on a side, its score is 1.
func pairScores(pred, gold []string) (p, r float64) {
	cell, np, ng := map[[2]string]int64{}, map[string]int64{}, map[string]int64{}
	for i := range pred {
		cell[[2]string{pred[i], gold[i]}]++
		np[pred[i]]++
		ng[gold[i]]++
	}
	pairs := func(n int64) int64 { return n * (n - 1) / 2 }
	var tp, pp, gp int64
	for _, n := range cell {
		tp += pairs(n)
	}
	for _, n := range np {
		pp += pairs(n)
	}
	for _, n := range ng {
		gp += pairs(n)
	}
	p, r = 1, 1
	if pp > 0 {
		p = float64(tp) / float64(pp)
	}
	if gp > 0 {
		r = float64(tp) / float64(gp)
	}
	return p, r
}

func readTruth(path string) ([]truthLine, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("corpus: %w", err)
	}
	defer f.Close()
	var out []truthLine
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		var t truthLine
		if err := json.Unmarshal(sc.Bytes(), &t); err != nil {
			return nil, fmt.Errorf("corpus: %s: %w", path, err)
		}
		out = append(out, t)
	}
	return out, sc.Err()
}

// corpusTable is the file of a corpus table in dir, Parquet or JSONL.
func corpusTable(dir, name string) string {
	p := filepath.Join(dir, name+".parquet")
	if isFile(p) {
		return p
	}
	return filepath.Join(dir, name+".jsonl")
}

type clusterRow struct {
	ClusterID string `parquet:"cluster_id" json:"cluster_id"`
	ArticleID string `parquet:"article_id" json:"article_id"`
}

type quotationRow struct {
	QuoteKey   string   `parquet:"quote_key" json:"quote_key"`
	MemberKeys []string `parquet:"member_keys,list" json:"member_keys"`
}

type linkRow struct {
	ArticleID  string `parquet:"article_id" json:"article_id"`
	EntityID   int32  `parquet:"entity_id" json:"entity_id"`
	IdentityID string `parquet:"identity_id" json:"identity_id"`
}

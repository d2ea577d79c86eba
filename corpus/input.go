package corpus

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/parquet-go/parquet-go"
)

// Part is one output file set of a run: the articles, entities and quotes
// files of one run, or of one shard of a sharded run. Rows of the three
// tables of a part come in the same article order.
type Part struct {
	Articles, Entities, Quotes string // file paths; "" if the table is absent
}

// FindParts lists the parts of the run outputs in dirs, in the order given
// and, within a sharded output, by part name. A directory must hold an
// articles table (OUT/articles.parquet, .jsonl, or OUT/articles/part-*).
func FindParts(dirs []string) ([]Part, error) {
	var parts []Part
	for _, dir := range dirs {
		arts, err := tableFiles(dir, "articles")
		if err != nil {
			return nil, err
		}
		if len(arts) == 0 {
			return nil, fmt.Errorf("corpus: %s: no articles table (articles.parquet, articles.jsonl or articles/part-*): not a newsnlp run output", dir)
		}
		ents, err := tableFiles(dir, "entities")
		if err != nil {
			return nil, err
		}
		quotes, err := tableFiles(dir, "quotes")
		if err != nil {
			return nil, err
		}
		for _, a := range arts {
			parts = append(parts, Part{Articles: a, Entities: sibling(a, "articles", "entities", ents), Quotes: sibling(a, "articles", "quotes", quotes)})
		}
	}
	return parts, nil
}

// tableFiles returns the files of one table in an output directory.
func tableFiles(dir, table string) ([]string, error) {
	var files []string
	for _, ext := range []string{".parquet", ".jsonl"} {
		if p := filepath.Join(dir, table+ext); isFile(p) {
			files = append(files, p)
		}
	}
	if len(files) > 0 {
		return files[:1], nil
	}
	entries, err := os.ReadDir(filepath.Join(dir, table))
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("corpus: %w", err)
	}
	for _, e := range entries {
		n := e.Name()
		if !e.IsDir() && !strings.HasPrefix(n, ".") && (strings.HasSuffix(n, ".parquet") || strings.HasSuffix(n, ".jsonl")) {
			files = append(files, filepath.Join(dir, table, n))
		}
	}
	slices.Sort(files)
	return files, nil
}

// sibling finds the file of another table written by the same run or shard
// as the articles file a.
func sibling(a, from, to string, candidates []string) string {
	dir, base := filepath.Split(a)
	var want string
	if strings.HasPrefix(base, from+".") { // OUT/articles.ext
		want = filepath.Join(dir, to+strings.TrimPrefix(base, from))
	} else { // OUT/articles/part-i-of-n.ext
		want = filepath.Join(filepath.Dir(filepath.Clean(dir)), to, base)
	}
	if slices.Contains(candidates, want) {
		return want
	}
	return ""
}

func isFile(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.Mode().IsRegular()
}

// The projections of the run tables the corpus step reads: only these
// columns are decoded from Parquet.

type articleRow struct {
	ArticleID   string     `parquet:"article_id" json:"article_id"`
	Source      *string    `parquet:"source,optional" json:"source"`
	URL         *string    `parquet:"url,optional" json:"url"`
	PublishedAt *time.Time `parquet:"published_at,optional,timestamp(microsecond)" json:"published_at"`
	MinHash     []int32    `parquet:"minhash,list" json:"minhash"`
	DupBands    []int64    `parquet:"dup_bands,list" json:"dup_bands"`
}

type entityRow struct {
	ArticleID string `parquet:"article_id" json:"article_id"`
	EntityID  int32  `parquet:"entity_id" json:"entity_id"`
	Canonical string `parquet:"canonical" json:"canonical"`
	Label     string `parquet:"label" json:"label"`
	NMentions int32  `parquet:"n_mentions" json:"n_mentions"`
}

type quoteRow struct {
	ArticleID       string  `parquet:"article_id" json:"article_id"`
	QuoteIndex      int32   `parquet:"quote_index" json:"quote_index"`
	Text            string  `parquet:"text" json:"text"`
	QuoteKey        string  `parquet:"quote_key" json:"quote_key"`
	Speaker         *string `parquet:"speaker,optional" json:"speaker"`
	SpeakerEntityID *int32  `parquet:"speaker_entity_id,optional" json:"speaker_entity_id"`
	Kind            string  `parquet:"kind" json:"kind"`
}

// readRows yields the rows of a Parquet or JSONL table file, decoding only
// the columns of T. The pointer yielded is reused for the next row. An
// empty path yields nothing.
func readRows[T any](path string) iter.Seq2[*T, error] {
	return func(yield func(*T, error) bool) {
		if path == "" {
			return
		}
		f, err := os.Open(path)
		if err != nil {
			yield(nil, fmt.Errorf("corpus: %w", err))
			return
		}
		defer f.Close()
		if strings.HasSuffix(path, ".jsonl") {
			readJSONL(f, path, yield)
			return
		}
		r := parquet.NewGenericReader[T](f)
		defer r.Close()
		buf := make([]T, 256)
		for {
			n, err := r.Read(buf)
			for i := range n {
				if !yield(&buf[i], nil) {
					return
				}
			}
			if errors.Is(err, io.EOF) {
				return
			}
			if err != nil {
				yield(nil, fmt.Errorf("corpus: read %s: %w", path, err))
				return
			}
		}
	}
}

func readJSONL[T any](f io.Reader, path string, yield func(*T, error) bool) {
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<30)
	line := 0
	for sc.Scan() {
		line++
		if len(sc.Bytes()) == 0 {
			continue
		}
		var row T
		if err := json.Unmarshal(sc.Bytes(), &row); err != nil {
			yield(nil, fmt.Errorf("corpus: %s:%d: %w", path, line, err))
			return
		}
		if !yield(&row, nil) {
			return
		}
	}
	if err := sc.Err(); err != nil {
		yield(nil, fmt.Errorf("corpus: read %s: %w", path, err))
	}
}

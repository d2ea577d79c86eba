package runread_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/newsnlp/newsnlp/internal/runtest"
	"github.com/newsnlp/newsnlp/pipeline"
	"github.com/newsnlp/newsnlp/runread"
)

func TestReadFormatsAndShardsAgree(t *testing.T) {
	pq, err := runread.Read(runtest.Sample(t, "parquet"))
	if err != nil {
		t.Fatal(err)
	}
	if len(pq.Docs) < 3 {
		t.Fatalf("sample run has %d articles, want several", len(pq.Docs))
	}
	jl, err := runread.Read(runtest.Sample(t, "jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	if jl.Layout.Format != runread.JSONL || pq.Layout.Format != runread.Parquet {
		t.Errorf("formats: %v, %v", pq.Layout.Format, jl.Layout.Format)
	}
	if !reflect.DeepEqual(pq.Docs, jl.Docs) {
		t.Errorf("parquet and jsonl runs differ")
	}
	// Two shards into one directory read as one run with the same articles.
	dir := t.TempDir()
	for i := range 2 {
		runtest.Run(t, pipeline.Config{OutDir: dir, Shard: i, Shards: 2})
	}
	sh, err := runread.Read(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got := len(sh.Layout.Files(runread.TableQuotes)); got != 2 {
		t.Errorf("sharded quotes files: %d, want 2", got)
	}
	if len(sh.Docs) != len(pq.Docs) {
		t.Fatalf("sharded run: %d articles, want %d", len(sh.Docs), len(pq.Docs))
	}
	for _, d := range pq.Docs {
		if s := sh.Doc(d.ArticleID); s == nil || !reflect.DeepEqual(s, d) {
			t.Errorf("article %s differs in the sharded run", d.ArticleID)
		}
	}
}

func TestSpansSliceTheText(t *testing.T) {
	r, err := runread.Read(runtest.Sample(t, "parquet"))
	if err != nil {
		t.Fatal(err)
	}
	quotes := 0
	for _, d := range r.Docs {
		text := []rune(d.Text)
		for _, m := range d.Mentions {
			if got := string(text[m.Start:m.End]); got != m.Text {
				t.Errorf("%s mention %d: text[%d:%d] = %q, want %q", d.ArticleID, m.MentionIndex, m.Start, m.End, got, m.Text)
			}
			if d.Entity(m.EntityID) == nil {
				t.Errorf("%s mention %d: no entity %d", d.ArticleID, m.MentionIndex, m.EntityID)
			}
		}
		for _, q := range d.Quotes {
			quotes++
			if got := string(text[q.Start:q.End]); got != q.Text {
				t.Errorf("%s quote %d: text[%d:%d] = %q, want %q", d.ArticleID, q.QuoteIndex, q.Start, q.End, got, q.Text)
			}
		}
	}
	if quotes == 0 {
		t.Error("no quotes read")
	}
}

func TestCount(t *testing.T) {
	for _, format := range []string{"parquet", "jsonl"} {
		t.Run(format, func(t *testing.T) {
			l, err := runread.Open(runtest.Sample(t, format))
			if err != nil {
				t.Fatal(err)
			}
			r, err := runread.ReadLayout(l)
			if err != nil {
				t.Fatal(err)
			}
			n, err := l.Count(runread.TableArticles)
			if err != nil || n != int64(len(r.Docs)) {
				t.Errorf("Count(articles) = %d, %v; want %d", n, err, len(r.Docs))
			}
			quotes := 0
			for _, d := range r.Docs {
				quotes += len(d.Quotes)
			}
			if n, err := l.Count(runread.TableQuotes); err != nil || n != int64(quotes) {
				t.Errorf("Count(quotes) = %d, %v; want %d", n, err, quotes)
			}
		})
	}
}

func TestOpenErrors(t *testing.T) {
	empty := t.TempDir()
	if _, err := runread.Open(empty); !errors.Is(err, runread.ErrNoRun) {
		t.Errorf("empty dir: %v, want ErrNoRun", err)
	}
	bad := t.TempDir()
	if err := os.WriteFile(filepath.Join(bad, "articles.jsonl"), []byte("{\"article_id\":\"a\"}\nnot json\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := runread.Read(bad); err == nil {
		t.Error("malformed JSONL: no error")
	}
	orphan := t.TempDir()
	os.WriteFile(filepath.Join(orphan, "articles.jsonl"), []byte(`{"article_id":"a","text":"x"}`+"\n"), 0o644)
	os.WriteFile(filepath.Join(orphan, "quotes.jsonl"), []byte(`{"article_id":"b"}`+"\n"), 0o644)
	if _, err := runread.Read(orphan); err == nil {
		t.Error("quote of an unknown article: no error")
	}
}

func ExampleRead() {
	r, err := runread.Read("newsnlp-out")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, d := range r.Docs {
		fmt.Println(d.ArticleID, len(d.Quotes), "quotes")
	}
}

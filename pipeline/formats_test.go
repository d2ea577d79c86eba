package pipeline

import (
	"bytes"
	"compress/gzip"
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/klauspost/compress/zstd"
)

// TestMixedFormats reads a directory mixing every input format, compressed
// and not, through the whole pipeline.
func TestMixedFormats(t *testing.T) {
	dir := t.TempDir()
	page, err := os.ReadFile(filepath.Join("clean", "testdata", "html", "seawall-jsonld_nav_cookie.html"))
	if err != nil {
		t.Fatal(err)
	}
	text := []byte("Officials in Lyon said on Friday that the telescope had found a new comet.\n")
	jsonl := []byte(`{"id":"j1","text":"The mayor of Oslo opened the bridge."}` + "\n")
	gz := func(b []byte) []byte {
		var out bytes.Buffer
		w := gzip.NewWriter(&out)
		w.Write(b)
		w.Close()
		return out.Bytes()
	}
	zst := func(b []byte) []byte {
		enc, _ := zstd.NewWriter(nil)
		return enc.EncodeAll(b, nil)
	}
	files := map[string][]byte{
		"a/page.html": page, "a/page2.htm.gz": gz(page), "b/story.txt.zst": zst(text), "b/story2.txt.gz": gz(text),
		"c/rows.jsonl.zst": zst(jsonl), "c/rows2.ndjson": jsonl, "c/ignored.pdf": []byte("%PDF"),
		"warc/news.warc.gz": mustRead(t, filepath.Join("testdata", "warc", "news.warc.gz")),
	}
	for name, b := range files {
		os.MkdirAll(filepath.Join(dir, filepath.Dir(name)), 0o755)
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := t.TempDir()
	if _, err := Run(context.Background(), Config{Inputs: []string{dir}, OutDir: out, Format: "jsonl"}); err != nil {
		t.Fatal(err)
	}
	var inputs []string
	titles := map[string]any{}
	for _, a := range readJSONRows(t, filepath.Join(out, "articles.jsonl")) {
		in, _ := filepath.Rel(dir, a["input"].(string))
		if !slices.Contains(inputs, in) {
			inputs = append(inputs, in)
		}
		titles[a["article_id"].(string)] = a["title"]
	}
	want := []string{"a/page.html", "a/page2.htm.gz", "b/story.txt.zst", "b/story2.txt.gz", "c/rows.jsonl.zst", "c/rows2.ndjson", "warc/news.warc.gz"}
	if !slices.Equal(inputs, want) {
		t.Errorf("articles came from %v, want %v", inputs, want)
	}
	if titles["a/page"] == nil || titles["a/page"] != titles["a/page2"] {
		t.Errorf("HTML titles: %v and %v", titles["a/page"], titles["a/page2"])
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

package clean

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsnlp/newsnlp/internal/benchdata"
)

// tagPatterns are the tag patterns this package uses.
var tagPatterns = append(append([]tagPattern{}, pageDatePatterns...), canonicalURLPatterns...)

// checkTagPatterns fails when a pattern's find differs from matching its
// expression over the whole page.
func checkTagPatterns(t *testing.T, name string, page []byte) {
	t.Helper()
	var want []byte
	if m := datePublishedRE.FindSubmatch(page); m != nil {
		want = m[1]
	}
	if got := findDatePublished(page); !bytes.Equal(got, want) || (got == nil) != (want == nil) {
		t.Errorf("%s: findDatePublished = %q, whole-page match %q", name, got, want)
	}
	tags := newPageTags(page)
	for _, p := range tagPatterns {
		var want []byte
		if m := p.plain.FindSubmatch(page); m != nil {
			want = m[1]
		}
		if got := tags.find(p); !bytes.Equal(got, want) || (got == nil) != (want == nil) {
			t.Errorf("%s: %s: find = %q, whole-page match %q", name, p.plain, got, want)
		}
	}
}

// TestTagPatternsPages checks the windowed matching against whole-page
// matching on the test pages and, when present, the 181 pages of the
// extraction benchmark (every 16th under the race detector, which makes
// the whole-page expressions ~50 times slower: benchdata.Take).
func TestTagPatternsPages(t *testing.T) {
	files, _ := filepath.Glob("testdata/*/*.html")
	for i, f := range files {
		if !benchdata.Take(i, 16) {
			continue
		}
		page, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		checkTagPatterns(t, f, page)
	}
	for i, p := range benchmarkHTML(t) {
		if benchdata.Take(i, 16) {
			checkTagPatterns(t, p.name, p.html)
		}
	}
}

// rawPage is a page of the extraction benchmark, as fetched.
type rawPage struct {
	name string
	html []byte
}

// benchmarkHTML reads the pages of the extraction benchmark in the order
// of their ids (none when it is absent: logged). Unlike
// cleaneval.LoadBenchmark it does not parse them.
func benchmarkHTML(t *testing.T) []rawPage {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(sharedData, "extraction", "html", "*.html.gz"))
	if len(files) == 0 {
		t.Logf("extraction benchmark absent (%s)", filepath.Join(sharedData, "extraction"))
	}
	var pages []rawPage
	for _, f := range files {
		r, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		zr, err := gzip.NewReader(r)
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(zr)
		r.Close()
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		pages = append(pages, rawPage{strings.TrimSuffix(filepath.Base(f), ".html.gz"), b})
	}
	return pages
}

// FuzzTagPatterns checks that windowed matching finds what whole-page
// matching finds, on any input.
func FuzzTagPatterns(f *testing.F) {
	for _, s := range []string{
		`<meta property="article:published_time" content="2024-03-03T10:00:00Z">`,
		`<META CONTENT='2024-03-03 x>y' name="date"><time datetime="2024-01-02">`,
		`<div><span a="<b" ITEMPROP="datePublished" content="2020-02-02"></span>`,
		`<time pubdate datetime="2021-05-06 >> late">x</time>`,
		`<meta content="2024-03-03>>>>>>" a='b>' property="og:published_time">`,
		`<link href="https://x.org/2020/01/02/a" rel="canonical"><meta property="og:url" content="/b">`,
		"<lin\u212a rel='canonical' href='/2020/01/02/x'><link rel='canonical' href='/y'>",
		`"datePublished" :"x" "datePublished":  "2024-05-05T10:00"`,
		`<<meta<meta name=date content="2019-09-09">`,
		`<p itemprop itemprop="datePublished" content="2018-08-08"><i itemprop='datepublished' content='2017-07-07'>`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, page []byte) {
		checkTagPatterns(t, "input", page)
	})
}

// TestASCIILower checks the eight-bytes-at-a-time lowercasing against
// lowercasing byte by byte, for every byte value at every offset.
func TestASCIILower(t *testing.T) {
	page := make([]byte, 256*9+5)
	for i := range page {
		page[i] = byte(i*7 + i/256)
	}
	got := asciiLower(page)
	for i, c := range page {
		want := c
		if 'A' <= c && c <= 'Z' {
			want = c + 'a' - 'A'
		}
		if got[i] != want {
			t.Fatalf("byte %d: %#x lowercased to %#x, want %#x", i, c, got[i], want)
		}
	}
}

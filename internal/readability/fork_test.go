package readability

import (
	"bytes"
	"compress/gzip"
	"io"
	"maps"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	upstream "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
)

// testPages are the pages the fork is checked on: go-readability's own test
// pages (from the module cache) and the article-extraction benchmark
// (../../../shared/data/extraction), each present or skipped.
func testPages(t testing.TB) map[string][]byte {
	pages := map[string][]byte{}
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "codeberg.org/readeck/go-readability/v2").Output()
	if err == nil {
		files, _ := filepath.Glob(filepath.Join(strings.TrimSpace(string(out)), "test-pages", "*", "source.html"))
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			pages["readability/"+filepath.Base(filepath.Dir(f))] = b
		}
	}
	files, _ := filepath.Glob("../../../shared/data/extraction/html/*.html.gz")
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		zr, err := gzip.NewReader(fh)
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(zr)
		fh.Close()
		if err != nil {
			t.Fatal(err)
		}
		pages["extraction/"+filepath.Base(f)] = b
	}
	if len(pages) == 0 {
		t.Skip("go-readability's test pages and the extraction benchmark absent")
	}
	return pages
}

// TestSameAsUpstream checks that the fork finds what go-readability v2.1.3
// finds on every test page: the same title, byline, publication time and
// article container, rendered byte for byte.
func TestSameAsUpstream(t *testing.T) {
	pages := testPages(t)
	for name, page := range pages {
		want, werr := runUpstream(page)
		got, gerr := runFork(page)
		if (werr != nil) != (gerr != nil) {
			t.Errorf("%s: error %v, upstream %v", name, gerr, werr)
			continue
		}
		if got != want {
			t.Errorf("%s: differs from upstream\n got: %.300s\nwant: %.300s", name, got, want)
		}
	}
	t.Logf("%d pages", len(pages))
}

// testURL resolves the pages' relative links.
var testURL, _ = url.Parse("https://news.example.org/2024/03/story.html")

func runUpstream(page []byte) (string, error) {
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return "", err
	}
	p := upstream.NewParser()
	p.KeepClasses = true
	a, err := p.ParseAndMutate(doc, testURL)
	if err != nil {
		return "", err
	}
	pt, _ := a.PublishedTime()
	return describe(a.Title(), a.Byline(), pt.String(), a.Node), nil
}

func runFork(page []byte) (string, error) {
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return "", err
	}
	p := NewParser()
	p.KeepClasses = true
	a, err := p.ParseAndMutate(doc, testURL)
	if err != nil {
		return "", err
	}
	pt, _ := a.PublishedTime()
	return describe(a.Title(), a.Byline(), pt.String(), a.Node), nil
}

func describe(title, byline, published string, n *html.Node) string {
	var b strings.Builder
	b.WriteString(title + "\n" + byline + "\n" + published + "\n")
	if n != nil {
		html.Render(&b, n)
	}
	return b.String()
}

// BenchmarkParseAndMutate runs the parser on every test page (parsed
// beforehand, outside the timing) once per iteration; ms/page is the cost
// per page.
func BenchmarkParseAndMutate(b *testing.B) {
	pages := testPages(b)
	names := slices.Sorted(maps.Keys(pages))
	docs := make([]*html.Node, len(names))
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		for i, name := range names {
			docs[i], _ = html.Parse(bytes.NewReader(pages[name]))
		}
		b.StartTimer()
		for _, doc := range docs {
			p := NewParser()
			p.KeepClasses = true
			p.ParseAndMutate(doc, testURL)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(docs))/1e6, "ms/page")
}

// TestTextOnly checks that TextOnly changes nothing but link and media
// addresses: the same title, byline, date, and container tree with the
// same text and other attributes.
func TestTextOnly(t *testing.T) {
	pages := testPages(t)
	for name, page := range pages {
		var outs [2]string
		for i, textOnly := range []bool{false, true} {
			doc, err := html.Parse(bytes.NewReader(page))
			if err != nil {
				t.Fatal(err)
			}
			p := NewParser()
			p.KeepClasses, p.TextOnly = true, textOnly
			a, err := p.ParseAndMutate(doc, testURL)
			if err != nil {
				outs[i] = "error: " + err.Error()
				continue
			}
			pt, _ := a.PublishedTime()
			var b strings.Builder
			b.WriteString(a.Title() + "\n" + a.Byline() + "\n" + pt.String() + "\n")
			if a.Node != nil {
				writeTree(&b, a.Node)
			}
			outs[i] = b.String()
		}
		if outs[0] != outs[1] {
			t.Errorf("%s: TextOnly differs\n got: %.300s\nwant: %.300s", name, outs[1], outs[0])
		}
	}
}

// writeTree writes n's tree: elements with their attributes but link and
// media addresses, and text.
func writeTree(b *strings.Builder, n *html.Node) {
	switch n.Type {
	case html.TextNode:
		b.WriteString(n.Data)
	case html.ElementNode:
		b.WriteString("<" + n.Data)
		for _, a := range n.Attr {
			switch a.Key {
			case "href", "src", "poster", "srcset":
			default:
				b.WriteString(" " + a.Key + "=" + a.Val)
			}
		}
		b.WriteString(">")
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		writeTree(b, c)
	}
	if n.Type == html.ElementNode {
		b.WriteString("</" + n.Data + ">")
	}
}

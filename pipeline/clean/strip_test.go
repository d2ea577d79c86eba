package clean

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsnlp/newsnlp/internal/benchdata"
	"golang.org/x/net/html"
)

// sameTree reports how the tree of stripped differs from the tree of page,
// or "" when it differs only in the text of <script> (non-JSON) and <style>
// elements, which stripping may empty.
func sameTree(page, stripped []byte) string {
	a, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return err.Error()
	}
	b, err := html.Parse(bytes.NewReader(stripped))
	if err != nil {
		return err.Error()
	}
	return diffNodes(a, b, "")
}

func diffNodes(a, b *html.Node, path string) string {
	if a.Type != b.Type || a.Data != b.Data || a.Namespace != b.Namespace || fmt.Sprint(a.Attr) != fmt.Sprint(b.Attr) {
		return fmt.Sprintf("%s: %v %q %v / %v %q %v", path, a.Type, a.Data, a.Attr, b.Type, b.Data, b.Attr)
	}
	path += "/" + a.Data
	if a.Type == html.ElementNode && a.Namespace == "" && b.FirstChild == nil &&
		(a.Data == "style" || a.Data == "script" && !strings.Contains(strings.ToLower(attr(a, "type")), "json")) {
		return ""
	}
	ca, cb := a.FirstChild, b.FirstChild
	for ; ca != nil && cb != nil; ca, cb = ca.NextSibling, cb.NextSibling {
		if d := diffNodes(ca, cb, path); d != "" {
			return d
		}
	}
	if ca != nil || cb != nil {
		return path + ": a different number of children"
	}
	return ""
}

// TestStripCodePages checks on the test pages, go-readability's test
// pages and the extraction benchmark (when present) that stripping leaves
// the parsed tree as it was but for script and style text, and that it
// strips most of that text. Under the race detector, which makes HTML
// parsing ~30 times slower, it takes every 16th page (benchdata.Take).
func TestStripCodePages(t *testing.T) {
	var pages []rawPage
	files, _ := filepath.Glob("testdata/*/*.html")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, rawPage{f, b})
	}
	pages = append(pages, benchmarkHTML(t)...)
	var n, size, kept int
	for i, p := range pages {
		if !benchdata.Take(i, 16) {
			continue
		}
		s := stripCode(p.html)
		if d := sameTree(p.html, s); d != "" {
			t.Errorf("%s: %s", p.name, d)
		}
		n++
		size += len(p.html)
		kept += len(s)
	}
	t.Logf("%d pages: %d bytes, %d after stripping (%.0f%%)", n, size, kept, 100*float64(kept)/float64(size))
}

// FuzzStripCode checks that stripping never changes the parsed tree but
// for script and style text.
func FuzzStripCode(f *testing.F) {
	for _, s := range []string{
		`<html><head><style>p{}</style><script>var a="</scrip";</script></head><body><p>x</p></body></html>`,
		`<script type="application/ld+json">{"a":1}</script><script>if(a<b){}</script><p>t</p>`,
		`<svg><style>.a{}</style><title>T</title><path d="x"/></svg><style>b{}</style>`,
		`<select><style>x<b>y</style></select><style>z</style>`,
		`<!-- <script> --><script><!-- </script> --></script>x`,
		`<textarea><script>x</script></textarea><a title="<script>">y</a><script>z</script>`,
		`<svg/><style>s</style><math><style>t</style></math>`,
		`<p a=/><style>s</style><![CDATA[ <script> ]]><script>q</script>`,
		`<svg><title><style>s</style></title></svg>`,
		`</><?x <script>?><!DOCTYPE html><script>a</script  ><noscript><script>b</script></noscript>`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, page []byte) {
		if d := sameTree(page, stripCode(page)); d != "" {
			t.Fatalf("%q: %s", page, d)
		}
	})
}

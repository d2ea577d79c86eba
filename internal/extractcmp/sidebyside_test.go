package extractcmp

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"github.com/newsnlp/newsnlp/pipeline/clean"
	"github.com/newsnlp/newsnlp/pipeline/clean/cleaneval"
	"github.com/newsnlp/newsnlp/pipeline/source"
)

// repoRoot is the newsnlp repository this module sits in.
func repoRoot() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..")
}

// devSet loads every development set present: the extraction benchmark
// (../shared/data/extraction), go-readability's test pages (from the module
// cache) and the project's test corpus.
func devSet(t *testing.T) []cleaneval.Page {
	root := repoRoot()
	var pages []cleaneval.Page
	bench := filepath.Join(root, "..", "shared", "data", "extraction")
	if _, err := os.Stat(bench); err != nil {
		t.Logf("extraction benchmark absent (%v): the shared data lives outside the repository", err)
	} else {
		ps, err := cleaneval.LoadBenchmark(bench)
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, ps...)
	}
	cmd := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "codeberg.org/readeck/go-readability/v2")
	cmd.Dir = root
	if out, err := cmd.Output(); err != nil {
		t.Logf("go-readability's test pages not found (%v)", err)
	} else {
		ps, err := cleaneval.LoadReadability(filepath.Join(strings.TrimSpace(string(out)), "test-pages"))
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, ps...)
	}
	ps, err := cleaneval.LoadCorpus(filepath.Join(root, "pipeline", "clean", "testdata", "html"))
	if err != nil {
		t.Fatal(err)
	}
	return append(pages, ps...)
}

// newsnlp is the pipeline's main text of a page: decoded to UTF-8 as its
// sources decode HTML, then cleaned.
func newsnlp(page []byte, url string) (string, error) {
	d := source.DecodeHTML(page, "", source.Encoding{})
	r, err := clean.HTML([]byte(d.Text), url)
	return r.Body, err
}

func goTrafilatura(page []byte, url string) (string, error) {
	opts := trafilatura.Options{EnableFallback: true, ExcludeComments: true}
	res, err := trafilatura.Extract(bytes.NewReader(page), opts)
	if err != nil {
		return "", err
	}
	return res.ContentText, nil
}

// TestSideBySide scores newsnlp and go-trafilatura (with fallback) on the
// development sets and requires newsnlp's token and snippet F1 to be ahead
// on every set and over all pages.
func TestSideBySide(t *testing.T) {
	pages := devSet(t)
	results := map[string][]cleaneval.Result{}
	results["newsnlp"], _ = cleaneval.Run(pages, newsnlp)
	results["go-trafilatura+fallback"], _ = cleaneval.Run(pages, goTrafilatura)
	var b strings.Builder
	if err := cleaneval.WriteTable(&b, []string{"newsnlp", "go-trafilatura+fallback"}, results); err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + b.String())
	sets, ours := cleaneval.BySet(results["newsnlp"])
	_, theirs := cleaneval.BySet(results["go-trafilatura+fallback"])
	for _, set := range sets {
		o, th := ours[set], theirs[set]
		if o.Tokens.F1 <= th.Tokens.F1 {
			t.Errorf("%s: token F1 %.3f, go-trafilatura %.3f: want newsnlp ahead", set, o.Tokens.F1, th.Tokens.F1)
		}
		if o.Snippets.F1 <= th.Snippets.F1 {
			t.Errorf("%s: snippet F1 %.3f, go-trafilatura %.3f: want newsnlp ahead", set, o.Snippets.F1, th.Snippets.F1)
		}
	}
}

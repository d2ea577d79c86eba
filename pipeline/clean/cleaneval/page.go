package cleaneval

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"golang.org/x/net/html"
)

// Page is one page of a development set and its gold main text.
type Page struct {
	// Set names the development set ("extraction", "readability", "corpus").
	Set string
	// ID names the page within its set.
	ID string
	// URL is the page's address, "" when the set does not give it.
	URL string
	// HTML is the page as fetched.
	HTML []byte
	// Gold is the page's main text, paragraphs separated by "\n".
	Gold string
	// Snippets are the page's snippets, from Gold and from its visible text.
	Snippets Snippets
}

// newPage makes a page and its snippets.
func newPage(set, id, url string, page []byte, gold string) (Page, error) {
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return Page{}, fmt.Errorf("cleaneval: %s %s: %w", set, id, err)
	}
	return Page{Set: set, ID: id, URL: url, HTML: page, Gold: gold, Snippets: PageSnippets(gold, Lines(doc))}, nil
}

// LoadBenchmark reads the article-extraction benchmark in dir:
// ground-truth.json ({id: {"url", "articleBody"}}) and html/<id>.html.gz.
// Pages come in the order of their ids.
func LoadBenchmark(dir string) ([]Page, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return nil, fmt.Errorf("cleaneval: %w", err)
	}
	var truth map[string]struct {
		URL         string `json:"url"`
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(raw, &truth); err != nil {
		return nil, fmt.Errorf("cleaneval: ground-truth.json: %w", err)
	}
	ids := make([]string, 0, len(truth))
	for id := range truth {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	pages := make([]Page, 0, len(ids))
	for _, id := range ids {
		page, err := readGzip(filepath.Join(dir, "html", id+".html.gz"))
		if err != nil {
			return nil, err
		}
		t := truth[id]
		p, err := newPage("extraction", id, t.URL, page, t.ArticleBody)
		if err != nil {
			return nil, err
		}
		pages = append(pages, p)
	}
	return pages, nil
}

func readGzip(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("cleaneval: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("cleaneval: %s: %w", path, err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("cleaneval: %s: %w", path, err)
	}
	return b, nil
}

// LoadReadability reads go-readability's test pages in dir (the module's
// test-pages folder): <name>/source.html and, as gold, the text of
// <name>/expected.html. Pages whose expected text is empty (the library's
// tests of pages it refuses) are left out.
func LoadReadability(dir string) ([]Page, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*", "source.html"))
	if err != nil || len(names) == 0 {
		return nil, fmt.Errorf("cleaneval: no test pages under %s", dir)
	}
	sort.Strings(names)
	var pages []Page
	for _, src := range names {
		d := filepath.Dir(src)
		page, err := os.ReadFile(src)
		if err != nil {
			return nil, fmt.Errorf("cleaneval: %w", err)
		}
		exp, err := os.ReadFile(filepath.Join(d, "expected.html"))
		if err != nil {
			return nil, fmt.Errorf("cleaneval: %w", err)
		}
		gold, err := htmlText(exp)
		if err != nil {
			return nil, fmt.Errorf("cleaneval: %s: %w", d, err)
		}
		if strings.TrimSpace(gold) == "" {
			continue
		}
		p, err := newPage("readability", filepath.Base(d), "", page, gold)
		if err != nil {
			return nil, err
		}
		pages = append(pages, p)
	}
	return pages, nil
}

// LoadCorpus reads the project's test corpus in dir: NAME.html and, as
// gold, NAME.expected.txt.
func LoadCorpus(dir string) ([]Page, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.html"))
	if err != nil || len(names) == 0 {
		return nil, fmt.Errorf("cleaneval: no pages under %s", dir)
	}
	sort.Strings(names)
	pages := make([]Page, 0, len(names))
	for _, f := range names {
		page, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("cleaneval: %w", err)
		}
		base := strings.TrimSuffix(f, ".html")
		gold, err := os.ReadFile(base + ".expected.txt")
		if err != nil {
			return nil, fmt.Errorf("cleaneval: %w", err)
		}
		p, err := newPage("corpus", filepath.Base(base), "", page, string(gold))
		if err != nil {
			return nil, err
		}
		pages = append(pages, p)
	}
	return pages, nil
}

// htmlText is the visible text of an HTML document, one line per block.
func htmlText(page []byte) (string, error) {
	doc, err := html.Parse(strings.NewReader(string(page)))
	if err != nil {
		return "", err
	}
	return strings.Join(Lines(doc), "\n"), nil
}

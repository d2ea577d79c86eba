package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"

	"github.com/newsnlp/newsnlp/pipeline/clean"
	"github.com/newsnlp/newsnlp/pipeline/clean/cleaneval"
	"github.com/newsnlp/newsnlp/pipeline/source"
)

// EvalCleanCmd is `newsnlp eval clean`: extracts the main text of the pages
// of one or more development sets and scores it by word 4-grams (as the
// extraction benchmark's scorer does) and by snippets.
type EvalCleanCmd struct {
	Extraction  string `type:"existingdir" help:"Article-extraction benchmark folder (ground-truth.json, html/*.html.gz)."`
	Readability string `type:"existingdir" help:"go-readability's test-pages folder (<name>/source.html, expected.html)."`
	Corpus      string `type:"existingdir" help:"Folder of NAME.html pages with NAME.expected.txt (pipeline/clean/testdata/html)."`
	Predictions string `help:"Write the predictions as JSON ({id: {\"articleBody\": text}}), the benchmark scorer's input."`
	Pages       bool   `help:"Also print the score of every page."`
}

// Run scores the extractor and prints one line per set.
func (c *EvalCleanCmd) Run() error {
	var pages []cleaneval.Page
	for _, set := range []struct {
		dir  string
		load func(string) ([]cleaneval.Page, error)
	}{{c.Extraction, cleaneval.LoadBenchmark}, {c.Readability, cleaneval.LoadReadability}, {c.Corpus, cleaneval.LoadCorpus}} {
		if set.dir == "" {
			continue
		}
		ps, err := set.load(set.dir)
		if err != nil {
			return fmt.Errorf("eval clean: %w", err)
		}
		pages = append(pages, ps...)
	}
	if len(pages) == 0 {
		return errors.New("eval clean: give at least one of --extraction, --readability, --corpus")
	}
	rs, preds := cleaneval.Run(pages, extractBody)
	if c.Predictions != "" {
		if err := writePredictions(c.Predictions, pages, preds); err != nil {
			return fmt.Errorf("eval clean: %w", err)
		}
	}
	if c.Pages {
		for _, r := range rs {
			p, rc := r.TP/max(r.TP+r.FP, 1e-9), r.TP/max(r.TP+r.FN, 1e-9)
			fmt.Printf("%-12s %-66s tokens P %.3f R %.3f  snippets %d/%d in, %d/%d out\n", r.Set, r.ID, p, rc, r.Found, r.In, r.Leaked, r.Out)
		}
	}
	return cleaneval.WriteTable(os.Stdout, []string{"newsnlp"}, map[string][]cleaneval.Result{"newsnlp": rs})
}

// extractBody is the pipeline's main text of a page: decoded to UTF-8 as
// the sources decode HTML (BOM, <meta> charset, detection), then cleaned.
func extractBody(page []byte, url string) (string, error) {
	d := source.DecodeHTML(page, "", source.Encoding{})
	r, err := clean.HTML([]byte(d.Text), url)
	return r.Body, err
}

// writePredictions writes preds as the benchmark scorer reads them, keyed
// by page id, through a temporary file renamed into place.
func writePredictions(path string, pages []cleaneval.Page, preds []string) error {
	out := make(map[string]map[string]string, len(pages))
	for i, p := range pages {
		out[p.ID] = map[string]string{"articleBody": preds[i]}
	}
	b, err := json.MarshalIndent(out, "", " ")
	if err != nil {
		return err
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, b, 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

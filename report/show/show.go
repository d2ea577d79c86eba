package show

import (
	"fmt"
	"html"
	"io"
	"strings"

	"github.com/newsnlp/newsnlp/runread"
)

// Options say what goes into the page.
type Options struct {
	// Articles, when not empty, are the ids of the only articles rendered,
	// without the index.
	Articles []string
	// MaxArticles caps the articles that get a section (default 500);
	// the index still counts all of them.
	MaxArticles int
	// PageSize is the number of articles per page of the index list
	// (default 100); TopN the bars of each top chart (default 15).
	PageSize, TopN int
}

func (o *Options) defaults() {
	if o.MaxArticles <= 0 {
		o.MaxArticles = 500
	}
	if o.PageSize <= 0 {
		o.PageSize = 100
	}
	if o.TopN <= 0 {
		o.TopN = 15
	}
}

// Write renders the run as one HTML document.
func Write(w io.Writer, r *runread.Run, o Options) error {
	o.defaults()
	docs, err := pick(r, o)
	if err != nil {
		return err
	}
	pos := make(map[*runread.Doc]int, len(r.Docs))
	for i, d := range r.Docs {
		pos[d] = i
	}
	anchors := make(map[*runread.Doc]string, len(docs))
	for i, d := range docs {
		// "a" and the article's position in the run (in the list of
		// chosen articles for --article): safe whatever characters the
		// article id holds, and short.
		if len(o.Articles) == 0 {
			i = pos[d]
		}
		anchors[d] = fmt.Sprintf("a%d", i+1)
	}
	var b strings.Builder
	b.Grow(len(docs) * 16 << 10)
	title := "newsnlp: " + r.Layout.Dir
	bodyClass := ""
	if len(o.Articles) > 0 {
		title = "newsnlp: " + titleOf(docs[0])
		bodyClass = ` class="single"`
	}
	fmt.Fprintf(&b, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"+
		"<title>%s</title><style>%s%s</style></head><body%s>\n", html.EscapeString(title), css, singleCSS, bodyClass)
	index := ""
	if len(o.Articles) == 0 {
		writeIndex(&b, r, anchors, o)
		index = "index"
	}
	for i, d := range docs {
		p := page{doc: d, id: anchors[d], index: index}
		if i > 0 {
			p.prev = anchors[docs[i-1]]
		}
		if i+1 < len(docs) {
			p.next = anchors[docs[i+1]]
		}
		writeArticle(&b, p)
	}
	fmt.Fprintf(&b, "<script>%s</script></body></html>\n", script)
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("show: %w", err)
	}
	return nil
}

// singleCSS shows every article when the page holds only chosen ones.
const singleCSS = `.single .article{display:block}`

// pick returns the articles that get a section.
func pick(r *runread.Run, o Options) ([]*runread.Doc, error) {
	if len(o.Articles) == 0 {
		return r.Docs[:min(len(r.Docs), o.MaxArticles)], nil
	}
	var docs []*runread.Doc
	for _, id := range o.Articles {
		d := r.Doc(id)
		if d == nil {
			return nil, fmt.Errorf("show: no article %q in %s", id, r.Layout.Dir)
		}
		docs = append(docs, d)
	}
	return docs, nil
}

package show

import (
	"cmp"
	"fmt"
	"html"
	"slices"
	"strings"

	"github.com/newsnlp/newsnlp/runread"
)

// entityLabels are the entity types, in legend order.
var entityLabels = []string{"PERSON", "LOCATION", "ORGANIZATION", "MISC"}

var labelColour = map[string]string{"PERSON": "#0072B2", "LOCATION": "#009E73", "ORGANIZATION": "#D55E00", "MISC": "#CC79A7"}

// writeIndex writes the corpus page: counts, charts and the paged article
// list. anchors maps the shown articles to their section ids.
func writeIndex(b *strings.Builder, r *runread.Run, anchors map[*runread.Doc]string, o Options) {
	b.WriteString(`<section id="index">`)
	fmt.Fprintf(b, "<h1>newsnlp run: %s</h1>", html.EscapeString(r.Layout.Dir))
	writeCounts(b, r)
	b.WriteString(`<div class="charts">`)
	writeBars(b, fmt.Sprintf("Top %d speakers (quotes)", o.TopN), "#E69F00", topSpeakers(r, o.TopN))
	for _, l := range entityLabels {
		writeBars(b, fmt.Sprintf("Top %d %s entities (articles)", o.TopN, strings.ToLower(l)), labelColour[l], topEntities(r, l, o.TopN))
	}
	var quotes, ents []int
	for _, d := range r.Docs {
		quotes = append(quotes, len(d.Quotes))
		ents = append(ents, len(d.Entities))
	}
	writeBars(b, "Articles by number of quotes", "#56B4E9", histogram(quotes))
	writeBars(b, "Articles by number of entities", "#56B4E9", histogram(ents))
	writeBars(b, "Error rows by stage", "#D55E00", errorsByStage(r))
	b.WriteString(`</div>`)
	writeArticleList(b, r, anchors, o)
	b.WriteString("</section>\n")
}

func writeCounts(b *strings.Builder, r *runread.Run) {
	var words, ments, ents, quotes, spoken int
	for _, d := range r.Docs {
		words += int(d.NWords)
		ments += len(d.Mentions)
		ents += len(d.Entities)
		quotes += len(d.Quotes)
		for _, q := range d.Quotes {
			if q.Speaker != nil {
				spoken++
			}
		}
	}
	b.WriteString(`<table><tbody>`)
	for _, c := range []struct {
		name string
		n    int
	}{{"articles", len(r.Docs)}, {"words", words}, {"mentions", ments}, {"entities", ents},
		{"quotes", quotes}, {"quotes with a speaker", spoken}, {"error rows", len(r.Errors)}} {
		fmt.Fprintf(b, `<tr><th>%s</th><td class="n">%d</td></tr>`, c.name, c.n)
	}
	b.WriteString(`</tbody></table>`)
}

// top returns the n largest counts, ties by name.
func top(counts map[string]int, n int) []bar {
	bars := make([]bar, 0, len(counts))
	for k, v := range counts {
		bars = append(bars, bar{label: k, n: v})
	}
	slices.SortFunc(bars, func(x, y bar) int { return cmp.Or(cmp.Compare(y.n, x.n), cmp.Compare(x.label, y.label)) })
	return bars[:min(n, len(bars))]
}

func topSpeakers(r *runread.Run, n int) []bar {
	counts := map[string]int{}
	for _, d := range r.Docs {
		for _, q := range d.Quotes {
			if q.Speaker != nil {
				counts[*q.Speaker]++
			}
		}
	}
	return top(counts, n)
}

// topEntities counts the articles each entity name of the type appears in.
func topEntities(r *runread.Run, label string, n int) []bar {
	counts := map[string]int{}
	for _, d := range r.Docs {
		for _, e := range d.Entities {
			if e.Label == label {
				counts[e.Canonical]++
			}
		}
	}
	return top(counts, n)
}

func errorsByStage(r *runread.Run) []bar {
	counts := map[string]int{}
	for _, e := range r.Errors {
		counts[e.Stage]++
	}
	return top(counts, len(counts))
}

// writeArticleList writes the shown articles as pages of a table; the
// first page is visible by default, the others through their links.
func writeArticleList(b *strings.Builder, r *runread.Run, anchors map[*runread.Doc]string, o Options) {
	var shown []*runread.Doc
	for _, d := range r.Docs {
		if anchors[d] != "" {
			shown = append(shown, d)
		}
	}
	fmt.Fprintf(b, "<h2>Articles</h2>")
	if n := len(r.Docs) - len(shown); n > 0 {
		fmt.Fprintf(b, `<p class="muted">The first %d of %d articles have pages here; render others with <code>newsnlp show --article ID</code> or raise <code>--max-articles</code>.</p>`, len(shown), len(r.Docs))
	}
	pages := (len(shown) + o.PageSize - 1) / o.PageSize
	for p := range pages {
		class := "page"
		if p == 0 {
			class += " first"
		}
		fmt.Fprintf(b, `<div class="%s" id="p%d">`, class, p+1)
		if pages > 1 {
			writePager(b, p, pages)
		}
		b.WriteString(`<table><thead><tr><th>article</th><th class="n">words</th><th class="n">entities</th><th class="n">quotes</th><th class="n">errors</th></tr></thead><tbody>`)
		for _, d := range shown[p*o.PageSize : min(len(shown), (p+1)*o.PageSize)] {
			fmt.Fprintf(b, `<tr><td><a class="art" href="#%s">%s</a></td><td class="n">%d</td><td class="n">%d</td><td class="n">%d</td><td class="n">%d</td></tr>`,
				anchors[d], html.EscapeString(titleOf(d)), d.NWords, len(d.Entities), len(d.Quotes), len(d.Errors))
		}
		b.WriteString("</tbody></table></div>")
	}
}

func writePager(b *strings.Builder, p, pages int) {
	b.WriteString(`<nav class="art">Page: `)
	for i := range pages {
		if i == p {
			fmt.Fprintf(b, "<strong>%d</strong>", i+1)
		} else {
			fmt.Fprintf(b, `<a href="#p%d">%d</a>`, i+1, i+1)
		}
	}
	b.WriteString("</nav>")
}

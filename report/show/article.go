package show

import (
	"cmp"
	"fmt"
	"html"
	"slices"
	"strings"

	"github.com/newsnlp/newsnlp/runread"
	"github.com/newsnlp/newsnlp/schemas"
)

// page is one article's place in the output: its anchor and its
// neighbours' anchors ("" at the ends).
type page struct {
	doc            *runread.Doc
	id, prev, next string
	index          string // the index anchor, "" when there is none
}

// writeArticle writes one article section.
func writeArticle(b *strings.Builder, p page) {
	d := p.doc
	text := []rune(d.Text)
	fmt.Fprintf(b, `<section class="article" id="%s" data-article-id="%s">`, p.id, attr(d.ArticleID))
	b.WriteString(`<nav class="art">`)
	if p.index != "" {
		fmt.Fprintf(b, `<a href="#%s">Index</a>`, p.index)
	}
	if p.prev != "" {
		fmt.Fprintf(b, `<a href="#%s" rel="prev">← previous</a>`, p.prev)
	}
	if p.next != "" {
		fmt.Fprintf(b, `<a href="#%s" rel="next">next →</a>`, p.next)
	}
	b.WriteString(`</nav>`)
	fmt.Fprintf(b, "<h2>%s</h2>", html.EscapeString(titleOf(d)))
	fmt.Fprintf(b, `<p class="muted">%s · %d words · %d entities · %d quotes · %d errors</p>`,
		html.EscapeString(d.ArticleID), d.NWords, len(d.Entities), len(d.Quotes), len(d.Errors))
	b.WriteString(legend)
	b.WriteString(`<div class="text">`)
	dropped := markup(b, text, articleSpans(p.id, d, text))
	b.WriteString(`</div>`)
	if len(dropped) > 0 {
		fmt.Fprintf(b, `<p class="err">%d highlight(s) overlap another one partly and are not drawn in the text.</p>`, len(dropped))
	}
	writeQuotes(b, p.id, d, text)
	writeEntities(b, p.id, d)
	b.WriteString("<h3>Metadata</h3>")
	writeFields(b, fields(&d.Article, "text"))
	writeErrors(b, d.Errors)
	b.WriteString("</section>\n")
}

// legend explains the highlight styles.
const legend = `<p class="legend"><span class="m PER">person</span> <span class="m LOC">location</span> ` +
	`<span class="m ORG">organization</span> <span class="m MISC">misc</span> <span class="q">quote</span> <span class="spk">speaker</span> ` +
	`<span class="keys muted"><kbd>n</kbd>/<kbd>p</kbd> next/previous article, <kbd>j</kbd>/<kbd>k</kbd> highlights, <kbd>i</kbd> index</span></p>`

func titleOf(d *runread.Doc) string {
	if d.Title != nil && *d.Title != "" {
		return *d.Title
	}
	return d.ArticleID
}

// articleSpans lists the highlights of an article: quotes, mentions, and
// the speaker mentions of quotes (merged into the mention of the same
// span when there is one).
func articleSpans(id string, d *runread.Doc, text []rune) []span {
	speakers := map[[2]int32]bool{}
	for _, q := range d.Quotes {
		if q.SpeakerStart != nil && q.SpeakerEnd != nil {
			speakers[[2]int32{*q.SpeakerStart, *q.SpeakerEnd}] = true
		}
	}
	linked := map[int32]bool{} // the first mention of each entity has an id
	seen := map[int32]bool{}
	for _, m := range d.Mentions {
		if !seen[m.EntityID] {
			seen[m.EntityID], linked[m.MentionIndex] = true, true
		}
	}
	var spans []span
	for _, q := range d.Quotes {
		spans = append(spans, span{int(q.Start), int(q.End), quoteSpan,
			fmt.Sprintf(`<span class="q" id="%s-q%d" tabindex="0" data-span="%d,%d" title="%s">`,
				id, q.QuoteIndex, q.Start, q.End, attr("quote — "+speakerName(q))), "</span>"})
	}
	for _, m := range d.Mentions {
		key := [2]int32{m.Start, m.End}
		class := labelClass(m.Label)
		if speakers[key] {
			class += " spk"
			linked[m.MentionIndex] = true
			delete(speakers, key)
		}
		anchor := ""
		if linked[m.MentionIndex] {
			anchor = fmt.Sprintf(` id="%s-m%d"`, id, m.MentionIndex)
		}
		spans = append(spans, span{int(m.Start), int(m.End), mentionSpan,
			fmt.Sprintf(`<a class="%s"%s href="#%s-e%d" data-span="%d,%d">`,
				class, anchor, id, m.EntityID, m.Start, m.End), "</a>"})
	}
	for key := range speakers {
		spans = append(spans, span{int(key[0]), int(key[1]), speakerSpan,
			fmt.Sprintf(`<span class="spk" tabindex="0" id="%s" data-span="%d,%d" title="speaker">`,
				speakerID(id, key), key[0], key[1]), "</span>"})
	}
	return spans
}

func speakerID(id string, key [2]int32) string { return fmt.Sprintf("%s-s%d-%d", id, key[0], key[1]) }

func speakerName(q schemas.Quote) string {
	if q.Speaker == nil {
		return "no speaker"
	}
	return "speaker: " + *q.Speaker
}

// quoteSnippet is the longest quote text repeated in the quote list, in
// code points; the whole quote is highlighted in the text.
const quoteSnippet = 100

// writeQuotes lists the article's quotes with their speakers.
func writeQuotes(b *strings.Builder, id string, d *runread.Doc, text []rune) {
	if len(d.Quotes) == 0 {
		return
	}
	mentionAt := map[[2]int32]int32{}
	for _, m := range d.Mentions {
		mentionAt[[2]int32{m.Start, m.End}] = m.MentionIndex
	}
	fmt.Fprintf(b, "<h3>Quotes (%d)</h3><ol class=\"quotes\">", len(d.Quotes))
	for _, q := range d.Quotes {
		fmt.Fprintf(b, `<li><a href="#%s-q%d">“%s”</a> <span class="muted">%d–%d</span> — `, id, q.QuoteIndex, html.EscapeString(ellipsis(q.Text, quoteSnippet)), q.Start, q.End)
		switch {
		case q.Speaker == nil:
			b.WriteString(`<span class="muted">no speaker</span>`)
		case q.SpeakerEntityID != nil:
			fmt.Fprintf(b, `<a href="#%s-e%d">%s</a>`, id, *q.SpeakerEntityID, html.EscapeString(*q.Speaker))
		default:
			b.WriteString(html.EscapeString(*q.Speaker))
		}
		if q.SpeakerStart != nil && q.SpeakerEnd != nil && *q.SpeakerStart >= 0 && int(*q.SpeakerEnd) <= len(text) && *q.SpeakerStart < *q.SpeakerEnd {
			key := [2]int32{*q.SpeakerStart, *q.SpeakerEnd}
			anchor := speakerID(id, key)
			if mi, ok := mentionAt[key]; ok {
				anchor = fmt.Sprintf("%s-m%d", id, mi)
			}
			fmt.Fprintf(b, ` <span class="muted">(from <a href="#%s">“%s”</a> at %d–%d)</span>`,
				anchor, html.EscapeString(string(text[key[0]:key[1]])), key[0], key[1])
		}
		writeFields(b, fields(&q, "article_id", "quote_index", "text", "start", "end", "speaker", "speaker_start", "speaker_end", "speaker_entity_id"))
		b.WriteString("</li>")
	}
	b.WriteString("</ol>")
}

// writeEntities lists the article's entities by type, with a link to the
// first mention of each.
func writeEntities(b *strings.Builder, id string, d *runread.Doc) {
	if len(d.Entities) == 0 {
		return
	}
	first := map[int32]int32{} // entity → its first mention
	for _, m := range d.Mentions {
		if _, ok := first[m.EntityID]; !ok {
			first[m.EntityID] = m.MentionIndex
		}
	}
	byLabel := map[string][]schemas.Entity{}
	var labels []string
	for _, e := range d.Entities {
		if byLabel[e.Label] == nil {
			labels = append(labels, e.Label)
		}
		byLabel[e.Label] = append(byLabel[e.Label], e)
	}
	slices.SortFunc(labels, func(x, y string) int { return cmp.Compare(labelRank(x), labelRank(y)) })
	fmt.Fprintf(b, "<h3>Entities (%d)</h3>", len(d.Entities))
	for _, l := range labels {
		fmt.Fprintf(b, "<h4>%s</h4><ul>", html.EscapeString(l))
		for _, e := range byLabel[l] {
			fmt.Fprintf(b, `<li id="%s-e%d"><span class="m %s">%s</span> ×%d`, id, e.EntityID, labelClass(l), html.EscapeString(e.Canonical), e.NMentions)
			if m, ok := first[e.EntityID]; ok {
				fmt.Fprintf(b, ` <a href="#%s-m%d">first</a>`, id, m)
			}
			b.WriteString("</li>")
		}
		b.WriteString("</ul>")
	}
}

// labelRank orders labels as the legend does, others after.
func labelRank(l string) int {
	if i := slices.Index(entityLabels, l); i >= 0 {
		return i
	}
	return len(entityLabels)
}

// writeErrors writes error rows as a table of all their columns.
func writeErrors(b *strings.Builder, errs []schemas.Error) {
	if len(errs) == 0 {
		return
	}
	fmt.Fprintf(b, `<h3 class="err">Errors (%d)</h3>`, len(errs))
	for _, e := range errs {
		writeFields(b, fields(&e))
	}
}

func attr(s string) string { return html.EscapeString(s) }

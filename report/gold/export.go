package gold

import (
	"github.com/newsnlp/newsnlp/runread"
)

// Export turns a run into a gold template: every article with its text,
// its mentions as entities and its quotes with their speakers, to be
// corrected by hand.
func Export(r *runread.Run) []Article {
	out := make([]Article, 0, len(r.Docs))
	for _, d := range r.Docs {
		text := d.Text
		ents := make([]Entity, 0, len(d.Mentions))
		for _, m := range d.Mentions {
			ents = append(ents, Entity{Start: int(m.Start), End: int(m.End), Label: m.Label, Text: m.Text})
		}
		quotes := make([]Quote, 0, len(d.Quotes))
		for _, q := range d.Quotes {
			g := Quote{Start: int(q.Start), End: int(q.End), Text: q.Text, Speaker: q.Speaker}
			if q.SpeakerStart != nil && q.SpeakerEnd != nil && *q.SpeakerEnd > *q.SpeakerStart {
				g.SpeakerSpans = [][2]int{{int(*q.SpeakerStart), int(*q.SpeakerEnd)}}
			}
			quotes = append(quotes, g)
		}
		out = append(out, Article{ArticleID: d.ArticleID, Text: &text, Entities: &ents, Quotes: &quotes})
	}
	return out
}

package pipeline

import (
	"slices"
	"unicode"

	"github.com/newsnlp/newsnlp/corpus/fingerprint"
	"github.com/newsnlp/newsnlp/nlp"
	"github.com/newsnlp/newsnlp/schemas"
)

// rows are the output rows of one batch, per table, in input order.
type rows struct {
	articles   []schemas.Article
	sentences  []schemas.Sentence
	tokens     []schemas.Token
	mentions   []schemas.Mention
	entities   []schemas.Entity
	quotes     []schemas.Quote
	errors     []schemas.Error
	wordpieces []schemas.Wordpiece
	words      int64 // words in the batch's articles
	nArticles  int64 // articles that came out
	failed     int64 // records that did not
}

// appendArticle converts one article to rows. want says which tables are
// written (rows of other tables are not built).
func (r *rows) appendArticle(a *Article, want tableSet) {
	d := &a.Doc
	id := d.ID
	for _, p := range a.Problems {
		var aid *string
		if a.Record.ID != "" {
			aid = ptr(a.Record.ID)
		}
		r.errors = append(r.errors, schemas.Error{
			Input: a.Record.Input, Line: a.Record.Line, ArticleID: aid,
			Stage: p.Stage, Severity: p.Severity.String(), Message: p.Err.Error(),
		})
	}
	if a.Failed {
		r.failed++
		return
	}
	r.nArticles++
	cp := newCodePoints(d.Text)
	words := 0
	for _, t := range d.Tokens {
		if isWord(t.Text) {
			words++
		}
	}
	r.words += int64(words)
	if want.has(TableArticles) {
		r.articles = append(r.articles, schemas.Article{
			ArticleID: id, Input: a.Record.Input, InputLine: a.Record.Line,
			Source: optional(a.Record.Source), URL: optional(a.Record.URL), Title: optional(a.Title),
			Byline: optional(a.Byline), Dateline: optional(a.Dateline), Agency: optional(a.Agency),
			PublishedAt: a.Published, Text: d.Text,
			NChars: cp.at(len(d.Text)), RawChars: int32(a.RawChars),
			NWords: int32(words), NSentences: int32(len(d.Sentences)),
			Meta: optional(a.Record.Meta),
		})
		last := &r.articles[len(r.articles)-1]
		last.MinHash, last.DupBands = []int32{}, []int64{} // empty, not null, when the text has no word
		if sig := fingerprint.Signature(d.Text); sig != nil {
			last.MinHash, last.DupBands = sig, fingerprint.BandKeys(sig)
		}
	}
	if want.has(TableSentences) {
		r.sentences = slices.Grow(r.sentences, len(d.Sentences))
		for i, s := range d.Sentences {
			r.sentences = append(r.sentences, schemas.Sentence{
				ArticleID: id, SentenceIndex: int32(i), Start: cp.at(s.Start), End: cp.at(s.End),
				Text: d.Text[s.Start:s.End],
			})
		}
	}
	if want.has(TableTokens) {
		r.tokens = slices.Grow(r.tokens, len(d.Tokens))
		for si, s := range d.Sentences {
			for ti := s.FirstToken; ti < s.EndToken; ti++ {
				t := &d.Tokens[ti]
				r.tokens = append(r.tokens, schemas.Token{
					ArticleID: id, SentenceIndex: int32(si), TokenIndex: int32(ti - s.FirstToken),
					Start: cp.at(t.Start), End: cp.at(t.End), Text: t.Text, POS: t.POS,
				})
			}
		}
	}
	if want.has(TableMentions) {
		for i, m := range d.Mentions {
			r.mentions = append(r.mentions, schemas.Mention{
				ArticleID: id, MentionIndex: int32(i), Start: cp.at(m.Start), End: cp.at(m.End),
				Text: d.Text[m.Start:m.End], Label: string(m.Label), EntityID: int32(m.Entity),
			})
		}
	}
	if want.has(TableEntities) {
		for i, e := range d.Entities {
			first := int32(-1)
			if len(e.Mentions) > 0 {
				first = cp.at(d.Mentions[e.Mentions[0]].Start)
			}
			r.entities = append(r.entities, schemas.Entity{
				ArticleID: id, EntityID: int32(i), Canonical: e.Canonical, Label: string(e.Label),
				NMentions: int32(len(e.Mentions)), FirstStart: first,
			})
		}
	}
	if want.has(TableQuotes) {
		for i, q := range d.Quotes {
			row := schemas.Quote{
				ArticleID: id, QuoteIndex: int32(i), Start: cp.at(q.Start), End: cp.at(q.End),
				Text: d.Text[q.Start:q.End], QuoteKey: fingerprint.QuoteKey(d.Text[q.Start:q.End]), Speaker: optional(q.Speaker), Cue: optional(q.Cue),
				Kind: string(q.Kind), SpeakerKind: string(q.SpeakerKind), Confidence: float32(q.Confidence),
			}
			if q.SpeakerSpan != nlp.NoSpan {
				row.SpeakerStart, row.SpeakerEnd = ptr(cp.at(q.SpeakerSpan.Start)), ptr(cp.at(q.SpeakerSpan.End))
			}
			if q.SpeakerEntity >= 0 {
				row.SpeakerEntityID = ptr(int32(q.SpeakerEntity))
			}
			r.quotes = append(r.quotes, row)
		}
	}
	if want.has(TableWordpieces) {
		for si, windows := range a.Wordpieces {
			for _, w := range windows {
				r.wordpieces = append(r.wordpieces, schemas.Wordpiece{
					ArticleID: id, SentenceIndex: int32(si), Window: int32(w.Window),
					InputIDs: w.InputIDs, Starts: toCodePoints(cp, w.Starts), Ends: toCodePoints(cp, w.Ends),
					WordIDs: w.WordIDs, NERTags: w.NERTags,
				})
			}
		}
	}
}

// toCodePoints converts byte offsets in place; -1 stays -1.
func toCodePoints(cp *codePoints, offs []int32) []int32 {
	for i, o := range offs {
		if o >= 0 {
			offs[i] = cp.at(int(o))
		}
	}
	return offs
}

func isWord(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

func optional(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func ptr[T any](v T) *T { return &v }

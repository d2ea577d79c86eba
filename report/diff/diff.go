package diff

import (
	"slices"

	"github.com/newsnlp/newsnlp/runread"
	"github.com/newsnlp/newsnlp/schemas"
)

// Report is what changed from the old run to the new one.
type Report struct {
	Old    string       `json:"old"`
	New    string       `json:"new"`
	Tables []TableCount `json:"tables"`
	// Metrics are the summary counts, in a fixed order.
	Metrics []Metric `json:"metrics"`
	// Articles lists the articles with any change, in the old run's order
	// then the new articles.
	Articles []ArticleDiff `json:"articles"`
	// Errors are the errors rows without an article that changed.
	Errors []ErrorChange `json:"errors,omitempty"`
}

// TableCount is a table's row count in each run; -1 when the run lacks
// the table.
type TableCount struct {
	Table string `json:"table"`
	Old   int64  `json:"old"`
	New   int64  `json:"new"`
}

// ArticleDiff is the changes within one article.
type ArticleDiff struct {
	ArticleID string `json:"article_id"`
	Title     string `json:"title,omitempty"`
	// Status is Lost, Added or TextChanged for a whole-article change, or
	// -1 (omitted from JSON) when only rows changed.
	Status   *Kind           `json:"status,omitempty"`
	Entities []EntityChange  `json:"entities,omitempty"`
	Mentions []MentionChange `json:"mentions,omitempty"`
	Quotes   []QuoteChange   `json:"quotes,omitempty"`
	Errors   []ErrorChange   `json:"errors,omitempty"`
}

// EntityChange is an entity added, removed or relabelled.
type EntityChange struct {
	Kind Kind            `json:"kind"`
	Old  *schemas.Entity `json:"old,omitempty"`
	New  *schemas.Entity `json:"new,omitempty"`
}

// MentionChange is a mention added, removed, relabelled or moved.
type MentionChange struct {
	Kinds []Kind           `json:"kinds"`
	Old   *schemas.Mention `json:"old,omitempty"`
	New   *schemas.Mention `json:"new,omitempty"`
}

// QuoteChange is a quote added or removed, or a matched quote whose span
// or speaker changed.
type QuoteChange struct {
	Kinds []Kind         `json:"kinds"`
	Old   *schemas.Quote `json:"old,omitempty"`
	New   *schemas.Quote `json:"new,omitempty"`
}

// ErrorChange is an errors row present in one run only.
type ErrorChange struct {
	Kind  Kind          `json:"kind"`
	Error schemas.Error `json:"error"`
}

// Compare reads the counts of both layouts and compares the runs.
func Compare(old, new *runread.Run) (*Report, error) {
	r := &Report{Old: old.Layout.Dir, New: new.Layout.Dir}
	var err error
	if r.Tables, err = tableCounts(old.Layout, new.Layout); err != nil {
		return nil, err
	}
	c := newCounter(len(old.Errors))
	var arts []ArticleDiff
	for _, od := range old.Docs {
		c.base(od)
		arts = append(arts, compareDoc(od, new.Doc(od.ArticleID), c))
	}
	for _, nd := range new.Docs {
		if old.Doc(nd.ArticleID) == nil {
			c.add(TableArticles, Added)
			arts = append(arts, ArticleDiff{ArticleID: nd.ArticleID, Title: title(nd), Status: ptr(Added)})
		}
	}
	at := make(map[string]int, len(arts))
	for i, a := range arts {
		at[a.ArticleID] = i
	}
	for _, e := range compareErrors(old.Errors, new.Errors, c) {
		if i, ok := at[errorArticle(e.Error)]; ok && e.Error.ArticleID != nil {
			arts[i].Errors = append(arts[i].Errors, e)
		} else {
			r.Errors = append(r.Errors, e)
		}
	}
	for _, a := range arts {
		if !a.empty() {
			r.Articles = append(r.Articles, a)
		}
	}
	r.Metrics = c.metrics()
	return r, nil
}

func errorArticle(e schemas.Error) string {
	if e.ArticleID == nil {
		return ""
	}
	return *e.ArticleID
}

func (a *ArticleDiff) empty() bool {
	return a.Status == nil && len(a.Entities)+len(a.Mentions)+len(a.Quotes)+len(a.Errors) == 0
}

func ptr[T any](v T) *T { return &v }

func title(d *runread.Doc) string {
	if d.Title != nil {
		return *d.Title
	}
	return ""
}

// compareDoc compares one old article with its new version (nil if lost).
func compareDoc(od, nd *runread.Doc, c *counter) ArticleDiff {
	ad := ArticleDiff{ArticleID: od.ArticleID, Title: title(od)}
	switch {
	case nd == nil:
		ad.Status = ptr(Lost)
		c.add(TableArticles, Lost)
		return ad
	case nd.Text != od.Text:
		ad.Status = ptr(TextChanged)
		c.add(TableArticles, TextChanged)
		return ad
	}
	ad.Entities = compareEntities(od.Entities, nd.Entities, c)
	ad.Mentions = compareMentions(od.Mentions, nd.Mentions, c)
	ad.Quotes = compareQuotes(od.Quotes, nd.Quotes, c)
	return ad
}

func compareEntities(old, new []schemas.Entity, c *counter) []EntityChange {
	byName := map[string][]int{}
	for i, e := range new {
		byName[e.Canonical] = append(byName[e.Canonical], i)
	}
	used := make([]bool, len(new))
	var out []EntityChange
	for i := range old {
		cands := byName[old[i].Canonical]
		j := -1
		for _, k := range cands { // same label first
			if !used[k] && new[k].Label == old[i].Label {
				j = k
				break
			}
		}
		for _, k := range cands {
			if j < 0 && !used[k] {
				j = k
			}
		}
		if j < 0 {
			out = append(out, EntityChange{Kind: Removed, Old: &old[i]})
			c.add(TableEntities, Removed)
			continue
		}
		used[j] = true
		if new[j].Label != old[i].Label {
			out = append(out, EntityChange{Kind: LabelChanged, Old: &old[i], New: &new[j]})
			c.add(TableEntities, LabelChanged)
		}
	}
	for j := range new {
		if !used[j] {
			out = append(out, EntityChange{Kind: Added, New: &new[j]})
			c.add(TableEntities, Added)
		}
	}
	return out
}

func compareMentions(old, new []schemas.Mention, c *counter) []MentionChange {
	span := func(m schemas.Mention) [2]int32 { return [2]int32{m.Start, m.End} }
	pairs, gone, added := matchSpans(old, new, span)
	var out []MentionChange
	for _, p := range pairs {
		o, n := &old[p.old], &new[p.new]
		var kinds []Kind
		if span(*o) != span(*n) {
			kinds = append(kinds, SpanChanged)
		}
		if o.Label != n.Label {
			kinds = append(kinds, LabelChanged)
		}
		for _, k := range kinds {
			c.add(TableMentions, k)
		}
		if len(kinds) > 0 {
			out = append(out, MentionChange{Kinds: kinds, Old: o, New: n})
		}
	}
	for _, i := range gone {
		out = append(out, MentionChange{Kinds: []Kind{Removed}, Old: &old[i]})
		c.add(TableMentions, Removed)
	}
	for _, j := range added {
		out = append(out, MentionChange{Kinds: []Kind{Added}, New: &new[j]})
		c.add(TableMentions, Added)
	}
	slices.SortStableFunc(out, func(a, b MentionChange) int { return int(a.start() - b.start()) })
	return out
}

func (m MentionChange) start() int32 {
	if m.Old != nil {
		return m.Old.Start
	}
	return m.New.Start
}

func compareQuotes(old, new []schemas.Quote, c *counter) []QuoteChange {
	span := func(q schemas.Quote) [2]int32 { return [2]int32{q.Start, q.End} }
	pairs, gone, added := matchSpans(old, new, span)
	var out []QuoteChange
	for _, p := range pairs {
		o, n := &old[p.old], &new[p.new]
		var kinds []Kind
		if span(*o) != span(*n) {
			kinds = append(kinds, SpanChanged)
		}
		if speaker(o) != speaker(n) {
			kinds = append(kinds, SpeakerChanged)
		}
		for _, k := range kinds {
			c.add(TableQuotes, k)
		}
		if len(kinds) > 0 {
			out = append(out, QuoteChange{Kinds: kinds, Old: o, New: n})
		}
	}
	for _, i := range gone {
		out = append(out, QuoteChange{Kinds: []Kind{Removed}, Old: &old[i]})
		c.add(TableQuotes, Removed)
	}
	for _, j := range added {
		out = append(out, QuoteChange{Kinds: []Kind{Added}, New: &new[j]})
		c.add(TableQuotes, Added)
	}
	slices.SortStableFunc(out, func(a, b QuoteChange) int { return int(a.start() - b.start()) })
	return out
}

func (q QuoteChange) start() int32 {
	if q.Old != nil {
		return q.Old.Start
	}
	return q.New.Start
}

// speaker is the quote's speaker name, "" when unknown.
func speaker(q *schemas.Quote) string {
	if q.Speaker == nil {
		return ""
	}
	return *q.Speaker
}

// compareErrors compares the runs' errors rows as multisets of (article,
// stage, message): input paths and lines may differ between two runs of
// the same data.
func compareErrors(old, new []schemas.Error, c *counter) []ErrorChange {
	key := func(e schemas.Error) string { return errorArticle(e) + "\x00" + e.Stage + "\x00" + e.Message }
	left := map[string]int{}
	for _, e := range new {
		left[key(e)]++
	}
	var out []ErrorChange
	for _, e := range old {
		if left[key(e)] > 0 {
			left[key(e)]--
			continue
		}
		out = append(out, ErrorChange{Kind: Removed, Error: e})
		c.add(TableErrors, Removed)
	}
	for _, e := range new {
		if left[key(e)] > 0 {
			left[key(e)]--
			out = append(out, ErrorChange{Kind: Added, Error: e})
			c.add(TableErrors, Added)
		}
	}
	return out
}

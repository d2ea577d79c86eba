package runread

import (
	"fmt"
	"slices"

	"github.com/newsnlp/newsnlp/schemas"
)

// Table names, as `newsnlp run` writes them.
const (
	TableArticles = "articles"
	TableMentions = "mentions"
	TableEntities = "entities"
	TableQuotes   = "quotes"
	TableErrors   = "errors"
)

// Run is the article-level content of a run: its articles with their
// mentions, entities, quotes and error rows. Tokens, sentences and
// wordpieces are not read (Layout.Count gives their sizes).
type Run struct {
	Layout *Layout
	Docs   []*Doc
	// Errors holds every errors row, those without an article included.
	Errors []schemas.Error
	byID   map[string]*Doc
}

// Doc is one article and its rows, each slice in table order.
type Doc struct {
	schemas.Article
	Mentions []schemas.Mention
	Entities []schemas.Entity
	Quotes   []schemas.Quote
	Errors   []schemas.Error
}

// Read reads the run in dir.
func Read(dir string) (*Run, error) {
	l, err := Open(dir)
	if err != nil {
		return nil, err
	}
	return ReadLayout(l)
}

// ReadLayout reads the run whose files l lists. A run without an articles
// table is an error: every other table refers to it.
func ReadLayout(l *Layout) (*Run, error) {
	if !l.Has(TableArticles) {
		return nil, fmt.Errorf("runread: %s has no articles table", l.Dir)
	}
	arts, err := ReadTable[schemas.Article](l, TableArticles)
	if err != nil {
		return nil, err
	}
	r := &Run{Layout: l, Docs: make([]*Doc, len(arts)), byID: make(map[string]*Doc, len(arts))}
	for i := range arts {
		d := &Doc{Article: arts[i]}
		r.Docs[i] = d
		r.byID[d.ArticleID] = d
	}
	if err := attach(r, TableMentions, func(d *Doc, m schemas.Mention) { d.Mentions = append(d.Mentions, m) },
		func(m *schemas.Mention) string { return m.ArticleID }); err != nil {
		return nil, err
	}
	if err := attach(r, TableEntities, func(d *Doc, e schemas.Entity) { d.Entities = append(d.Entities, e) },
		func(e *schemas.Entity) string { return e.ArticleID }); err != nil {
		return nil, err
	}
	if err := attach(r, TableQuotes, func(d *Doc, q schemas.Quote) { d.Quotes = append(d.Quotes, q) },
		func(q *schemas.Quote) string { return q.ArticleID }); err != nil {
		return nil, err
	}
	if r.Errors, err = ReadTable[schemas.Error](l, TableErrors); err != nil {
		return nil, err
	}
	for _, e := range r.Errors {
		if e.ArticleID != nil {
			if d := r.byID[*e.ArticleID]; d != nil {
				d.Errors = append(d.Errors, e)
			}
		}
	}
	for _, d := range r.Docs {
		slices.SortStableFunc(d.Entities, func(a, b schemas.Entity) int { return int(a.EntityID - b.EntityID) })
	}
	return r, nil
}

// attach reads a table and hands each row to the Doc of its article; a row
// whose article is not in the articles table is an error.
func attach[T any](r *Run, table string, add func(*Doc, T), id func(*T) string) error {
	rows, err := ReadTable[T](r.Layout, table)
	if err != nil {
		return err
	}
	for i := range rows {
		d := r.byID[id(&rows[i])]
		if d == nil {
			return fmt.Errorf("runread: %s row %d: article %q not in the articles table", table, i, id(&rows[i]))
		}
		add(d, rows[i])
	}
	return nil
}

// Doc returns the article with the id, or nil.
func (r *Run) Doc(id string) *Doc { return r.byID[id] }

// Entity returns the entity of the article with the id, or nil.
func (d *Doc) Entity(id int32) *schemas.Entity {
	if i, ok := slices.BinarySearchFunc(d.Entities, id, func(e schemas.Entity, id int32) int { return int(e.EntityID - id) }); ok {
		return &d.Entities[i]
	}
	return nil
}

package corpus

import (
	"fmt"
	"iter"
)

// articleGroup is one article with its entities and quotes rows.
type articleGroup struct {
	idx      int // global article number, in part order
	article  *articleRow
	entities []entityRow
	quotes   []quoteRow
}

// scanParts reads the parts in order and calls fn once per article with
// the entities (and, if withQuotes, quotes) rows of that article. The rows
// of a part's tables must come in the same article order, as `newsnlp run`
// writes them.
func scanParts(parts []Part, withQuotes bool, fn func(*articleGroup) error) error {
	idx := 0
	for _, p := range parts {
		quotesFile := ""
		if withQuotes {
			quotesFile = p.Quotes
		}
		n, err := scanPart(p.Articles, p.Entities, quotesFile, idx, fn)
		if err != nil {
			return err
		}
		idx += n
	}
	return nil
}

func scanPart(articles, entities, quotes string, idx int, fn func(*articleGroup) error) (int, error) {
	ents := newPeeker(readRows[entityRow](entities))
	defer ents.stop()
	qs := newPeeker(readRows[quoteRow](quotes))
	defer qs.stop()
	g := &articleGroup{}
	n := 0
	for a, err := range readRows[articleRow](articles) {
		if err != nil {
			return n, err
		}
		g.idx, g.article = idx+n, a
		g.entities, g.quotes = g.entities[:0], g.quotes[:0]
		if g.entities, err = takeRows(ents, a.ArticleID, g.entities, func(r *entityRow) string { return r.ArticleID }); err != nil {
			return n, err
		}
		if g.quotes, err = takeRows(qs, a.ArticleID, g.quotes, func(r *quoteRow) string { return r.ArticleID }); err != nil {
			return n, err
		}
		if err := fn(g); err != nil {
			return n, err
		}
		n++
	}
	for _, p := range []interface{ leftover() (string, bool) }{ents, qs} {
		if id, ok := p.leftover(); ok {
			return n, fmt.Errorf("corpus: %s: rows of article %q come after the last article or out of the articles order", articles, id)
		}
	}
	return n, nil
}

// takeRows appends the rows of article id at the head of p to dst.
func takeRows[T any](p *peeker[T], id string, dst []T, idOf func(*T) string) ([]T, error) {
	for {
		r, err, ok := p.peek()
		if err != nil {
			return dst, err
		}
		if !ok || idOf(r) != id {
			return dst, nil
		}
		dst = append(dst, *r)
		p.advance()
	}
}

// peeker looks one row ahead in a row sequence.
type peeker[T any] struct {
	next   func() (*T, error, bool)
	stop   func()
	cur    *T
	err    error
	ok     bool
	filled bool
}

func newPeeker[T any](seq iter.Seq2[*T, error]) *peeker[T] {
	next, stop := iter.Pull2(seq)
	return &peeker[T]{next: next, stop: stop}
}

func (p *peeker[T]) peek() (*T, error, bool) {
	if !p.filled {
		p.cur, p.err, p.ok = p.next()
		p.filled = true
	}
	return p.cur, p.err, p.ok
}

func (p *peeker[T]) advance() { p.filled = false }

// leftover reports the article id of a row not taken, if any.
func (p *peeker[T]) leftover() (string, bool) {
	r, err, ok := p.peek()
	if err != nil || !ok {
		return "", false
	}
	switch v := any(r).(type) {
	case *entityRow:
		return v.ArticleID, true
	case *quoteRow:
		return v.ArticleID, true
	}
	return "", true
}

package pipeline

import (
	"context"
	"errors"
	"strings"
	"time"
	"unicode/utf8"
)

// Cleaned is what a Cleaner extracts from a page: the article body and the
// metadata the page gives.
type Cleaned struct {
	Title, Byline, Dateline, Agency string
	Published                       *time.Time
	Body                            string
}

// Cleaner turns raw inputs into article text. CleanText removes page chrome
// from scraped plain text; CleanHTML extracts the main text of a page.
type Cleaner interface {
	CleanText(raw string) Cleaned
	CleanHTML(html, pageURL string) (Cleaned, error)
}

// ErrNoBody is recorded for an article that has no text left after cleaning.
var ErrNoBody = errors.New("pipeline: no article text after cleaning")

// ErrNoCleaner is recorded for an HTML record when the run has no Cleaner.
var ErrNoCleaner = errors.New("pipeline: HTML input needs a cleaner")

// Normalize returns the stage that turns records into documents: a record
// that could not be read fails with stage "read"; HTML goes through
// c.CleanHTML; plain text through c.CleanText unless keepText is set (or c is
// nil), in which case the text is kept verbatim. Metadata from the input
// (title, byline, published) wins over what the page says.
func Normalize(c Cleaner, keepText bool) Stage {
	return StageFunc(func(ctx context.Context, batch []*Article) error {
		for _, a := range batch {
			normalize(a, c, keepText)
		}
		return nil
	})
}

func normalize(a *Article, c Cleaner, keepText bool) {
	rec := &a.Record
	if rec.Err != nil {
		a.fail("read", rec.Err)
		return
	}
	for _, w := range rec.Warnings {
		a.warn("read", w)
	}
	var cl Cleaned
	switch {
	case rec.Text == "" && rec.HTML != "":
		a.RawChars = utf8.RuneCountInString(rec.HTML)
		if c == nil {
			a.fail("clean", ErrNoCleaner)
			return
		}
		var err error
		cl, err = c.CleanHTML(rec.HTML, rec.URL)
		if err != nil {
			a.fail("clean", err)
			return
		}
	case keepText || c == nil:
		a.RawChars = utf8.RuneCountInString(rec.Text)
		cl.Body = rec.Text
	default:
		a.RawChars = utf8.RuneCountInString(rec.Text)
		cl = c.CleanText(rec.Text)
	}
	if strings.TrimSpace(cl.Body) == "" {
		a.fail("clean", ErrNoBody)
		return
	}
	a.Title = first(rec.Title, cl.Title)
	a.Byline = first(rec.Byline, cl.Byline)
	a.Dateline, a.Agency = cl.Dateline, cl.Agency
	a.Published = rec.Published
	if a.Published == nil {
		a.Published = cl.Published
	}
	a.Doc.ID = rec.ID
	a.Doc.Text = cl.Body
}

func first(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

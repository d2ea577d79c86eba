package pipeline

import (
	"context"
	"fmt"
	"strings"
	"unicode/utf8"
)

// DefaultMaxArticleBytes is the default longest article text: 4 MiB.
const DefaultMaxArticleBytes = 4 << 20

// ErrTooLarge is recorded for an article refused for its size.
var ErrTooLarge = fmt.Errorf("pipeline: article larger than --max-article-bytes")

// Limit returns the stage that bounds article size. Run before Normalize it
// cuts the raw input: the text of a record longer than maxBytes, or HTML
// longer than twice that (markup is not text). Run after Normalize it cuts
// the article text the cleaner extracted. A cut ends at the last paragraph
// break at or before the limit (else a line break, a sentence end, a
// space, a character boundary) and gives a warning row; with refuse set
// the article is refused with an error row instead. maxBytes ≤ 0 means no
// limit.
func Limit(maxBytes int, refuse bool) Stage {
	return StageFunc(func(ctx context.Context, batch []*Article) error {
		if maxBytes <= 0 {
			return nil
		}
		for _, a := range batch {
			if !a.Failed && a.Record.Err == nil {
				limit(a, maxBytes, refuse)
			}
		}
		return nil
	})
}

func limit(a *Article, maxBytes int, refuse bool) {
	rec := &a.Record
	field, max, what := &rec.Text, maxBytes, "article"
	switch {
	case a.Doc.Text != "": // after Normalize
		field, what = &a.Doc.Text, "article text"
	case rec.Text == "":
		field, max, what = &rec.HTML, 2*maxBytes, "HTML page"
	}
	if len(*field) <= max {
		return
	}
	if refuse {
		a.fail("read", fmt.Errorf("%w (%s of %d bytes, limit %d)", ErrTooLarge, what, len(*field), max))
		return
	}
	n := len(*field)
	*field = cutAtBreak(*field, max)
	a.warn("read", fmt.Errorf("pipeline: %s of %d bytes truncated to %d at a paragraph break (--max-article-bytes %d)", what, n, len(*field), maxBytes))
}

// cutAtBreak returns the longest prefix of s of at most max bytes that ends
// at a paragraph break, else a line break, else a sentence end, else a
// space, else a character boundary, looking back at most a quarter of max.
func cutAtBreak(s string, max int) string {
	head := s[:max]
	floor := max - max/4
	for _, sep := range []string{"\n\n", "\n", ". ", " "} {
		if i := strings.LastIndex(head, sep); i >= floor {
			return strings.TrimRight(s[:i+len(sep)], " \n")
		}
	}
	for max > 0 && !utf8.RuneStart(s[max]) {
		max--
	}
	return s[:max]
}

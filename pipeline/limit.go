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

// Limit returns the stage that bounds article size, run before Normalize:
// the text or HTML of a record longer than maxBytes is cut at the last
// paragraph break at or before maxBytes (else a line break, a sentence end,
// a space, a character boundary), with a warning row, or the article is
// refused with an error row when refuse is set. HTML is allowed four times
// as many bytes, since markup is not text. maxBytes ≤ 0 means no limit.
func Limit(maxBytes int, refuse bool) Stage {
	return StageFunc(func(ctx context.Context, batch []*Article) error {
		if maxBytes <= 0 {
			return nil
		}
		for _, a := range batch {
			limit(a, maxBytes, refuse)
		}
		return nil
	})
}

func limit(a *Article, maxBytes int, refuse bool) {
	rec := &a.Record
	if rec.Err != nil {
		return
	}
	field, max := &rec.Text, maxBytes
	if rec.Text == "" {
		field, max = &rec.HTML, 4*maxBytes
	}
	if len(*field) <= max {
		return
	}
	if refuse {
		a.fail("read", fmt.Errorf("%w (%d bytes, limit %d)", ErrTooLarge, len(*field), max))
		return
	}
	n := len(*field)
	*field = cutAtBreak(*field, max)
	a.warn("read", fmt.Errorf("pipeline: article of %d bytes truncated to %d at a paragraph break (--max-article-bytes %d)", n, len(*field), maxBytes))
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

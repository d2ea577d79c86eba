package gold

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
)

// Article is one line of a gold file.
type Article struct {
	ArticleID string `json:"article_id"`
	// Text, when given, must equal articles.text of the run; an article
	// whose text differs is not scored.
	Text *string `json:"text,omitempty"`
	// Entities and Quotes are the gold annotations; null (or absent) when
	// the article is not annotated for them, [] when it has none.
	Entities *[]Entity `json:"entities,omitempty"`
	Quotes   *[]Quote  `json:"quotes,omitempty"`
}

// Entity is a gold entity mention.
type Entity struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Label string `json:"label"`
	// Text, when given, must equal text[start:end]: a check on the offsets.
	Text string `json:"text,omitempty"`
}

// Quote is a gold quote and its speaker.
type Quote struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text,omitempty"`
	// Speaker is the speaker's name, null when the quote has none in the
	// text; SpeakerSpans the spans naming the speaker (any one of them
	// counts).
	Speaker      *string  `json:"speaker,omitempty"`
	SpeakerSpans [][2]int `json:"speaker_spans,omitempty"`
}

// ErrBadGold marks a gold file that does not hold together: malformed
// lines, offsets out of the text, texts that do not match their spans,
// duplicate articles.
var ErrBadGold = errors.New("gold: bad gold file")

// Read reads a gold file and checks it.
func Read(path string) ([]Article, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("gold: %w", err)
	}
	defer f.Close()
	var out []Article
	seen := map[string]int{}
	r := bufio.NewReaderSize(f, 1<<20)
	for line := 1; ; line++ {
		b, rerr := r.ReadBytes('\n')
		if len(bytes.TrimSpace(b)) > 0 {
			var a Article
			dec := json.NewDecoder(bytes.NewReader(b))
			dec.DisallowUnknownFields()
			if err := dec.Decode(&a); err != nil {
				return nil, fmt.Errorf("%w: %s:%d: %v", ErrBadGold, path, line, err)
			}
			if err := a.check(); err != nil {
				return nil, fmt.Errorf("%w: %s:%d: %v", ErrBadGold, path, line, err)
			}
			if prev, dup := seen[a.ArticleID]; dup {
				return nil, fmt.Errorf("%w: %s:%d: article %q already on line %d", ErrBadGold, path, line, a.ArticleID, prev)
			}
			seen[a.ArticleID] = line
			out = append(out, a)
		}
		if errors.Is(rerr, io.EOF) {
			return out, nil
		}
		if rerr != nil {
			return nil, fmt.Errorf("gold: %s: %w", path, rerr)
		}
	}
}

// check checks spans against each other and, when the text is given,
// against the text.
func (a *Article) check() error {
	if a.ArticleID == "" {
		return errors.New("no article_id")
	}
	n := -1
	var text []rune
	if a.Text != nil {
		text = []rune(*a.Text)
		n = len(text)
	}
	span := func(what string, i, s, e int, want string) error {
		if s < 0 || e <= s || (n >= 0 && e > n) {
			return fmt.Errorf("%s %d: bad span %d–%d", what, i, s, e)
		}
		if want != "" && text != nil && string(text[s:e]) != want {
			return fmt.Errorf("%s %d: text %q, but text[%d:%d] is %q", what, i, want, s, e, string(text[s:e]))
		}
		return nil
	}
	if a.Entities != nil {
		for i, e := range *a.Entities {
			if e.Label == "" {
				return fmt.Errorf("entity %d: no label", i)
			}
			if err := span("entity", i, e.Start, e.End, e.Text); err != nil {
				return err
			}
		}
	}
	if a.Quotes != nil {
		for i, q := range *a.Quotes {
			if err := span("quote", i, q.Start, q.End, q.Text); err != nil {
				return err
			}
			for _, sp := range q.SpeakerSpans {
				if err := span("speaker of quote", i, sp[0], sp[1], ""); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// Write writes articles as a gold file.
func Write(w io.Writer, articles []Article) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for _, a := range articles {
		if err := enc.Encode(a); err != nil {
			return fmt.Errorf("gold: %w", err)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("gold: %w", err)
	}
	return nil
}

// sortedEntities returns the entities in text order.
func sortedEntities(es []Entity) []Entity {
	es = slices.Clone(es)
	slices.SortStableFunc(es, func(a, b Entity) int { return a.Start - b.Start })
	return es
}

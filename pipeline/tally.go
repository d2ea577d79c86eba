package pipeline

import (
	"regexp"
	"slices"
	"strings"

	"github.com/newsnlp/newsnlp/schemas"
)

// ErrorCount is one kind of problem and how often it happened.
type ErrorCount struct {
	Severity string `json:"severity"`
	Stage    string `json:"stage"`
	// Message is the first message of the kind, as in the errors table;
	// messages that differ only in names, numbers and quoted values are of
	// one kind.
	Message string `json:"message"`
	Count   int64  `json:"count"`
}

// tally counts error rows by kind, for the run summary.
type tally struct {
	kinds map[string]*ErrorCount
	first []string // kinds in order of first appearance
}

// variable parts of messages: quoted values, numbers, the input path.
var (
	quoted = regexp.MustCompile(`"(?:[^"\\]|\\.)*"|“[^”]*”`)
	number = regexp.MustCompile(`[0-9]+`)
)

func (t *tally) add(rows []schemas.Error) {
	if t.kinds == nil {
		t.kinds = map[string]*ErrorCount{}
	}
	for _, r := range rows {
		msg := r.Message
		if r.Input != "" {
			msg = strings.ReplaceAll(msg, r.Input, "…")
		}
		key := r.Severity + "\x00" + r.Stage + "\x00" + number.ReplaceAllString(quoted.ReplaceAllString(msg, `"…"`), "N")
		c := t.kinds[key]
		if c == nil {
			c = &ErrorCount{Severity: r.Severity, Stage: r.Stage, Message: r.Message}
			t.kinds[key] = c
			t.first = append(t.first, key)
		}
		c.Count++
	}
}

// top returns the n most common kinds, most common first (ties in order
// of first appearance: deterministic).
func (t *tally) top(n int) []ErrorCount {
	out := make([]ErrorCount, 0, len(t.first))
	for _, k := range t.first {
		out = append(out, *t.kinds[k])
	}
	slices.SortStableFunc(out, func(a, b ErrorCount) int {
		switch {
		case a.Count > b.Count:
			return -1
		case a.Count < b.Count:
			return 1
		}
		return 0
	})
	return out[:min(n, len(out))]
}

// warnings counts the warning rows.
func (t *tally) warnings() int64 {
	var n int64
	for _, c := range t.kinds {
		if c.Severity == SeverityWarning.String() {
			n += c.Count
		}
	}
	return n
}

package diff

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// Options control how much of a report is written.
type Options struct {
	// MaxArticles caps the articles whose changes are listed (0: all).
	MaxArticles int
}

// JSON is the report as written by WriteJSON: the report and the rules
// that failed.
type JSON struct {
	*Report
	Failed []Violation `json:"failed"`
}

// WriteJSON writes the whole report and the violations as one JSON object.
func (r *Report) WriteJSON(w io.Writer, failed []Violation) error {
	if failed == nil {
		failed = []Violation{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(JSON{r, failed}); err != nil {
		return fmt.Errorf("diff: %w", err)
	}
	return nil
}

// WriteText writes the report for a terminal.
func (r *Report) WriteText(w io.Writer, failed []Violation, o Options) error {
	var b strings.Builder
	fmt.Fprintf(&b, "old %s\nnew %s\n\nrows per table (old → new):\n", r.Old, r.New)
	for _, t := range r.Tables {
		fmt.Fprintf(&b, "  %-12s %10s → %-10s %s\n", t.Table, count(t.Old), count(t.New), delta(t))
	}
	b.WriteString("\nchanges (count, share of the old rows):\n")
	for _, m := range r.Metrics {
		fmt.Fprintf(&b, "  %-24s %7d  %6.2f%%\n", m.Name, m.Count, 100*m.Rate)
	}
	shown := r.shown(o)
	if len(shown) > 0 {
		b.WriteString("\n")
	}
	for _, a := range shown {
		fmt.Fprintf(&b, "article %s", a.ArticleID)
		if a.Title != "" {
			fmt.Fprintf(&b, " (%s)", snippet(a.Title))
		}
		b.WriteString("\n")
		for _, l := range a.Lines() {
			fmt.Fprintf(&b, "  %s\n", l)
		}
	}
	if n := len(r.Articles) - len(shown); n > 0 {
		fmt.Fprintf(&b, "… and %d more changed articles\n", n)
	}
	for _, e := range r.Errors {
		fmt.Fprintf(&b, "%s (input %s:%d)\n", errorLine(e), e.Error.Input, e.Error.Line)
	}
	writeVerdict(&b, failed, "")
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteMarkdown writes the report as Markdown, e.g. for a CI comment.
func (r *Report) WriteMarkdown(w io.Writer, failed []Violation, o Options) error {
	var b strings.Builder
	b.WriteString("### newsnlp diff\n\n")
	writeVerdict(&b, failed, "**")
	b.WriteString("\n| table | old rows | new rows | Δ |\n|---|---:|---:|---:|\n")
	for _, t := range r.Tables {
		fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", t.Table, count(t.Old), count(t.New), delta(t))
	}
	b.WriteString("\n| change | count | share of old rows |\n|---|---:|---:|\n")
	for _, m := range r.Metrics {
		fmt.Fprintf(&b, "| `%s` | %d | %.2f%% |\n", m.Name, m.Count, 100*m.Rate)
	}
	shown := r.shown(o)
	if len(shown) > 0 {
		fmt.Fprintf(&b, "\n<details><summary>%d changed articles</summary>\n\n", len(r.Articles))
		for _, a := range shown {
			fmt.Fprintf(&b, "**%s**", mdEscape(a.ArticleID))
			if a.Title != "" {
				fmt.Fprintf(&b, " %s", mdEscape(snippet(a.Title)))
			}
			b.WriteString("\n\n")
			for _, l := range a.Lines() {
				fmt.Fprintf(&b, "- %s\n", mdEscape(l))
			}
			b.WriteString("\n")
		}
		if n := len(r.Articles) - len(shown); n > 0 {
			fmt.Fprintf(&b, "… and %d more.\n\n", n)
		}
		b.WriteString("</details>\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func (r *Report) shown(o Options) []ArticleDiff {
	if o.MaxArticles > 0 && len(r.Articles) > o.MaxArticles {
		return r.Articles[:o.MaxArticles]
	}
	return r.Articles
}

func writeVerdict(b *strings.Builder, failed []Violation, strong string) {
	if len(failed) == 0 {
		return
	}
	fmt.Fprintf(b, "\n%sFAILED%s:\n", strong, strong)
	for _, v := range failed {
		fmt.Fprintf(b, "- %s (count %d, %.2f%% of %d)\n", v.Text, v.Metric.Count, 100*v.Metric.Rate, v.Metric.Base)
	}
}

func count(n int64) string {
	if n < 0 {
		return "absent"
	}
	return fmt.Sprint(n)
}

func delta(t TableCount) string {
	if t.Old < 0 || t.New < 0 || t.Old == t.New {
		return ""
	}
	return fmt.Sprintf("%+d", t.New-t.Old)
}

var mdEscaper = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "<", "&lt;", ">", "&gt;", "|", `\|`, "[", `\[`, "]", `\]`)

func mdEscape(s string) string { return mdEscaper.Replace(s) }

package pipeline

import (
	"context"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsnlp/newsnlp/pipeline/source"
)

func TestCutAtBreak(t *testing.T) {
	tests := []struct {
		name, in string
		max      int
		want     string
	}{
		{"paragraph", "First paragraph here.\n\nSecond paragraph is longer.", 26, "First paragraph here."},
		{"line", "Line one is here\nline two goes on and on", 20, "Line one is here"},
		{"sentence", "One sentence. Two sentences here and more", 16, "One sentence."},
		{"paragraph too far back: a space", "Short.\n\nThen a long paragraph of many words", 30, "Short.\n\nThen a long paragraph"},
		{"space", "word word word word word", 12, "word word"},
		{"rune boundary", strings.Repeat("é", 10), 5, "éé"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := cutAtBreak(tt.in, tt.max)
			if got != tt.want || len(got) > tt.max || !utf8.ValidString(got) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestLimit(t *testing.T) {
	text := strings.Repeat("A paragraph of words.\n\n", 100) // 2,300 bytes
	for _, refuse := range []bool{false, true} {
		a := &Article{Record: source.Record{Text: text}}
		small := &Article{Record: source.Record{Text: "Short."}}
		html := &Article{Record: source.Record{HTML: "<p>" + strings.Repeat("x ", 900) + "</p>"}} // 1,807 bytes: under 2×1000
		Limit(1000, refuse).Process(context.Background(), []*Article{a, small, html})
		if small.Record.Text != "Short." || len(small.Problems) > 0 || len(html.Problems) > 0 {
			t.Errorf("refuse=%v: a small article changed", refuse)
		}
		if refuse {
			if !a.Failed || !errors.Is(a.Problems[0].Err, ErrTooLarge) {
				t.Errorf("not refused: %+v", a.Problems)
			}
			continue
		}
		if a.Failed || len(a.Record.Text) > 1000 || !strings.HasSuffix(a.Record.Text, "words.") ||
			len(a.Problems) != 1 || a.Problems[0].Severity != SeverityWarning {
			t.Errorf("truncated to %d bytes ending %q, problems %+v", len(a.Record.Text), a.Record.Text[len(a.Record.Text)-10:], a.Problems)
		}
	}
	// After cleaning, the extracted text is cut too.
	body := &Article{Record: source.Record{HTML: "<p>…</p>"}}
	body.Doc.Text = text
	Limit(1000, false).Process(context.Background(), []*Article{body})
	if len(body.Doc.Text) > 1000 || len(body.Problems) != 1 || !strings.Contains(body.Problems[0].Err.Error(), "article text of 2300 bytes") {
		t.Errorf("body cut to %d bytes, problems %+v", len(body.Doc.Text), body.Problems)
	}
}

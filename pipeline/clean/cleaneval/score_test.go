package cleaneval

import (
	"slices"
	"testing"
)

func TestWords(t *testing.T) {
	got := Words("Merkel's visit—to Paris, 2024: café_au_lait (x2)!")
	want := []string{"Merkel", "s", "visit", "to", "Paris", "2024", "café_au_lait", "x2"}
	if !slices.Equal(got, want) {
		t.Errorf("Words = %q, want %q", got, want)
	}
}

func TestPageTokens(t *testing.T) {
	gold := "one two three four five six"
	tests := []struct {
		name       string
		pred       string
		tp, fp, fn float64
	}{
		{"exact", gold, 1, 0, 0},
		{"empty prediction", "", 0, 0, 1},
		{"one 4-gram extra", gold + " seven", 3.0 / 4, 1.0 / 4, 0},
		{"half", "one two three four", 1.0 / 3, 0, 2.0 / 3},
		{"repeats count once per copy", gold + " " + gold, 3.0 / 9, 6.0 / 9, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tp, fp, fn := PageTokens(gold, tt.pred)
			if !near(tp, tt.tp) || !near(fp, tt.fp) || !near(fn, tt.fn) {
				t.Errorf("PageTokens = %.3f %.3f %.3f, want %.3f %.3f %.3f", tp, fp, fn, tt.tp, tt.fp, tt.fn)
			}
		})
	}
}

func near(a, b float64) bool { return a-b < 1e-9 && b-a < 1e-9 }

func TestSnippets(t *testing.T) {
	gold := "The council voted on Monday to rebuild the seawall that protects the harbor.\nShort line."
	page := []string{
		"Home News World",
		"The council voted on Monday to rebuild the seawall that protects the harbor.",
		"Sign up for our newsletter to get the best stories of the week in your inbox.",
	}
	s := PageSnippets(gold, page)
	if len(s.In) != 1 || len(s.Out) != 1 {
		t.Fatalf("snippets %+v: want one in (the long gold line), one out (the newsletter line)", s)
	}
	found, leaked := s.Count(page[1] + "\n" + page[2])
	if found != 1 || leaked != 1 {
		t.Errorf("Count = %d found, %d leaked; want 1, 1", found, leaked)
	}
	// Snippets match whole words: "council voted" inside "councillor voted" does not count.
	if found, _ := s.Count("Thecouncil voted on Monday to rebuild the seawall that protects the harbor."); found != 0 {
		t.Errorf("a snippet matched inside a word")
	}
}

func TestSummarize(t *testing.T) {
	rs := []Result{
		{TP: 1, Exact: true, In: 2, Found: 2},
		{TP: 0.5, FP: 0.5, In: 2, Found: 1, Out: 4, Leaked: 1},
		{FN: 1, In: 1},
	}
	s := Summarize(rs)
	// precision: mean over pages with TP+FP > 0 of TP/(TP+FP): (1 + 0.5) / 2;
	// recall: mean over pages with TP+FN > 0: (1 + 1 + 0) / 3.
	if !near(s.Tokens.Precision, 0.75) || !near(s.Tokens.Recall, 2.0/3) || !near(s.Accuracy, 1.0/3) {
		t.Errorf("tokens %+v accuracy %.3f", s.Tokens, s.Accuracy)
	}
	if !near(s.Snippets.Precision, 3.0/4) || !near(s.Snippets.Recall, 3.0/5) {
		t.Errorf("snippets %+v", s.Snippets)
	}
}

package clean

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzText checks that Text never panics, never invents text (the lines of
// Body are lines of the input, in input order) and is idempotent (cleaning
// a cleaned body changes nothing).
func FuzzText(f *testing.F) {
	files, _ := filepath.Glob("testdata/text/*.input.txt")
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
	f.Add("Title\n\nBy Jane Doe\nDate: 2024-01-02\nA sentence that is long enough to be a paragraph of text, for sure.\nRelated\n- a\n- b\n")
	f.Add("\r\n\r\n")
	f.Fuzz(func(t *testing.T, raw string) {
		r := Text(raw)
		if !linesSubsequence(r.Body, raw) {
			t.Fatalf("body is not a subsequence of the input's lines\nbody %q\ninput %q", r.Body, raw)
		}
		if again := Text(r.Body); again.Body != r.Body {
			t.Fatalf("not idempotent\nfirst  %q\nsecond %q", r.Body, again.Body)
		}
	})
}

// linesSubsequence reports whether the non-blank lines of body (trailing
// "\r" aside) appear among the lines of input in the same order.
func linesSubsequence(body, input string) bool {
	if body == "" {
		return true
	}
	in := strings.Split(input, "\n")
	j := 0
	for l := range strings.SplitSeq(body, "\n") {
		l = strings.TrimRight(l, "\r")
		if strings.TrimSpace(l) == "" {
			continue // blank lines separate paragraphs; they carry no text
		}
		for j < len(in) && strings.TrimRight(in[j], "\r") != l {
			j++
		}
		if j == len(in) {
			return false
		}
		j++
	}
	return true
}

package wordpiece

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/newsnlp/newsnlp/internal/benchdata"
	"github.com/newsnlp/newsnlp/nlp"
	"github.com/newsnlp/newsnlp/nlp/tokenize"
)

// wikinews returns the texts of the wikinews corpus, skipping the test when
// the shared data is absent.
func wikinews(tb testing.TB) []string { return benchdata.Wikinews(tb) }

// tokenizedDoc returns a Doc of text with the sentences and tokens of
// nlp/tokenize.
func tokenizedDoc(tb testing.TB, text string) *nlp.Doc {
	tb.Helper()
	d := &nlp.Doc{Text: text}
	if err := tokenize.New().Annotate(d); err != nil {
		tb.Fatalf("tokenize: %v", err)
	}
	return d
}

// lineDoc returns a Doc of text whose sentences are its non-blank lines and
// whose tokens are its whitespace-separated fields: a stand-in for the
// pipeline's tokenizer, enough to exercise sentence spans and word ids.
func lineDoc(text string) *nlp.Doc {
	d := &nlp.Doc{Text: text}
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if strings.TrimSpace(text[start:end]) != "" {
			s := nlp.Sentence{Span: nlp.Span{Start: start, End: end}, FirstToken: len(d.Tokens)}
			inField := false
			for i := start; i < end; {
				r, size := utf8.DecodeRuneInString(text[i:end])
				if unicode.IsSpace(r) {
					inField = false
					i += size
					continue
				}
				if !inField {
					d.Tokens = append(d.Tokens, nlp.Token{Span: nlp.Span{Start: i}})
					inField = true
				}
				i += size
				t := &d.Tokens[len(d.Tokens)-1]
				t.End = i
				t.Text = text[t.Start:t.End]
			}
			s.EndToken = len(d.Tokens)
			d.Sentences = append(d.Sentences, s)
		}
		start = end + 1
	}
	return d
}

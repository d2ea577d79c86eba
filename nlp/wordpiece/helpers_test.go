package wordpiece

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/newsnlp/newsnlp/nlp"
	"github.com/newsnlp/newsnlp/nlp/tokenize"
)

const wikinewsPath = "../../../shared/data/wikinews/wikinews_2019_2020.jsonl"

// wikinews returns the texts of the wikinews corpus, skipping the test when
// the shared data is absent.
func wikinews(tb testing.TB) []string {
	tb.Helper()
	f, err := os.Open(wikinewsPath)
	if err != nil {
		tb.Skipf("wikinews corpus not available (%v): it lives outside the repository in ../shared/data", err)
	}
	defer f.Close()
	var texts []string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		var row struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &row); err != nil {
			tb.Fatalf("parse %s: %v", wikinewsPath, err)
		}
		texts = append(texts, row.Text)
	}
	if err := sc.Err(); err != nil {
		tb.Fatalf("read %s: %v", wikinewsPath, err)
	}
	return texts
}

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

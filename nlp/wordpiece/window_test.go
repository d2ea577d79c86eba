package wordpiece

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/newsnlp/newsnlp/nlp"
)

// mention returns the mention of the first occurrence of s in d.Text.
func mention(t *testing.T, d *nlp.Doc, s string, l nlp.Label) nlp.Mention {
	t.Helper()
	i := strings.Index(d.Text, s)
	if i < 0 {
		t.Fatalf("%q not in the text", s)
	}
	return nlp.Mention{Span: nlp.Span{Start: i, End: i + len(s)}, Text: s, Label: l, Entity: -1}
}

func TestSentenceTags(t *testing.T) {
	e := mustDefault(t)
	d := lineDoc("Headline\nMark Rutte met Emmanuel Macron in Gdańsk.\n")
	d.Mentions = []nlp.Mention{
		mention(t, d, "Mark Rutte", nlp.Person),
		mention(t, d, "Emmanuel Macron", nlp.Person),
		mention(t, d, "Gdańsk", nlp.Location),
	}
	ws := e.Sentence(d, 1, 0, 0)
	if len(ws) != 1 {
		t.Fatalf("%d windows, want 1", len(ws))
	}
	w := ws[0]
	var got []string
	for i, id := range w.InputIDs {
		got = append(got, fmt.Sprintf("%s/%d/%s", e.Token(id), w.WordIDs[i], w.NERTags[i]))
	}
	want := []string{
		"[CLS]/-1/O",
		"Mark/0/B-PERSON", "R/1/I-PERSON", "##utt/1/I-PERSON", "##e/1/I-PERSON",
		"met/2/O",
		"Emmanuel/3/B-PERSON", "Mac/4/I-PERSON", "##ron/4/I-PERSON",
		"in/5/O",
		"Gdańsk/6/B-LOCATION", "./6/O",
		"[SEP]/-1/O",
	}
	if !slices.Equal(got, want) {
		t.Errorf("pieces/word ids/tags\n got  %v\n want %v", got, want)
	}
	if w.Starts[0] != -1 || w.Ends[len(w.Ends)-1] != -1 {
		t.Errorf("special tokens have offsets %d, %d; want -1", w.Starts[0], w.Ends[len(w.Ends)-1])
	}
	if s := d.Text[w.Starts[10]:w.Ends[10]]; s != "Gdańsk" {
		t.Errorf("piece 10 slices %q", s)
	}

	// A Doc without tokens or mentions still encodes.
	bare := &nlp.Doc{Text: d.Text, Sentences: []nlp.Sentence{{Span: d.Sentences[1].Span}}}
	for i, x := range e.Sentence(bare, 0, 0, 0)[0].WordIDs {
		if x != -1 {
			t.Errorf("word id %d of a sentence without tokens is %d, want -1", i, x)
		}
	}
	for _, bad := range []int{-1, 2} {
		if ws := e.Sentence(d, bad, 0, 0); ws != nil {
			t.Errorf("Sentence(%d) = %d windows, want nil", bad, len(ws))
		}
	}
}

func TestSentenceWindows(t *testing.T) {
	e := mustDefault(t)
	data, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	d := lineDoc(string(data))
	// Tag one mention so that windows cut through labelled pieces.
	d.Mentions = []nlp.Mention{mention(t, d, "Agnieszka Wiśniewska", nlp.Person)}
	const sent = 2 // the quote by Agnieszka Wiśniewska
	full := e.Sentence(d, sent, 0, 0)[0]
	n := len(full.InputIDs) - 2
	if n < 40 {
		t.Fatalf("sentence has %d pieces, want a long one", n)
	}
	for _, tc := range []struct {
		maxLength, stride int
		wantWindows       int
	}{
		{0, 0, 1},
		{n + 2, 0, 1},
		{n + 1, 0, 2},
		{12, 0, (n + 9) / 10},
		{12, 4, 1 + (n-10+5)/6},
		{12, 9, n - 9},  // stride L-1: step 1
		{12, 50, n - 9}, // stride clamped to L-1
		{12, -3, (n + 9) / 10},
		{1, 0, n}, // one piece per window
		{3, 5, n}, // stride clamped to 0
	} {
		t.Run(fmt.Sprintf("max%d_stride%d", tc.maxLength, tc.stride), func(t *testing.T) {
			ws := e.Sentence(d, sent, tc.maxLength, tc.stride)
			if len(ws) != tc.wantWindows {
				t.Errorf("%d windows, want %d", len(ws), tc.wantWindows)
			}
			width := n
			if tc.maxLength > 0 {
				width = max(tc.maxLength, 3) - 2
			}
			stride := min(max(tc.stride, 0), width-1)
			start := 0
			for k, w := range ws {
				m := len(w.InputIDs)
				if w.Window != k {
					t.Errorf("window %d numbered %d", k, w.Window)
				}
				if tc.maxLength > 0 && m > max(tc.maxLength, 3) {
					t.Errorf("window %d has %d ids, max %d", k, m, tc.maxLength)
				}
				if w.InputIDs[0] != e.cls || w.InputIDs[m-1] != e.sep {
					t.Errorf("window %d not framed by [CLS] [SEP]", k)
				}
				for _, x := range [][]int32{w.Starts, w.Ends, w.WordIDs} {
					if len(x) != m || cap(x) != m {
						t.Errorf("window %d: slice len %d cap %d, want %d", k, len(x), cap(x), m)
					}
				}
				// The window is the run of the full sentence's pieces
				// starting at start.
				for j := 1; j < m-1; j++ {
					i := start + j
					if w.InputIDs[j] != full.InputIDs[i] || w.Starts[j] != full.Starts[i] ||
						w.WordIDs[j] != full.WordIDs[i] || w.NERTags[j] != full.NERTags[i] {
						t.Fatalf("window %d piece %d differs from sentence piece %d", k, j, i-1)
					}
				}
				if k == len(ws)-1 && start+m-2 != n {
					t.Errorf("last window ends at piece %d of %d", start+m-2, n)
				}
				start += width - stride
			}
		})
	}
}

func TestSentenceEmpty(t *testing.T) {
	e := mustDefault(t)
	d := &nlp.Doc{Text: "a \u200b\t b", Sentences: []nlp.Sentence{{Span: nlp.Span{Start: 1, End: 7}}}}
	ws := e.Sentence(d, 0, 512, 128)
	if len(ws) != 1 || !slices.Equal(ws[0].InputIDs, []int32{e.cls, e.sep}) {
		t.Errorf("sentence of spaces and controls: %+v, want one window [CLS] [SEP]", ws)
	}
}

// TestConcurrent encodes the same sentences from several goroutines (run
// with -race) and checks every result against a sequential run.
func TestConcurrent(t *testing.T) {
	e := mustDefault(t)
	data, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	d := lineDoc(string(data))
	want := make([][]Window, len(d.Sentences))
	for i := range d.Sentences {
		want[i] = e.Sentence(d, i, 24, 4)
	}
	errs := make(chan string, 8)
	for g := range 4 {
		go func() {
			for round := range 20 {
				for i := range d.Sentences {
					i := (i + g + round) % len(d.Sentences)
					got := e.Sentence(d, i, 24, 4)
					if fmt.Sprint(got) != fmt.Sprint(want[i]) {
						errs <- fmt.Sprintf("goroutine %d sentence %d differs", g, i)
						return
					}
				}
			}
			errs <- ""
		}()
	}
	for range 4 {
		if msg := <-errs; msg != "" {
			t.Error(msg)
		}
	}
}

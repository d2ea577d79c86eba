package wordpiece

import (
	"bytes"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/newsnlp/newsnlp/nlp"
)

// FuzzSentence checks the invariants of Sentence on arbitrary text, cased
// and uncased: no panic; every piece inside the sentence, starts
// non-decreasing (strictly increasing and non-overlapping when cased);
// word ids valid; every cased piece that is not [UNK] spells the text it
// slices, less dropped characters; windows framed by [CLS] and [SEP].
func FuzzSentence(f *testing.F) {
	for _, path := range []string{"testdata/article.txt", "testdata/encode.txt"} {
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		for _, l := range strings.Split(string(data), "\n") {
			if u, err := strconv.Unquote(l); err == nil {
				l = u
			}
			f.Add(l, uint8(0))
		}
	}
	f.Add("x\xff\xfe\u200d\u0301 Σ́ ﬁ İ", uint8(3))
	cased := mustDefault(f)
	uncased, err := FromVocab(bytes.NewReader(casedVocab), Uncased())
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string, cut uint8) {
		// The sentence is the text less a prefix and a suffix of up to cut
		// bytes, so offsets are checked against a sentence that does not
		// start at 0 (and may start or end inside a character).
		start, end := min(int(cut)%8, len(text)), max(len(text)-int(cut)/8, 0)
		end = max(start, end)
		d := lineDoc(text)
		d.Sentences = []nlp.Sentence{{Span: nlp.Span{Start: start, End: end}, FirstToken: 0, EndToken: len(d.Tokens)}}
		for _, e := range []*Encoder{cased, uncased} {
			ws := e.Sentence(d, 0, 16, 3)
			if len(ws) == 0 {
				t.Fatalf("no window")
			}
			prevStart, prevEnd := int32(start), int32(start)
			for k, w := range ws {
				m := len(w.InputIDs)
				if m > 16 || w.InputIDs[0] != e.cls || w.InputIDs[m-1] != e.sep || w.Window != k {
					t.Fatalf("window %d malformed: %v", k, w.InputIDs)
				}
				if k > 0 {
					// Overlap: restart the order check at the window's
					// first piece.
					prevStart, prevEnd = int32(start), int32(start)
				}
				for j := 1; j < m-1; j++ {
					ps, pe := w.Starts[j], w.Ends[j]
					if ps < int32(start) || pe > int32(end) || ps >= pe || ps < prevStart {
						t.Fatalf("piece %d [%d,%d) out of order or outside [%d,%d) in %q", j, ps, pe, start, end, text)
					}
					if e == cased && ps < prevEnd {
						t.Fatalf("cased piece %d [%d,%d) overlaps the previous one ending at %d", j, ps, pe, prevEnd)
					}
					prevStart, prevEnd = ps, pe
					if wid := w.WordIDs[j]; wid < -1 || int(wid) >= len(d.Tokens) || wid == -1 && len(d.Tokens) > 0 {
						t.Fatalf("piece %d word id %d, %d tokens", j, wid, len(d.Tokens))
					}
					if e == cased && w.InputIDs[j] != e.unk {
						piece := strings.TrimPrefix(e.Token(w.InputIDs[j]), "##")
						if got := withoutDropped(e, text[ps:pe]); got != piece {
							t.Fatalf("piece %d is %q but slices %q", j, piece, got)
						}
					}
					if w.NERTags[j] != "O" {
						t.Fatalf("tag %q without mentions", w.NERTags[j])
					}
				}
			}
		}
	})
}

package hf

import (
	"os"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	unorm "golang.org/x/text/unicode/norm"

	"github.com/newsnlp/newsnlp/internal/benchdata"
	"github.com/newsnlp/newsnlp/nlp"
	"github.com/newsnlp/newsnlp/nlp/tokenize"
	"github.com/newsnlp/newsnlp/nlp/wordpiece"
)

// kinds are the tokenizer.json files the tests build, one per model type.
var kinds = []struct {
	name      string
	build     func(*testing.T) map[string]any
	byteLevel bool
	// before and after are the special ids the post-processor adds.
	before, after []int32
}{
	{"gpt2", gpt2JSON, true, nil, nil},
	{"roberta", robertaJSON, true, []int32{0}, []int32{2}},
	{"bert-uncased", bertUncasedJSON, false, []int32{101}, []int32{102}},
	{"wordlevel", wordLevelJSON, false, []int32{101}, []int32{102}},
	{"unigram", unigramJSON, false, nil, []int32{1}},
}

// loaded caches the tokenizers the tests build, by build function.
var loaded sync.Map

func load(t *testing.T, build func(*testing.T) map[string]any) *Tokenizer {
	t.Helper()
	key := reflect.ValueOf(build).Pointer()
	if tk, ok := loaded.Load(key); ok {
		return tk.(*Tokenizer)
	}
	tk, err := Load(writeJSON(t, build(t)))
	if err != nil {
		t.Fatal(err)
	}
	loaded.Store(key, tk)
	return tk
}

func TestTemplate(t *testing.T) {
	for _, k := range kinds {
		t.Run(k.name, func(t *testing.T) {
			before, after := load(t, k.build).Template()
			if !slices.Equal(before, k.before) || !slices.Equal(after, k.after) {
				t.Errorf("template %v … %v, want %v … %v", before, after, k.before, k.after)
			}
		})
	}
}

// TestGPT2Vocabulary checks the rebuilt GPT-2 vocabulary against ids every
// GPT-2 user knows.
func TestGPT2Vocabulary(t *testing.T) {
	tk := load(t, gpt2JSON)
	if n := tk.VocabSize(); n != 50257 {
		t.Errorf("vocabulary size %d, want 50257", n)
	}
	var got []int32
	for _, p := range tk.Append(nil, "Hello world") {
		got = append(got, p.ID)
	}
	if want := []int32{15496, 995}; !slices.Equal(got, want) {
		t.Errorf("Hello world: ids %v, want %v", got, want)
	}
}

// TestOffsets checks, on text with characters the normalizers change and
// byte-level BPE splits, that every piece's offsets lie on character
// boundaries, in order, and slice the text the piece spells.
func TestOffsets(t *testing.T) {
	data, err := os.ReadFile("testdata/offsets.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range kinds {
		t.Run(k.name, func(t *testing.T) {
			tk := load(t, k.build)
			for _, line := range strings.Split(strings.TrimSuffix(string(data), "\n"), "\n") {
				checkPieces(t, tk, k.byteLevel, line, tk.Append(nil, line))
			}
		})
	}
}

// checkPieces checks the invariants of pieces of text: offsets on character
// boundaries, starts in order, and each piece spelling text it covers.
func checkPieces(t *testing.T, tk *Tokenizer, byteLevel bool, text string, pieces []wordpiece.Piece) {
	t.Helper()
	bytesOf := byteDecoder()
	prev := int32(0)
	var spelled strings.Builder
	for i, p := range pieces {
		if p.Start < prev || p.End < p.Start || int(p.End) > len(text) ||
			!boundary(text, int(p.Start)) || !boundary(text, int(p.End)) {
			t.Errorf("%q piece %d %q: bad offsets [%d,%d)", text, i, tk.Token(p.ID), p.Start, p.End)
			return
		}
		prev = p.Start
		slice, tok := text[p.Start:p.End], tk.Token(p.ID)
		if byteLevel {
			b := bytesOf(tok)
			spelled.WriteString(b)
			if utf8.ValidString(b) && b != slice {
				t.Errorf("%q piece %d %q spells %q, offsets slice %q", text, i, tok, b, slice)
			}
			continue
		}
		core := strings.TrimPrefix(strings.TrimPrefix(tok, "##"), "▁")
		if tok == "[UNK]" || tok == "<unk>" || core == "" {
			continue
		}
		norm := slice
		if tk.norm != nil {
			norm, _ = tk.normalize(slice)
		}
		norm = strings.Join(strings.Fields(strings.ReplaceAll(norm, "▁", " ")), "")
		// Compared in NFD: sugarme's NFKC decomposes some letters in a
		// whole text and not alone.
		if !strings.Contains(unorm.NFD.String(norm), unorm.NFD.String(core)) {
			t.Errorf("%q piece %d %q: offsets slice %q (normalized %q)", text, i, tok, slice, norm)
		}
	}
	// Byte-level BPE loses nothing: the pieces spell the text.
	if byteLevel && spelled.String() != text {
		t.Errorf("pieces spell %q, want %q", spelled.String(), text)
	}
}

func boundary(s string, i int) bool { return i == len(s) || utf8.RuneStart(s[i]) }

// byteDecoder returns the bytes a byte-level BPE token stands for.
func byteDecoder() func(string) string {
	syms := byteSymbols()
	// byteSymbols is in vocabulary order; recover each symbol's byte.
	var printable []int
	for _, r := range [][2]int{{'!', '~'}, {0xA1, 0xAC}, {0xAE, 0xFF}} {
		for b := r[0]; b <= r[1]; b++ {
			printable = append(printable, b)
		}
	}
	byteOf := map[rune]byte{}
	for i, b := range printable {
		byteOf[[]rune(syms[i])[0]] = byte(b)
	}
	n := len(printable)
	for b := range 256 {
		if !slices.Contains(printable, b) {
			byteOf[[]rune(syms[n])[0]] = byte(b)
			n++
		}
	}
	return func(tok string) string {
		var out []byte
		for _, r := range tok {
			out = append(out, byteOf[r])
		}
		return string(out)
	}
}

// TestWikinews encodes every sentence of the wikinews corpus (every 20th
// article with -short or under the race detector), as nlp/tokenize segments it, with each tokenizer:
// the ids, special tokens included, must equal sugarme's own pipeline
// (EncodeSingle),
// the offsets must satisfy checkPieces, and every piece's anchor must lie in
// the token its word id names.
func TestWikinews(t *testing.T) {
	texts := benchdata.Wikinews(t)
	for _, k := range kinds {
		t.Run(k.name, func(t *testing.T) {
			t.Parallel()
			tk := load(t, k.build)
			var nSent, nPieces, nFailed, nOutside int
			for a, text := range texts {
				if (testing.Short() || raceDetector) && a%20 != 0 {
					continue
				}
				d := &nlp.Doc{Text: text}
				if err := tokenize.New().Annotate(d); err != nil {
					t.Fatal(err)
				}
				for si, sent := range d.Sentences {
					nSent++
					line := text[sent.Start:sent.End]
					ws := wordpiece.Windows(tk, d, si, 0, 0)
					if len(ws) != 1 {
						t.Fatalf("article %d sentence %d: %d windows, want 1", a, si, len(ws))
					}
					w := ws[0]
					nb, na := len(k.before), len(k.after)
					ids := w.InputIDs[nb : len(w.InputIDs)-na]
					nPieces += len(ids)
					special, err := tk.full.EncodeSingle(line, true)
					if err != nil {
						t.Fatal(err)
					}
					if !equalIDs(w.InputIDs, special.Ids) {
						nFailed++
						if nFailed <= 3 {
							t.Errorf("article %d sentence %d %q:\n got  %v\n want %v", a, si, line, w.InputIDs, special.Ids)
						}
					}
					var pieces []wordpiece.Piece
					for j := nb; j < len(w.InputIDs)-na; j++ {
						pieces = append(pieces, wordpiece.Piece{ID: w.InputIDs[j],
							Start: w.Starts[j] - int32(sent.Start), End: w.Ends[j] - int32(sent.Start)})
						if w.WordIDs[j] < 0 {
							t.Fatalf("article %d sentence %d piece %d: no word id", a, si, j)
						}
						tok := d.Tokens[sent.FirstToken+int(w.WordIDs[j])]
						slice := text[w.Starts[j]:w.Ends[j]]
						anchor := int(w.Starts[j]) + len(slice) - len(strings.TrimLeft(slice, " \t\n\r"))
						if strings.TrimSpace(slice) != "" && (anchor < tok.Start || anchor >= tok.End) {
							nOutside++
							if nOutside <= 5 {
								t.Logf("article %d sentence %d: piece %q [%d,%d) anchored outside its token %q", a, si, slice, w.Starts[j], w.Ends[j], tok.Text)
							}
						}
					}
					checkPieces(t, tk, k.byteLevel, line, pieces)
				}
			}
			if nFailed > 0 {
				t.Errorf("%d of %d sentences differ from sugarme's pipeline", nFailed, nSent)
			}
			// A piece may hold characters nlp/tokenize drops (controls), so
			// a few anchors outside tokens are possible; more would mean the
			// alignment is off.
			if nOutside > nPieces/1000 {
				t.Errorf("%d of %d pieces are anchored outside the token of their word id", nOutside, nPieces)
			}
			t.Logf("%d sentences, %d pieces equal to sugarme's; %d anchored outside their token", nSent, nPieces, nOutside)
		})
	}
}

func equalIDs(got []int32, want []int) bool {
	if len(got) != len(want) {
		return false
	}
	for i := range got {
		if int(got[i]) != want[i] {
			return false
		}
	}
	return true
}

func TestLoadErrors(t *testing.T) {
	for _, tc := range []struct{ name, json string }{
		{"not json", `{"model":`},
		{"no model", `{"version": "1.0"}`},
		{"unknown model", `{"model": {"type": "Nope", "vocab": {}}}`},
		{"vocab of the wrong type", `{"model": {"type": "WordLevel", "vocab": 5, "unk_token": "[UNK]"}}`},
		{"unknown normalizer", `{"normalizer": {"type": "Nope"}, "model": {"type": "WordLevel", "vocab": {"a": 0}, "unk_token": "a"}}`},
		{"normalizer without type", `{"normalizer": {}, "model": {"type": "WordLevel", "vocab": {"a": 0}, "unk_token": "a"}}`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := writeJSON(t, nil)
			if err := os.WriteFile(path, []byte(tc.json), 0o644); err != nil {
				t.Fatal(err)
			}
			if _, err := Load(path); err == nil || !strings.HasPrefix(err.Error(), "hf: ") {
				t.Errorf("Load: error %v, want one prefixed hf:", err)
			}
		})
	}
	if _, err := Load("testdata/missing.json"); err == nil {
		t.Error("Load of a missing file: no error")
	}
}

// TestConcurrent encodes the same lines from several goroutines at once: the
// pieces must be those of one goroutine alone (run with -race to check the
// sharing of sugarme's caches).
func TestConcurrent(t *testing.T) {
	data, err := os.ReadFile("testdata/offsets.txt")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	for _, k := range []int{0, 2, 4} { // gpt2, bert-uncased, unigram
		t.Run(kinds[k].name, func(t *testing.T) {
			tk := load(t, kinds[k].build)
			want := make([][]wordpiece.Piece, len(lines))
			for i, l := range lines {
				want[i] = tk.Append(nil, l)
			}
			var wg sync.WaitGroup
			errs := make(chan string, 8*len(lines))
			for range 8 {
				wg.Go(func() {
					for i, l := range lines {
						if got := tk.Append(nil, l); !slices.Equal(got, want[i]) {
							errs <- l
						}
					}
				})
			}
			wg.Wait()
			close(errs)
			for l := range errs {
				t.Errorf("%q: pieces differ when encoded concurrently", l)
			}
		})
	}
}

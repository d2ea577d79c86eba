package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestWordpiecesTokenizerJSON runs the wordpieces table with a tokenizer.json
// that is not BERT WordPiece (a WordLevel tokenizer, run through sugarme):
// ids and specials from the file, offsets in code points.
func TestWordpiecesTokenizerJSON(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.jsonl")
	text := "Über the MAYOR of Paris spoke."
	if err := os.WriteFile(in, []byte(`{"id":"a1","text":"`+text+`"}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	wp, err := NewWordpieces(WordpieceOptions{TokenizerJSON: "../nlp/wordpiece/hf/testdata/wordlevel.json"})
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	_, err = Run(context.Background(), Config{Inputs: []string{in}, OutDir: out, Workers: 1, Format: "jsonl",
		KeepText: true, Annotators: []NamedAnnotator{splitWords}, Tables: []string{TableWordpieces}, Wordpieces: wp})
	if err != nil {
		t.Fatal(err)
	}
	type row struct {
		InputIDs []int32 `json:"input_ids"`
		Starts   []int32 `json:"starts"`
		Ends     []int32 `json:"ends"`
		WordIDs  []int32 `json:"word_ids"`
	}
	rows := readJSONL[row](t, filepath.Join(out, "wordpieces.jsonl"))
	if len(rows) != 1 {
		t.Fatalf("%d rows, want 1", len(rows))
	}
	r := rows[0]
	// [CLS] Über: [UNK] (sugarme's Whitespace splits on ASCII \w: Ü, ber)
	// the mayor of paris spoke . [SEP]
	wantIDs := []int32{1, 0, 0, 3, 4, 5, 6, 7, 8, 2}
	if !slices.Equal(r.InputIDs, wantIDs) {
		t.Errorf("input_ids %v, want %v", r.InputIDs, wantIDs)
	}
	runes := []rune(text)
	var got []string
	for i := range r.Starts {
		if r.Starts[i] < 0 {
			got = append(got, "")
			continue
		}
		got = append(got, string(runes[r.Starts[i]:r.Ends[i]]))
	}
	want := []string{"", "Ü", "ber", "the", "MAYOR", "of", "Paris", "spoke", ".", ""}
	if !slices.Equal(got, want) {
		t.Errorf("code point offsets slice %q, want %q", got, want)
	}
	if wantWords := []int32{-1, 0, 0, 1, 2, 3, 4, 5, 5, -1}; !slices.Equal(r.WordIDs, wantWords) {
		t.Errorf("word_ids %v, want %v", r.WordIDs, wantWords)
	}
}

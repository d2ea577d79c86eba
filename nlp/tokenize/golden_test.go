package tokenize

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGolden tokenizes testdata/article.txt and compares every sentence and
// token (byte offsets and text) with testdata/article.golden; run with
// -update to rewrite it after an intended change.
func TestGolden(t *testing.T) {
	text, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	d := annotate(t, string(text))
	var b bytes.Buffer
	for i, s := range d.Sentences {
		fmt.Fprintf(&b, "sentence %d [%d,%d)\n", i, s.Start, s.End)
		for _, tok := range d.Tokens[s.FirstToken:s.EndToken] {
			fmt.Fprintf(&b, "\t%d\t%d\t%s\n", tok.Start, tok.End, tok.Text)
		}
	}
	const golden = "testdata/article.golden"
	if *update {
		if err := os.WriteFile(golden, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b.Bytes(), want) {
		gl, wl := bytes.Split(b.Bytes(), []byte("\n")), bytes.Split(want, []byte("\n"))
		for i := 0; i < len(gl) && i < len(wl); i++ {
			if !bytes.Equal(gl[i], wl[i]) {
				t.Fatalf("%s line %d:\n got: %s\nwant: %s", golden, i+1, gl[i], wl[i])
			}
		}
		t.Fatalf("%s: got %d lines, want %d", golden, len(gl), len(wl))
	}
}

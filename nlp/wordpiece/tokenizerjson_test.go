package wordpiece

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

func TestFromTokenizerJSON(t *testing.T) {
	e, err := FromTokenizerJSON("testdata/tokenizer-uncased.json")
	if err != nil {
		t.Fatal(err)
	}
	if !e.lower || !e.strip || !e.clean || !e.chinese {
		t.Errorf("settings lower %v strip %v clean %v chinese %v, want all on", e.lower, e.strip, e.clean, e.chinese)
	}
	if unk, cls, sep := e.Specials(); unk != 1 || cls != 2 || sep != 3 {
		t.Errorf("specials %d %d %d, want 1 2 3", unk, cls, sep)
	}
	text := "The Café in Zürich opened NEWLY."
	var got []string
	for _, p := range e.Encode(text) {
		got = append(got, fmt.Sprintf("%s=%s", e.Token(p.ID), text[p.Start:p.End]))
	}
	want := "the=The cafe=Café in=in zur=Zür ##ich=ich opened=opened new=NEW ##ly=LY .=."
	if strings.Join(got, " ") != want {
		t.Errorf("got  %s\nwant %s", strings.Join(got, " "), want)
	}

	for _, tc := range []struct{ path, wantErr string }{
		{"testdata/tokenizer-bpe.json", `model type "BPE": not a BERT WordPiece tokenizer`},
		{"testdata/missing.json", "no such file"},
		{"testdata/article.txt", "parse"},
	} {
		t.Run(tc.path, func(t *testing.T) {
			_, err := FromTokenizerJSON(tc.path)
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) || !strings.HasPrefix(err.Error(), "wordpiece: ") {
				t.Errorf("error %v, want one containing %q", err, tc.wantErr)
			}
			if unsupported := strings.Contains(tc.path, "bpe"); errors.Is(err, ErrUnsupported) != unsupported {
				t.Errorf("errors.Is(%v, ErrUnsupported) = %v, want %v", err, !unsupported, unsupported)
			}
		})
	}
}

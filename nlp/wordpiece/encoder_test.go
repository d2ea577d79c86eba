package wordpiece

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func mustDefault(t testing.TB) *Encoder {
	t.Helper()
	e, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// describe renders pieces as "token[start:end]=text" lines.
func describe(e *Encoder, text string, pieces []Piece) string {
	var b strings.Builder
	for _, p := range pieces {
		fmt.Fprintf(&b, "%s [%d:%d] %q\n", e.Token(p.ID), p.Start, p.End, text[p.Start:p.End])
	}
	return b.String()
}

// TestEncodeGolden encodes every line of testdata/encode.txt (Go-quoted
// strings) and compares with testdata/encode.golden.
func TestEncodeGolden(t *testing.T) {
	for _, tc := range []struct {
		name, golden string
		opts         []Option
		vocab        string
	}{
		{name: "cased", golden: "testdata/encode.golden"},
		{name: "uncased", golden: "testdata/encode-uncased.golden", opts: []Option{Uncased()}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := mustDefault(t)
			if tc.opts != nil {
				var err error
				e, err = FromVocab(bytes.NewReader(casedVocab), tc.opts...)
				if err != nil {
					t.Fatal(err)
				}
			}
			in, err := os.ReadFile("testdata/encode.txt")
			if err != nil {
				t.Fatal(err)
			}
			var got strings.Builder
			for i, line := range strings.Split(strings.TrimSpace(string(in)), "\n") {
				text, err := strconv.Unquote(line)
				if err != nil {
					t.Fatalf("testdata/encode.txt:%d: %v", i+1, err)
				}
				fmt.Fprintf(&got, "== %s\n%s", line, describe(e, text, e.Encode(text)))
			}
			if *update {
				if err := os.WriteFile(tc.golden, []byte(got.String()), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(tc.golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if got.String() != string(want) {
				t.Errorf("output differs from %s (go test -update rewrites it):\n%s", tc.golden, got.String())
			}
		})
	}
}

func TestEncode(t *testing.T) {
	e := mustDefault(t)
	for _, tc := range []struct {
		name, text string
		want       []string // token[start:end]
	}{
		{"empty", "", nil},
		{"spaces and controls", " \t\n\x00\u200b ", nil},
		{"punctuation splits", "U.S.-led", []string{"U[0:1]", ".[1:2]", "S[2:3]", ".[3:4]", "-[4:5]", "led[5:8]"}},
		{"continuation", "Gdańsk's", []string{"Gdańsk[0:7]", "'[7:8]", "s[8:9]"}},
		{"curly quotes are punctuation", "“Yes”", []string{"“[0:3]", "Yes[3:6]", "”[6:9]"}},
		{"no-break space separates", "10\u00a0km", []string{"10[0:2]", "km[4:6]"}},
		{"soft hyphen dropped inside word", "news\u00adpaper", []string{"newspaper[0:11]"}},
		{"CJK split, unknown ideograph alone", "上海港", []string{"上[0:3]", "海[3:6]", "[UNK][6:9]"}},
		{"unknown character", "\U0001F600", []string{"[UNK][0:4]"}},
		{"unknown inside word is whole word", "ab\U0001F600", []string{"[UNK][0:6]"}},
		{"long word", strings.Repeat("a", 101), []string{"[UNK][0:101]"}},
		{"100 chars is not long", strings.Repeat("é", 100)[:2], []string{"é[0:2]"}},
		{"invalid utf-8 dropped", "a\xffb", []string{"a[0:1]", "##b[2:3]"}},
		{"euro sign is a word character", "€2.4", []string{"€[0:3]", "##2[3:4]", ".[4:5]", "4[5:6]"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, p := range e.Encode(tc.text) {
				got = append(got, fmt.Sprintf("%s[%d:%d]", e.Token(p.ID), p.Start, p.End))
			}
			if strings.Join(got, " ") != strings.Join(tc.want, " ") {
				t.Errorf("Encode(%q)\n got  %v\n want %v", tc.text, got, tc.want)
			}
		})
	}
}

func TestLoad(t *testing.T) {
	e := mustDefault(t)
	if e.Len() != 28996 {
		t.Errorf("default vocabulary has %d tokens, want 28996", e.Len())
	}
	unk, cls, sep := e.Specials()
	if e.Token(unk) != "[UNK]" || e.Token(cls) != "[CLS]" || e.Token(sep) != "[SEP]" {
		t.Errorf("specials %d %d %d are %q %q %q", unk, cls, sep, e.Token(unk), e.Token(cls), e.Token(sep))
	}
	if id, ok := e.ID("##ing"); !ok || e.Token(id) != "##ing" {
		t.Errorf(`ID("##ing") = %d, %v`, id, ok)
	}
	if e.Token(-1) != "" || e.Token(int32(e.Len())) != "" {
		t.Error("Token of an out-of-range id is not empty")
	}

	for _, tc := range []struct {
		name, vocab string
		opts        []Option
		wantErr     string
	}{
		{"empty", "", nil, "empty vocabulary"},
		{"no specials", "a\nb\n", nil, `special token "[UNK]"`},
		{"bad max chars", "[UNK]\n[CLS]\n[SEP]\n", []Option{MaxInputChars(0)}, "not positive"},
		{"renamed specials", "<unk>\n<s>\n</s>\n", []Option{SpecialTokens("<unk>", "<s>", "</s>")}, ""},
		{"crlf", "[UNK]\r\n[CLS]\r\n[SEP]\r\n", nil, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := FromVocab(strings.NewReader(tc.vocab), tc.opts...)
			if tc.wantErr == "" && err != nil || tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)) {
				t.Errorf("FromVocab: error %v, want %q", err, tc.wantErr)
			}
			if err != nil && !strings.HasPrefix(err.Error(), "wordpiece: ") {
				t.Errorf("error %q lacks the package prefix", err)
			}
		})
	}
}

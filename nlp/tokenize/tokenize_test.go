package tokenize

import (
	"bufio"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/newsnlp/newsnlp/nlp"
)

// testCase is one case read from a testdata file.
type testCase struct {
	name string
	in   string
	want []string // "tok:" fields, or one entry per "sent:" line
}

// readCases parses a case file: "name:" starts a case, "in:" is its input
// with Go escapes (\n, \t, \u00a0), and wantKey lines are expectations.
func readCases(t *testing.T, path, wantKey string) []testCase {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cases []testCase
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		key, val, ok := strings.Cut(line, ": ")
		if !ok || strings.HasPrefix(line, "#") {
			continue
		}
		switch key {
		case "name":
			cases = append(cases, testCase{name: val})
		case "in", wantKey:
			v, err := strconv.Unquote(`"` + strings.ReplaceAll(val, `"`, `\"`) + `"`)
			if err != nil {
				t.Fatalf("%s: bad line %q: %v", path, line, err)
			}
			val = v
		}
		switch key {
		case "in":
			cases[len(cases)-1].in = val
		case wantKey:
			c := &cases[len(cases)-1]
			if wantKey == "tok" {
				c.want = strings.Split(val, " ")
			} else {
				c.want = append(c.want, val)
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(cases) == 0 {
		t.Fatalf("%s: no cases", path)
	}
	return cases
}

func annotate(t testing.TB, text string) *nlp.Doc {
	t.Helper()
	d := &nlp.Doc{Text: text}
	if err := New().Annotate(d); err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, d)
	return d
}

func TestTokens(t *testing.T) {
	for _, c := range readCases(t, "testdata/tokens.txt", "tok") {
		t.Run(c.name, func(t *testing.T) {
			d := annotate(t, c.in)
			var got []string
			for _, tok := range d.Tokens {
				got = append(got, tok.Text)
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("Tokens(%q)\n got: %q\nwant: %q", c.in, got, c.want)
			}
		})
	}
}

func TestSentences(t *testing.T) {
	for _, c := range readCases(t, "testdata/sentences.txt", "sent") {
		t.Run(c.name, func(t *testing.T) {
			d := annotate(t, c.in)
			var got []string
			for _, s := range d.Sentences {
				got = append(got, c.in[s.Start:s.End])
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("Sentences(%q)\n got: %q\nwant: %q", c.in, got, c.want)
			}
		})
	}
}

func TestWithAbbreviations(t *testing.T) {
	text := "Dipl. Ing. Müller came. He left."
	var got []string
	d := &nlp.Doc{Text: text}
	if err := New(WithAbbreviations("Dipl", "Ing.")).Annotate(d); err != nil {
		t.Fatal(err)
	}
	for _, tok := range d.Tokens {
		got = append(got, tok.Text)
	}
	want := []string{"Dipl.", "Ing.", "Müller", "came", ".", "He", "left", "."}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	if len(d.Sentences) != 2 {
		t.Errorf("got %d sentences, want 2", len(d.Sentences))
	}
}

func TestAnnotateNil(t *testing.T) {
	if err := New().Annotate(nil); err != ErrNilDoc {
		t.Errorf("Annotate(nil) = %v, want ErrNilDoc", err)
	}
}

// checkInvariants fails t if d's tokens and sentences break the contract.
func checkInvariants(t testing.TB, d *nlp.Doc) {
	t.Helper()
	prev := 0
	for i, tok := range d.Tokens {
		if !tok.Valid(len(d.Text)) || tok.Start < prev {
			t.Fatalf("token %d %+v: bad span (previous end %d, text length %d)", i, tok.Span, prev, len(d.Text))
		}
		if tok.Text != d.Text[tok.Start:tok.End] {
			t.Fatalf("token %d: Text %q != text[%d:%d] %q", i, tok.Text, tok.Start, tok.End, d.Text[tok.Start:tok.End])
		}
		if !utf8.ValidString(tok.Text) {
			t.Fatalf("token %d %q: invalid UTF-8", i, tok.Text)
		}
		if strings.IndexFunc(tok.Text, unicode.IsSpace) >= 0 {
			t.Fatalf("token %d %q: contains whitespace", i, tok.Text)
		}
		prev = tok.End
	}
	next := 0
	for i, s := range d.Sentences {
		if s.FirstToken != next || s.EndToken <= s.FirstToken || s.EndToken > len(d.Tokens) {
			t.Fatalf("sentence %d [%d,%d): tokens not contiguous from %d", i, s.FirstToken, s.EndToken, next)
		}
		if s.Start != d.Tokens[s.FirstToken].Start || s.End != d.Tokens[s.EndToken-1].End {
			t.Fatalf("sentence %d span %+v does not match its tokens", i, s.Span)
		}
		next = s.EndToken
	}
	if next != len(d.Tokens) {
		t.Fatalf("sentences cover %d of %d tokens", next, len(d.Tokens))
	}
}

func FuzzAnnotate(f *testing.F) {
	for _, path := range []string{"testdata/tokens.txt", "testdata/sentences.txt"} {
		b, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		for _, line := range strings.Split(string(b), "\n") {
			if in, ok := strings.CutPrefix(line, "in: "); ok {
				f.Add(in)
			}
		}
	}
	f.Add("\xff\xfe“bad\x80 UTF-8’s\xe2\x80 end.\xc3")
	f.Fuzz(func(t *testing.T, text string) {
		d := annotate(t, text)
		// Every non-space, valid rune of the text is inside a token.
		covered := 0
		for _, tok := range d.Tokens {
			for i, r := range text[covered:tok.Start] {
				if _, c, _ := at(text, covered+i); c != clsSpace && c != clsInvalid {
					t.Fatalf("rune %q at %d outside every token", r, covered+i)
				}
			}
			covered = tok.End
		}
	})
}

// TestLinearTime runs pathological inputs that a quadratic scan would take
// minutes on.
// pathological are inputs that would take quadratic time in a careless
// scanner (long runs of the characters that open lookahead).
func pathological(n int) map[string]string {
	return map[string]string{
		"url with closing brackets": "http://x" + strings.Repeat(")", n),
		"dotted word":               strings.Repeat("a.", n),
		"hyphenated word":           strings.Repeat("a-", n),
		"digit groups":              strings.Repeat("1,", n) + "0",
		"periods":                   strings.Repeat("No. ", n),
		"clitics":                   strings.Repeat("'s", n),
		"spaces":                    "x" + strings.Repeat(" ", n) + "y.",
	}
}

// TestPathologicalInputs checks the invariants on pathological inputs;
// BenchmarkPathological shows their cost per byte stays flat as they grow.
func TestPathologicalInputs(t *testing.T) {
	for name, text := range pathological(1 << 16) {
		t.Run(name, func(t *testing.T) { annotate(t, text) })
	}
}

func BenchmarkPathological(b *testing.B) {
	for _, n := range []int{1 << 14, 1 << 16, 1 << 18} {
		for name, text := range pathological(n) {
			b.Run(fmt.Sprintf("%s/%d", name, n), func(b *testing.B) {
				tok := New()
				b.SetBytes(int64(len(text)))
				for b.Loop() {
					d := nlp.Doc{Text: text}
					tok.Annotate(&d)
				}
			})
		}
	}
}

// TestClassOf compares the class tables with runeClass on every non-ASCII
// rune.
func TestClassOf(t *testing.T) {
	for r := rune(utf8.RuneSelf); r <= unicode.MaxRune; r++ {
		if got, want := classOf(r), runeClass(r); got != want {
			t.Fatalf("classOf(%U) = %d, runeClass %d", r, got, want)
		}
	}
}

package ner

import (
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/newsnlp/newsnlp/nlp"
	"github.com/newsnlp/newsnlp/nlp/ner/conll"
)

const dataDir = "../../../shared/data"

// whitespaceDoc builds a Doc from text whose tokens are separated by
// spaces and whose sentences are separated by newlines.
func whitespaceDoc(text string) *nlp.Doc {
	d := &nlp.Doc{Text: text}
	start := 0
	for _, line := range strings.SplitAfter(text, "\n") {
		s := nlp.Sentence{Span: nlp.Span{Start: start}, FirstToken: len(d.Tokens)}
		i := 0
		for _, f := range strings.Fields(line) {
			j := strings.Index(line[i:], f) + i
			d.Tokens = append(d.Tokens, nlp.Token{Span: nlp.Span{Start: start + j, End: start + j + len(f)}, Text: f})
			i = j + len(f)
		}
		s.EndToken = len(d.Tokens)
		s.End = start + len(strings.TrimRight(line, "\n"))
		if s.EndToken > s.FirstToken {
			d.Sentences = append(d.Sentences, s)
		}
		start += len(line)
	}
	return d
}

func mustDefault(t testing.TB) *Model {
	t.Helper()
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestAllowedAndSpans(t *testing.T) {
	per := func(p int) uint8 { return tagOf(0, p) }
	org := func(p int) uint8 { return tagOf(2, p) }
	tests := []struct {
		name string
		tags []uint8
		want [][3]int
	}{
		{"empty", nil, nil},
		{"unit and chunk", []uint8{per(partU), 0, org(partB), org(partI), org(partL)}, [][3]int{{0, 1, 0}, {2, 5, 2}}},
		{"unclosed at end", []uint8{0, per(partB), per(partI)}, [][3]int{{1, 3, 0}}},
		{"type change closes", []uint8{per(partB), org(partL)}, [][3]int{{0, 1, 0}, {1, 2, 2}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got [][3]int
			spans(tt.tags, func(a, b, typ int) { got = append(got, [3]int{a, b, typ}) })
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("spans = %v, want %v", got, tt.want)
			}
		})
	}
	if allowed(startTag, int(per(partI))) || !allowed(int(per(partB)), int(per(partL))) || allowed(int(per(partB)), int(org(partL))) || allowed(int(per(partB)), 0) {
		t.Error("allowed: BILOU constraints violated")
	}
}

func TestPhraseTokens(t *testing.T) {
	tests := []struct{ in, want string }{
		{"United States", "United|States"},
		{"Korea, Republic of", "Korea|,|Republic|of"},
		{"Côte d'Ivoire", "Côte|d'Ivoire"},
		{"McDonald's (USA)", "McDonald|'s|(|USA|)"},
		{"St. Louis", "St.|Louis"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := strings.Join(PhraseTokens(nil, tt.in), "|"); got != tt.want {
				t.Errorf("PhraseTokens(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestGazetteerMatch(t *testing.T) {
	f, err := os.Open("testdata/gazetteer.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	g, err := ReadGazetteer(f)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		words string
		want  string // kind:pos per token, "-" for none
	}{
		{"the UNITED STATES and NATO", "- country:B country:L - wn-group:U"},
		{"united states", "- -"},
		{"St. Louis is French", "city:B city:L - demonym:U"},
		{"Korea , Republic of", "country:B country:I country:I country:L"},
		{"SAO PAULO and Sao Paulo", "city:B city:L - city:B city:L"},
		{"to Pangkal Pinang or Pangkalpinang", "- city:B city:L - city:U"},
		{"Pangkal pinang , Sao Paulo Paulo", "- - - city:B city:L -"},
	}
	for _, tt := range tests {
		t.Run(tt.words, func(t *testing.T) {
			words := strings.Fields(tt.words)
			got := make([]string, len(words))
			g.match(words, nil, func(tok int, m gazMatch) {
				if got[tok] != "" {
					got[tok] += ","
				}
				got[tok] += g.kinds[m.kind] + ":" + string(m.pos)
			})
			for i := range got {
				if got[i] == "" {
					got[i] = "-"
				}
			}
			if s := strings.Join(got, " "); s != tt.want {
				t.Errorf("match = %q, want %q", s, tt.want)
			}
		})
	}
}

func checkMentions(t *testing.T, d *nlp.Doc) {
	t.Helper()
	end := 0
	for i, m := range d.Mentions {
		if m.FirstToken < end || m.EndToken <= m.FirstToken || m.EndToken > len(d.Tokens) {
			t.Fatalf("mention %d: tokens [%d,%d) overlap or outside %d tokens", i, m.FirstToken, m.EndToken, len(d.Tokens))
		}
		end = m.EndToken
		if m.Start != d.Tokens[m.FirstToken].Start || m.End != d.Tokens[m.EndToken-1].End || d.Text[m.Start:m.End] != m.Text {
			t.Fatalf("mention %d: span %v text %q does not match its tokens", i, m.Span, m.Text)
		}
		if m.Entity != -1 {
			t.Fatalf("mention %d: Entity = %d, want -1", i, m.Entity)
		}
		switch m.Label {
		case nlp.Person, nlp.Location, nlp.Organization, nlp.Misc:
		default:
			t.Fatalf("mention %d: label %q", i, m.Label)
		}
	}
}

func TestAnnotateSentences(t *testing.T) {
	m := mustDefault(t)
	b, err := os.ReadFile("testdata/sentences.txt")
	if err != nil {
		t.Fatal(err)
	}
	d := whitespaceDoc(string(b))
	if err := m.Annotate(d); err != nil {
		t.Fatal(err)
	}
	checkMentions(t, d)
	got := map[string]nlp.Label{}
	for _, mn := range d.Mentions {
		got[mn.Text] = mn.Label
	}
	want := map[string]nlp.Label{
		"Angela Merkel": nlp.Person, "European Union": nlp.Organization, "Brussels": nlp.Location,
		"Microsoft Corp": nlp.Organization, "New York": nlp.Location, "Pedro Sánchez": nlp.Person, "Spain": nlp.Location,
	}
	for text, l := range want {
		if got[text] != l {
			t.Errorf("%q: label %q, want %q (all: %v)", text, got[text], l, got)
		}
	}
}

func TestAnnotateEdgeCases(t *testing.T) {
	m := mustDefault(t)
	tests := []struct {
		name string
		doc  *nlp.Doc
		err  bool
	}{
		{"empty", &nlp.Doc{}, false},
		{"no sentences", &nlp.Doc{Text: "Paris", Tokens: []nlp.Token{{Span: nlp.Span{Start: 0, End: 5}, Text: "Paris"}}}, false},
		{"token outside text", &nlp.Doc{Text: "a", Tokens: []nlp.Token{{Span: nlp.Span{Start: 0, End: 5}, Text: "Paris"}}}, true},
		{"sentence outside tokens", &nlp.Doc{Text: "a", Sentences: []nlp.Sentence{{FirstToken: 0, EndToken: 3}}}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := m.Annotate(tt.doc)
			if (err != nil) != tt.err {
				t.Fatalf("err = %v, want error %v", err, tt.err)
			}
			if err == nil {
				checkMentions(t, tt.doc)
			}
		})
	}
}

// TestDev checks the targets of issue 3 on CoNLL-2003 dev.
func TestDev(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode")
	}
	f, err := os.Open(dataDir + "/conll2003/dev.txt")
	if err != nil {
		t.Skip("CoNLL dev data absent:", err)
	}
	defer f.Close()
	docs, err := conll.Read(f)
	if err != nil {
		t.Fatal(err)
	}
	c, _, err := conll.Evaluate(mustDefault(t), docs)
	if err != nil {
		t.Fatal(err)
	}
	all, org := c.Overall().F1, c.Type("ORG").F1
	t.Logf("dev overall F1 %.4f, ORG F1 %.4f", all, org)
	if all < 0.91 || org < 0.87 {
		t.Errorf("dev overall F1 %.4f (want >= 0.91), ORG F1 %.4f (want >= 0.87)", all, org)
	}
}

func FuzzAnnotate(f *testing.F) {
	m, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"Angela Merkel visited Paris .", "NATO ’s Rutte\nsaid “ no ”", "", "A B C D E F G H"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d := whitespaceDoc(text)
		if err := m.Annotate(d); err != nil {
			t.Fatal(err)
		}
		checkMentions(t, d)
	})
}

// TestConcurrentAnnotate runs one Model on several documents at once (run
// with -race): results must equal those of sequential calls.
func TestConcurrentAnnotate(t *testing.T) {
	m := mustDefault(t)
	b, err := os.ReadFile("testdata/sentences.txt")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	want := make([][]nlp.Mention, len(lines))
	for i, l := range lines {
		d := whitespaceDoc(l)
		if err := m.Annotate(d); err != nil {
			t.Fatal(err)
		}
		want[i] = d.Mentions
	}
	errs := make(chan error, 4*len(lines))
	for range 4 {
		go func() {
			for i, l := range lines {
				d := whitespaceDoc(l)
				if err := m.Annotate(d); err != nil {
					errs <- err
					continue
				}
				if !reflect.DeepEqual(d.Mentions, want[i]) {
					errs <- fmt.Errorf("line %d: concurrent mentions %v, want %v", i, d.Mentions, want[i])
					continue
				}
				errs <- nil
			}
		}()
	}
	for range 4 * len(lines) {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}

func TestTrimHonorifics(t *testing.T) {
	for _, c := range []struct {
		words []string
		want  int
	}{
		{[]string{"Ms.", "Gross"}, 1},
		{[]string{"MR", "SMITH"}, 1},
		{[]string{"Sen.", "Dr.", "Frist"}, 2},
		{[]string{"Mr."}, 0},
		{[]string{"Misty", "Gross"}, 0},
		{[]string{"General", "Motors"}, 0},
	} {
		if got := trimHonorifics(c.words, 0, len(c.words)); got != c.want {
			t.Errorf("%q: start %d, want %d", c.words, got, c.want)
		}
	}
}

package entities

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsnlp/newsnlp/nlp"
)

// TestResolveCases runs each testdata/resolve file: marked-up text, then
// "=== entities" and the expected entities, one a line (canonical, label,
// mention texts after trimming).
func TestResolveCases(t *testing.T) {
	files, err := filepath.Glob("testdata/resolve/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no test cases: %v", err)
	}
	r := New()
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txt"), func(t *testing.T) {
			marked, want, ok := strings.Cut(readFile(t, file), "=== entities\n")
			if !ok {
				t.Fatalf("%s: no === entities section", file)
			}
			d := markedDoc(t, marked)
			if err := r.Annotate(d); err != nil {
				t.Fatal(err)
			}
			if err := checkInvariants(d); err != nil {
				t.Fatal(err)
			}
			for i, m := range d.Mentions {
				if m.Text != d.Text[m.Start:m.End] || d.Tokens[m.FirstToken].Start != m.Start || d.Tokens[m.EndToken-1].End != m.End {
					t.Errorf("mention %d %q: span, text and tokens disagree", i, m.Text)
				}
			}
			if got := formatEntities(d); got != want {
				t.Errorf("entities differ\n--- got\n%s--- want\n%s", got, want)
			}
		})
	}
}

func TestAnalyze(t *testing.T) {
	lx, err := defaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		in      string
		label   nlp.Label
		display string
		key     string
		acronym bool
	}{
		{"Mark Rutte", nlp.Person, "Mark Rutte", "mark rutte", false},
		{"French President Emmanuel Macron", nlp.Person, "Emmanuel Macron", "emmanuel macron", false},
		{"NATO Secretary-General Mark Rutte", nlp.Person, "Mark Rutte", "mark rutte", false},
		{"Sen. Elizabeth Warren", nlp.Person, "Elizabeth Warren", "elizabeth warren", false},
		{"Secretary of State Antony Blinken", nlp.Person, "Antony Blinken", "antony blinken", false},
		{"Minister for Foreign Affairs Penny Wong", nlp.Person, "Penny Wong", "penny wong", false},
		{"Rutte’s", nlp.Person, "Rutte", "rutte", false},
		{"Jones'", nlp.Person, "Jones", "jones", false},
		{"President", nlp.Person, "President", "president", false},
		{"President Trump", nlp.Location, "President Trump", "president trump", false},
		{"Martin Luther King Jr.", nlp.Person, "Martin Luther King Jr.", "martin luther king jr", false},
		{"General Motors", nlp.Organization, "General Motors", "general motors", false},
		{"the United States", nlp.Location, "United States", "united states", false},
		{"U.S.", nlp.Location, "U.S.", "us", true},
		{"NATO’s", nlp.Organization, "NATO", "nato", true},
		{"Apple Inc.", nlp.Organization, "Apple Inc.", "apple", false},
		{"“Ukraine", nlp.Location, "Ukraine", "ukraine", false},
		{"Earl Thomas", nlp.Person, "Earl Thomas", "earl thomas", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			n := lx.analyze(tt.in, fields(tt.in, 0), tt.label)
			if n.display != tt.display || n.key != tt.key || n.acronym != tt.acronym {
				t.Errorf("analyze(%q) = %q, %q, %v; want %q, %q, %v", tt.in, n.display, n.key, n.acronym, tt.display, tt.key, tt.acronym)
			}
		})
	}
}

func TestInitials(t *testing.T) {
	tests := []struct {
		name string
		want string
	}{
		{"North Atlantic Treaty Organization", "nato"},
		{"Federal Bureau of Investigation", "fbi"},
		{"Department of Justice", "doj"},
		{"Anti-Defamation League", "adl"},
		{"United States of America", "usa"},
	}
	for _, tt := range tests {
		got := initials(normalizeName(tt.name))
		found := false
		for _, g := range got {
			found = found || g == tt.want
		}
		if !found {
			t.Errorf("initials(%q) = %v, want it to contain %q", tt.name, got, tt.want)
		}
	}
}

func TestOptions(t *testing.T) {
	marked := "[[French President Emmanuel Macron|PERSON]] met the [[IOC|ORGANIZATION]] and the [[International Committee|ORGANIZATION]]; [[America|LOCATION]] and the [[U.S.|LOCATION]] watched.\n"
	tests := []struct {
		name string
		opts []Option
		want string
	}{
		{"default", nil, "Emmanuel Macron\tPERSON\tEmmanuel Macron\nIOC\tORGANIZATION\tIOC\nInternational Committee\tORGANIZATION\tInternational Committee\nAmerica\tLOCATION\tAmerica | U.S.\n"},
		{"keep spans", []Option{KeepMentionSpans()}, "Emmanuel Macron\tPERSON\tFrench President Emmanuel Macron\nIOC\tORGANIZATION\tIOC\nInternational Committee\tORGANIZATION\tInternational Committee\nAmerica\tLOCATION\tAmerica | U.S.\n"},
		{"aliases", []Option{WithAliases("IOC", "International Committee")}, "Emmanuel Macron\tPERSON\tEmmanuel Macron\nInternational Committee\tORGANIZATION\tIOC | International Committee\nAmerica\tLOCATION\tAmerica | U.S.\n"},
		{"no default aliases", []Option{WithoutDefaultAliases()}, "Emmanuel Macron\tPERSON\tEmmanuel Macron\nIOC\tORGANIZATION\tIOC\nInternational Committee\tORGANIZATION\tInternational Committee\nAmerica\tLOCATION\tAmerica\nU.S.\tLOCATION\tU.S.\n"},
		{"titles", []Option{WithTitles("Emmanuel")}, "Macron\tPERSON\tMacron\nIOC\tORGANIZATION\tIOC\nInternational Committee\tORGANIZATION\tInternational Committee\nAmerica\tLOCATION\tAmerica | U.S.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := markedDoc(t, marked)
			if err := New(tt.opts...).Annotate(d); err != nil {
				t.Fatal(err)
			}
			if err := checkInvariants(d); err != nil {
				t.Fatal(err)
			}
			if got := formatEntities(d); got != tt.want {
				t.Errorf("got\n%swant\n%s", got, tt.want)
			}
		})
	}
}

func TestAnnotateOddInput(t *testing.T) {
	r := New()
	if err := r.Annotate(nil); err == nil {
		t.Error("Annotate(nil) returned no error")
	}
	var zero Resolver
	if err := zero.Annotate(&nlp.Doc{}); err == nil {
		t.Error("zero Resolver returned no error")
	}
	// Mentions whose spans and tokens are out of range or empty still get
	// an entity each and a non-empty canonical name.
	d := &nlp.Doc{Text: "Short text.", Mentions: []nlp.Mention{
		{Span: nlp.Span{Start: 50, End: 60}, FirstToken: 3, EndToken: 9, Text: "Rutte", Label: nlp.Person, Entity: -1},
		{Span: nlp.Span{Start: 0, End: 0}, Text: "", Label: nlp.Organization, Entity: -1},
		{Span: nlp.Span{Start: 0, End: 5}, FirstToken: -1, EndToken: 0, Text: "Short", Label: "", Entity: -1},
		{Span: nlp.Span{Start: 6, End: 10}, Text: "text", Label: nlp.Misc, Entity: -1},
	}}
	if err := r.Annotate(d); err != nil {
		t.Fatal(err)
	}
	if err := checkInvariants(d); err != nil {
		t.Fatal(err)
	}
	if len(d.Entities) != 4 {
		t.Errorf("got %d entities, want 4:\n%s", len(d.Entities), formatEntities(d))
	}
	// A second run over the same Doc gives the same result.
	before := formatEntities(d)
	if err := r.Annotate(d); err != nil {
		t.Fatal(err)
	}
	if after := formatEntities(d); after != before {
		t.Errorf("second run differs:\n%s\nvs\n%s", after, before)
	}
}

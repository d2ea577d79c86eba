package ner

import (
	"os"
	"strings"
	"testing"

	"github.com/newsnlp/newsnlp/nlp"
)

// TestSeedArticle checks the names of issue 3 on the body of the scraped
// sample page (from the dateline to the end of the story).
func TestSeedArticle(t *testing.T) {
	b, err := os.ReadFile("../../../shared/samples/seed-article.txt")
	if err != nil {
		t.Skip("sample article absent:", err)
	}
	text := string(b)
	start, end := strings.Index(text, "PARIS (AP)"), strings.Index(text, "veryGood!")
	if start < 0 || end < start {
		t.Skip("sample article has changed: no dateline or end marker")
	}
	labels := tagText(t, text[start:end])
	want := map[string]nlp.Label{
		"NATO": nlp.Organization, "AP": nlp.Organization,
		"Mark Rutte": nlp.Person, "Emmanuel Macron": nlp.Person, "Putin": nlp.Person, "Donald Trump": nlp.Person,
		"Paris": nlp.Location, "Ukraine": nlp.Location, "Russia": nlp.Location, "China": nlp.Location, "Iran": nlp.Location,
		"North Korea": nlp.Location, "South Korea": nlp.Location, "Europe": nlp.Location,
		"Western": nlp.Misc, "French": nlp.Misc,
	}
	for name, l := range want {
		got := labels[name]
		if got[l] == 0 || len(got) != 1 {
			t.Errorf("%q: labels %v, want only %s", name, got, l)
		}
	}
	if t.Failed() {
		t.Logf("all mentions: %v", labels)
	}
}

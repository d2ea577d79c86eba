package main

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// TestCompanies reads a cspell-style list and keeps the names that are
// companies and nothing else.
func TestCompanies(t *testing.T) {
	dir := t.TempDir()
	list := "\n# cspell-tools: keep-case no-split\n\n" +
		"Daimler\nYahoo\nAAPL\n3M\nAirlines\nAntwerp\nAn\nThyssenKrupp\nSiemens AG\nIBM\nAccenture\n"
	path := filepath.Join(dir, "companies.txt")
	if err := os.WriteFile(path, []byte(list), 0o644); err != nil {
		t.Fatal(err)
	}
	s := set{}
	s.add("wn-person", "Daimler")   // Gottlieb Daimler: a company name too
	s.add("wn-other", "Yahoo")      // the Yahoos of Swift
	s.add("r-company", "Accenture") // a register lists it
	s.add("city", "Antwerp")        // a place, not a company
	s["wn-common\tairlines"] = true // a word
	news := map[string]bool{"an": true, "the": true, "Daimler": true}
	if err := companies(s, path, news); err != nil {
		t.Fatal(err)
	}
	var got []string
	for k := range s {
		if name, ok := strings.CutPrefix(k, "npm-company\t"); ok {
			got = append(got, name)
		}
	}
	if s["wn-person\tDaimler"] || !s["wn-other\tYahoo"] {
		t.Error("Daimler is still a WordNet person, or Yahoo lost its WordNet kind")
	}
	slices.Sort(got)
	// Left out: AAPL and IBM (all-caps, four letters or fewer), 3M (no
	// letter other than one capital), Airlines (a word), Antwerp (a
	// city), An (news writes "an").
	want := []string{"Accenture", "Daimler", "Siemens AG", "ThyssenKrupp", "Yahoo"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	if err := companies(set{}, filepath.Join(dir, "missing.txt"), news); err == nil {
		t.Error("no error for a missing list")
	}
}

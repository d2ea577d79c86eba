package entities

import "strings"

// Names gives other packages (the corpus step) the resolver's name folding
// and lists, so that names are compared across articles exactly as within
// one. It is read-only and safe for concurrent use.
type Names struct{ lx *lexicon }

// DefaultNames returns the names of the embedded lexicon.
func DefaultNames() (*Names, error) {
	lx, err := defaultLexicon()
	if err != nil {
		return nil, err
	}
	return &Names{lx: lx}, nil
}

// Key returns the normalized words of a display name: lowercase, periods
// and possessives removed, a leading "the" and a trailing corporate suffix
// dropped ("The U.S." → [us]; "Apple Inc." → [apple]).
func (n *Names) Key(display string) []string { return normalizeName(display) }

// AliasGroup returns the alias group of a key joined by spaces ("us",
// "united states" and "america" share one), and whether it has one.
func (n *Names) AliasGroup(key string) (int, bool) {
	g, ok := n.lx.alias[key]
	return g, ok
}

// IsTitle reports whether word is a title or honorific ("President", "Mr.",
// "Secretary-General").
func (n *Names) IsTitle(word string) bool { return n.lx.isTitle(word) }

// IsPlace reports whether a key joined by spaces is a listed country, alias
// or one-word region.
func (n *Names) IsPlace(key string) bool { return n.lx.places[key] }

// Initials returns the acronyms a multi-word key may be abbreviated to,
// lowercase ("federal bureau of investigation" → fboi, fbi).
func (n *Names) Initials(words []string) []string { return initials(words) }

// IsAcronym reports whether s is written as an acronym: 2 to 10 capital
// letters, periods allowed ("NATO", "U.S.").
func IsAcronym(s string) bool { return isAcronym(strings.TrimSpace(s)) }

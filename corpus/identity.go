package corpus

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/newsnlp/newsnlp/nlp/entities"
)

// Kind is the corpus table an identity belongs to.
type Kind uint8

// The identity tables.
const (
	People Kind = iota
	Organizations
	Places
)

// String returns the table name.
func (k Kind) String() string {
	switch k {
	case People:
		return "people"
	case Organizations:
		return "organizations"
	case Places:
		return "places"
	}
	return "unknown"
}

// kindOf maps an entities.label to its identity table; MISC has none.
func kindOf(label string) (Kind, bool) {
	switch label {
	case "PERSON":
		return People, true
	case "ORGANIZATION":
		return Organizations, true
	case "LOCATION":
		return Places, true
	}
	return 0, false
}

// nameStat is one distinct name of one kind across the corpus: the
// per-article canonical names that fold to the same key.
type nameStat struct {
	kind     Kind
	label    string
	key      string // folded words joined by spaces
	words    []string
	articles int64
	acronym  bool             // some article writes it as an acronym ("US", "U.S.")
	spell    map[string]int64 // per-article canonical spellings and their entities
	last     int              // the last article counted
	root     int              // union-find parent, an index into names.stats
}

// names collects the distinct names of the corpus and resolves them into
// identities. Memory grows with the number of distinct names.
type names struct {
	lex   *entities.Names
	index [3]map[string]int // per kind: key → stats index
	// spelled caches, per kind, the index of each canonical spelling:
	// folding a name costs more than a map lookup.
	spelled [3]map[string]int
	stats   []*nameStat
}

func newNames(lex *entities.Names) *names {
	ns := &names{lex: lex}
	for k := range ns.index {
		ns.index[k], ns.spelled[k] = map[string]int{}, map[string]int{}
	}
	return ns
}

// nameKey folds a per-article canonical name: the resolver's key words,
// and for people without titles in front or middle initials
// ("President Donald J. Trump" → "donald trump").
func (ns *names) nameKey(kind Kind, canonical string) []string {
	w := ns.lex.Key(canonical)
	if kind != People {
		return w
	}
	for len(w) > 1 && ns.lex.IsTitle(w[0]) {
		w = w[1:]
	}
	if len(w) >= 3 {
		kept := []string{w[0]}
		for _, x := range w[1 : len(w)-1] {
			if len([]rune(x)) > 1 {
				kept = append(kept, x)
			}
		}
		w = append(kept, w[len(w)-1])
	}
	return w
}

// add counts one article's entity and returns its name's index, or -1 for
// a label without identity table or a name without words.
func (ns *names) add(label, canonical string, article int) int {
	kind, ok := kindOf(label)
	if !ok {
		return -1
	}
	i := ns.lookup(kind, canonical)
	if i < 0 {
		words := ns.nameKey(kind, canonical)
		if len(words) == 0 {
			return -1
		}
		key := strings.Join(words, " ")
		var seen bool
		if i, seen = ns.index[kind][key]; !seen {
			i = len(ns.stats)
			ns.index[kind][key] = i
			ns.stats = append(ns.stats, &nameStat{kind: kind, label: label, key: key, words: words, last: -1, root: i, spell: map[string]int64{}})
		}
		ns.spelled[kind][canonical] = i
	}
	st := ns.stats[i]
	if st.last != article {
		st.last = article
		st.articles++
	}
	st.spell[canonical]++
	if entities.IsAcronym(canonical) {
		st.acronym = true
	}
	return i
}

// lookup returns the index of a canonical name already added, or -1.
func (ns *names) lookup(kind Kind, canonical string) int {
	if i, ok := ns.spelled[kind][canonical]; ok {
		return i
	}
	words := ns.nameKey(kind, canonical)
	i, ok := ns.index[kind][strings.Join(words, " ")]
	if !ok {
		return -1
	}
	ns.spelled[kind][canonical] = i
	return i
}

func (ns *names) find(i int) int {
	for ns.stats[i].root != i {
		ns.stats[i].root = ns.stats[ns.stats[i].root].root
		i = ns.stats[i].root
	}
	return i
}

// union joins two names; the smaller index becomes the root, so the result
// does not depend on the order of unions.
func (ns *names) union(a, b int) {
	ra, rb := ns.find(a), ns.find(b)
	if ra == rb {
		return
	}
	if rb < ra {
		ra, rb = rb, ra
	}
	ns.stats[rb].root = ra
}

// Merge rule parameters for a surname alone ("Trump"): it joins the one
// full name of the corpus ending in it, or the full name that holds at
// least surnameShare of the articles of all such names and surnameMin
// articles.
const (
	surnameShare = 0.9
	surnameMin   = 5
	// surnameAloneMax: a name used alone in more than this many times the
	// articles of the full name does not join it.
	surnameAloneMax = 4
	// acronymMinArticles: an acronym joins a name it abbreviates only when
	// that name is in at least this many articles; rarer full names are
	// too weak evidence ("CDC" is not "Christchurch District Court").
	acronymMinArticles = 3
)

// resolve merges names into identities by three rules, each decided on the
// whole corpus:
//  1. names of one alias group of the lexicon are one place or
//     organization ("US", "U.S.", "United States", "America");
//  2. an acronym joins the one multi-word name of its kind whose initials
//     it is, if that name is in acronymMinArticles articles or more;
//  3. a person's surname alone joins the one full name ending in it, or
//     the full name that dominates (surnameShare, surnameMin).
//
// Rules 2 and 3 only join a one-word name to a multi-word name, so the
// result does not depend on the order of names.
func (ns *names) resolve() {
	byAlias := map[[2]int]int{}
	byInitials := map[string][]int{}
	bySurname := map[string][]int{}
	for i, st := range ns.stats {
		if st.kind != People {
			if g, ok := ns.lex.AliasGroup(st.key); ok {
				k := [2]int{int(st.kind), g}
				if j, seen := byAlias[k]; seen {
					ns.union(i, j)
				} else {
					byAlias[k] = i
				}
			}
			ins := ns.lex.Initials(st.words)
			slices.Sort(ins)
			for _, in := range slices.Compact(ins) { // the variants often coincide: count the name once
				byInitials[string(rune('0'+st.kind))+in] = append(byInitials[string(rune('0'+st.kind))+in], i)
			}
		} else if len(st.words) >= 2 {
			bySurname[st.words[len(st.words)-1]] = append(bySurname[st.words[len(st.words)-1]], i)
		}
	}
	// Candidates are compared by their roots after rule 1.
	type target struct {
		root     int
		articles int64
	}
	targets := func(cands []int) []target {
		var ts []target
		for _, c := range cands {
			r := ns.find(c)
			k := slices.IndexFunc(ts, func(t target) bool { return t.root == r })
			if k < 0 {
				ts = append(ts, target{root: r})
				k = len(ts) - 1
			}
			ts[k].articles += ns.stats[c].articles
		}
		slices.SortFunc(ts, func(a, b target) int {
			return cmp.Or(cmp.Compare(b.articles, a.articles), cmp.Compare(a.root, b.root))
		})
		return ts
	}
	var joins [][2]int
	for i, st := range ns.stats {
		if len(st.words) != 1 {
			continue
		}
		switch {
		case st.kind != People && st.acronym:
			if _, aliased := ns.lex.AliasGroup(st.key); aliased {
				continue
			}
			if ts := targets(byInitials[string(rune('0'+st.kind))+st.key]); len(ts) == 1 &&
				ts[0].articles >= acronymMinArticles && ts[0].articles*surnameAloneMax >= st.articles {
				joins = append(joins, [2]int{i, ts[0].root})
			}
		case st.kind == People && !ns.lex.IsPlace(st.key) && utf8.RuneCountInString(st.key) > 1 && !nameSuffix[st.key]:
			ts := targets(bySurname[st.key])
			if len(ts) == 0 {
				continue
			}
			var total int64
			for _, t := range ts {
				total += t.articles
			}
			if ts[0].articles*surnameAloneMax < st.articles {
				continue // used alone far more than the full name: not its surname ("Wikinews" and "With Wikinews")
			}
			if len(ts) == 1 || (float64(ts[0].articles) >= surnameShare*float64(total) && ts[0].articles >= surnameMin) {
				joins = append(joins, [2]int{i, ts[0].root})
			}
		}
	}
	for _, j := range joins {
		ns.union(j[0], j[1])
	}
}

// nameSuffix words end a full name but are no surname ("Jr." alone).
var nameSuffix = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true}

// identityInfo is what the corpus knows of one identity after resolve.
type identityInfo struct {
	id        string
	kind      Kind
	label     string
	canonical string
}

// identities returns, for every name index, its identity. The canonical
// name of an identity is the spelling most articles use of its best name:
// for people the name with most words, then for all a name not written
// as an acronym, then the name in most articles, then the smallest key.
func (ns *names) identities() []*identityInfo {
	best := map[int]int{}
	for i, st := range ns.stats {
		r := ns.find(i)
		b, ok := best[r]
		if !ok || betterName(st, ns.stats[b]) {
			best[r] = i
		}
	}
	byRoot := map[int]*identityInfo{}
	out := make([]*identityInfo, len(ns.stats))
	for i, st := range ns.stats {
		r := ns.find(i)
		info, ok := byRoot[r]
		if !ok {
			b := ns.stats[best[r]]
			info = &identityInfo{
				id: strings.ToLower(b.label) + ":" + b.key, kind: st.kind, label: st.label,
				canonical: topSpelling(b.spell),
			}
			byRoot[r] = info
		}
		out[i] = info
	}
	return out
}

func betterName(a, b *nameStat) bool {
	if a.kind == People && len(a.words) != len(b.words) {
		return len(a.words) > len(b.words)
	}
	if a.acronym != b.acronym { // "United States" over "US", "World Health Organization" over "WHO"
		return !a.acronym
	}
	if a.articles != b.articles {
		return a.articles > b.articles
	}
	return a.key < b.key // not the order of first appearance: the same for any order of parts, and in SQL
}

// topSpelling is the spelling with the highest count, then the shortest
// ("Donald Trump" over "Donald J. Trump"), then the smallest.
func topSpelling(m map[string]int64) string {
	best, n := "", int64(-1)
	for s, c := range m {
		if c > n || (c == n && (len(s) < len(best) || len(s) == len(best) && s < best)) {
			best, n = s, c
		}
	}
	return best
}

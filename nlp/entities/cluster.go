package entities

import (
	"cmp"
	"slices"
	"unicode/utf8"

	"github.com/newsnlp/newsnlp/nlp"
)

// group is the set of mentions sharing one normalized name.
type group struct {
	key     string
	words   []string
	acronym bool
	members []int
	label   nlp.Label
}

// cluster groups mentions into entities and returns, for each entity in
// order of first mention, its mention indices in ascending order. It sets
// the vote of surnames joined by the last-name rule to PERSON.
func cluster(lx *lexicon, ms []mentionState) [][]int {
	// 1. One group per normalized name.
	groups := make([]group, 0, len(ms))
	groupOf := make([]int, len(ms))
	byKey := make(map[string]int, len(ms))
	for i := range ms {
		key := ms[i].name.key
		g, ok := byKey[key]
		if !ok {
			g = len(groups)
			if key != "" { // unreadable: a group of its own
				byKey[key] = g
			}
			groups = append(groups, group{key: key, words: ms[i].name.words, acronym: ms[i].name.acronym})
		}
		groupOf[i] = g
	}
	// The members of all groups share one array, in mention order.
	size := make([]int, len(groups))
	for _, g := range groupOf {
		size[g]++
	}
	all, at := make([]int, len(ms)), 0
	for g := range groups {
		groups[g].members = all[at : at : at+size[g]]
		at += size[g]
	}
	for i, g := range groupOf {
		groups[g].members = append(groups[g].members, i)
	}
	for g := range groups {
		groups[g].label = majority(ms, groups[g].members)
	}

	// 2. Aliases and acronyms join groups of places and organizations.
	uf := newUnionFind(len(groups))
	aliasFirst := map[int]int{}
	for g := range groups {
		id, ok := lx.alias[groups[g].key]
		if !ok {
			continue
		}
		if h, seen := aliasFirst[id]; seen {
			uf.union(h, g)
		} else {
			aliasFirst[id] = g
		}
	}
	firstLong := map[string]int{} // initials -> first multi-word group
	var ini []byte                // scratch: one of the initials of a group
	for l := range groups {
		if gl := &groups[l]; len(gl.words) >= 2 && gl.label != nlp.Person {
			for v := range initialsVariants {
				ini = appendInitials(ini[:0], gl.words, v)
				if utf8.RuneCount(ini) < 2 {
					continue
				}
				if _, ok := firstLong[string(ini)]; !ok {
					firstLong[string(ini)] = l
				}
			}
		}
	}
	for a := range groups {
		ga := &groups[a]
		if !ga.acronym || len(ga.words) != 1 || ga.label == nlp.Person {
			continue
		}
		if l, ok := firstLong[ga.words[0]]; ok {
			uf.union(l, a)
		}
	}

	// 3. Clusters of groups, with their labels and name keys.
	type entity struct {
		members []int
		keys    [][]string
		label   nlp.Label
		maxLen  int
		acronym bool
		alive   bool
		// nMembers and nKeys size members and keys before they are filled.
		nMembers, nKeys int
	}
	// ents[root] is the entity of the cluster whose earliest group is root;
	// the members and keys of all entities share two arrays.
	ents := make([]entity, len(groups))
	for g := range groups {
		e := &ents[uf.find(g)]
		e.alive = true
		e.nMembers += len(groups[g].members)
		e.nKeys++
	}
	memberArr, keyArr := make([]int, len(ms)), make([][]string, len(groups))
	atM, atK := 0, 0
	for r := range ents {
		e := &ents[r]
		e.members, e.keys = memberArr[atM:atM:atM+e.nMembers], keyArr[atK:atK:atK+e.nKeys]
		atM, atK = atM+e.nMembers, atK+e.nKeys
	}
	for g := range groups {
		e := &ents[uf.find(g)]
		e.members = append(e.members, groups[g].members...)
		e.keys = append(e.keys, groups[g].words)
		e.maxLen = max(e.maxLen, len(groups[g].words))
		e.acronym = e.acronym || groups[g].acronym
	}
	order := make([]*entity, 0, len(groups))
	for r := range ents {
		if e := &ents[r]; e.alive {
			slices.Sort(e.members)
			e.label = majority(ms, e.members)
			order = append(order, e)
		}
	}
	// Longest names first, so that a short name meets every fuller name
	// it may abbreviate; ties in order of first mention.
	slices.SortStableFunc(order, func(a, b *entity) int {
		if c := cmp.Compare(b.maxLen, a.maxLen); c != 0 {
			return c
		}
		return cmp.Compare(a.members[0], b.members[0])
	})

	// 4. Short person names join fuller ones.
	done := make([]*entity, 0, len(order))
	var cands []*entity // scratch for one entity of order
	var probe []string  // scratch for one entity of order
	// byWord indexes the person entities of done by the words of their
	// names, so that a name is compared only with names sharing a word.
	byWord := map[string][]*entity{}
	index := func(t *entity, keys [][]string) {
		for _, k := range keys {
			for _, w := range k {
				if l := byWord[w]; len(l) == 0 || l[len(l)-1] != t {
					byWord[w] = append(l, t)
				}
			}
		}
	}
	for _, c := range order {
		lastName := ""
		if c.label != nlp.Person {
			if len(c.keys) == 1 && len(c.keys[0]) == 1 && !c.acronym && !lx.places[c.keys[0][0]] {
				lastName = c.keys[0][0]
			}
		}
		cands, probe = cands[:0], probe[:0]
		if c.label == nlp.Person {
			for _, k := range c.keys {
				if len(k) > 0 {
					probe = append(probe, k[0])
				}
			}
		} else if lastName != "" {
			probe = append(probe, lastName)
		}
		for _, w := range probe {
			for _, t := range byWord[w] {
				if !t.alive || t.label != nlp.Person || t == c || slices.Contains(cands, t) {
					continue
				}
				if (c.label == nlp.Person && anySubsequence(c.keys, t.keys)) || (lastName != "" && hasLastName(t.keys, lastName)) {
					cands = append(cands, t)
				}
			}
		}
		switch len(cands) {
		case 0:
			done = append(done, c)
			if c.label == nlp.Person {
				index(c, c.keys)
			}
			continue
		case 1:
			t := cands[0]
			t.members = append(t.members, c.members...)
			t.keys = append(t.keys, c.keys...)
			index(t, c.keys)
		default:
			// Ambiguous: each mention joins the person mentioned most
			// recently before it, else the first one mentioned after it.
			joins := make([]*entity, len(c.members))
			for k, i := range c.members {
				var best *entity
				bestAt := -1
				for _, t := range cands {
					if j := lastBefore(t.members, i); j > bestAt {
						best, bestAt = t, j
					}
				}
				if best == nil {
					bestAt = len(ms)
					for _, t := range cands {
						if j := firstAfter(t.members, i); j < bestAt {
							best, bestAt = t, j
						}
					}
				}
				joins[k] = best
			}
			for k, i := range c.members {
				joins[k].members = append(joins[k].members, i)
			}
			for _, t := range cands {
				t.keys = append(t.keys, c.keys...)
				index(t, c.keys)
			}
		}
		if lastName != "" {
			for _, i := range c.members {
				ms[i].vote = nlp.Person
			}
		}
		c.alive = false
		for _, t := range cands {
			slices.Sort(t.members)
		}
	}

	out := make([][]int, 0, len(done))
	for _, e := range done {
		if e.alive {
			out = append(out, e.members)
		}
	}
	slices.SortFunc(out, func(a, b []int) int { return cmp.Compare(a[0], b[0]) })
	return out
}

// anySubsequence reports whether some key in short is a proper subsequence
// of some key in long.
func anySubsequence(short, long [][]string) bool {
	for _, s := range short {
		for _, l := range long {
			if isSubsequence(s, l) {
				return true
			}
		}
	}
	return false
}

// hasLastName reports whether some key of two words or more ends with the
// surname w (name suffixes such as "Jr." skipped).
func hasLastName(keys [][]string, w string) bool {
	for _, k := range keys {
		if len(k) < 2 {
			continue
		}
		last := len(k) - 1
		for last > 0 && nameSuffixes[k[last]] {
			last--
		}
		if last > 0 && k[last] == w {
			return true
		}
	}
	return false
}

// lastBefore returns the largest element of the sorted list xs below i,
// or -1.
func lastBefore(xs []int, i int) int {
	j, _ := slices.BinarySearch(xs, i)
	if j == 0 {
		return -1
	}
	return xs[j-1]
}

// firstAfter returns the smallest element of the sorted list xs above i,
// or the largest int when there is none.
func firstAfter(xs []int, i int) int {
	j, found := slices.BinarySearch(xs, i)
	if found {
		j++
	}
	if j == len(xs) {
		return int(^uint(0) >> 1)
	}
	return xs[j]
}

// unionFind is a disjoint-set forest over 0..n-1 whose root is always the
// smallest member, so that a cluster is named by its earliest group.
type unionFind []int

func newUnionFind(n int) unionFind {
	u := make(unionFind, n)
	for i := range u {
		u[i] = i
	}
	return u
}

func (u unionFind) find(x int) int {
	for u[x] != x {
		u[x] = u[u[x]]
		x = u[x]
	}
	return x
}

func (u unionFind) union(a, b int) {
	ra, rb := u.find(a), u.find(b)
	if ra == rb {
		return
	}
	if rb < ra {
		ra, rb = rb, ra
	}
	u[rb] = ra
}

package diff

import "slices"

// pair is a matched old and new row index.
type pair struct{ old, new int }

// matchSpans matches rows of one article by span: identical spans first,
// then overlapping spans, most overlap first (ties in text order). It
// returns the pairs in old order, and the unmatched old and new indices.
func matchSpans[T any](old, new []T, span func(T) [2]int32) (pairs []pair, gone, added []int) {
	usedOld := make([]bool, len(old))
	usedNew := make([]bool, len(new))
	exact := make(map[[2]int32][]int, len(new))
	for j := range new {
		s := span(new[j])
		exact[s] = append(exact[s], j)
	}
	for i := range old {
		s := span(old[i])
		if js := exact[s]; len(js) > 0 {
			pairs = append(pairs, pair{i, js[0]})
			exact[s] = js[1:]
			usedOld[i], usedNew[js[0]] = true, true
		}
	}
	type cand struct{ i, j, overlap int }
	var cands []cand
	for i := range old {
		if usedOld[i] {
			continue
		}
		a := span(old[i])
		for j := range new {
			if usedNew[j] {
				continue
			}
			b := span(new[j])
			if ov := int(min(a[1], b[1]) - max(a[0], b[0])); ov > 0 {
				cands = append(cands, cand{i, j, ov})
			}
		}
	}
	slices.SortStableFunc(cands, func(x, y cand) int { return y.overlap - x.overlap })
	for _, c := range cands {
		if !usedOld[c.i] && !usedNew[c.j] {
			pairs = append(pairs, pair{c.i, c.j})
			usedOld[c.i], usedNew[c.j] = true, true
		}
	}
	slices.SortFunc(pairs, func(x, y pair) int { return x.old - y.old })
	for i, u := range usedOld {
		if !u {
			gone = append(gone, i)
		}
	}
	for j, u := range usedNew {
		if !u {
			added = append(added, j)
		}
	}
	return pairs, gone, added
}

package polnear

import "sort"

// block is a matching block: a[A:A+N] == b[B:B+N].
type block struct{ A, B, N int }

// matchingBlocks returns the matching blocks of a and b as Python's
// difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()
// does, the final (len(a), len(b), 0) sentinel included.
func matchingBlocks(a, b []rune) []block {
	b2j := map[rune][]int{}
	for j, r := range b {
		b2j[r] = append(b2j[r], j)
	}
	// j2len[j+1] is the length of the match ending at a[i-1], b[j];
	// entries set in one row are reset through the touched lists, so a
	// row costs what it matches, as with difflib's dicts.
	j2len := make([]int, len(b)+1)
	next := make([]int, len(b)+1)
	var touched, nextTouched []int
	longest := func(alo, ahi, blo, bhi int) block {
		best := block{alo, blo, 0}
		for _, j := range touched {
			j2len[j] = 0
		}
		touched = touched[:0]
		for i := alo; i < ahi; i++ {
			nextTouched = nextTouched[:0]
			for _, j := range b2j[a[i]] {
				if j < blo {
					continue
				}
				if j >= bhi {
					break
				}
				k := j2len[j] + 1 // the match ending at b[j-1]
				next[j+1] = k
				nextTouched = append(nextTouched, j+1)
				if k > best.N {
					best = block{i - k + 1, j - k + 1, k}
				}
			}
			for _, j := range touched {
				j2len[j] = 0
			}
			j2len, next = next, j2len
			touched, nextTouched = nextTouched, touched
		}
		for best.A > alo && best.B > blo && a[best.A-1] == b[best.B-1] {
			best = block{best.A - 1, best.B - 1, best.N + 1}
		}
		for best.A+best.N < ahi && best.B+best.N < bhi && a[best.A+best.N] == b[best.B+best.N] {
			best.N++
		}
		return best
	}
	type job struct{ alo, ahi, blo, bhi int }
	queue := []job{{0, len(a), 0, len(b)}}
	var blocks []block
	for len(queue) > 0 {
		q := queue[len(queue)-1]
		queue = queue[:len(queue)-1]
		m := longest(q.alo, q.ahi, q.blo, q.bhi)
		if m.N == 0 {
			continue
		}
		blocks = append(blocks, m)
		if q.alo < m.A && q.blo < m.B {
			queue = append(queue, job{q.alo, m.A, q.blo, m.B})
		}
		if m.A+m.N < q.ahi && m.B+m.N < q.bhi {
			queue = append(queue, job{m.A + m.N, q.ahi, m.B + m.N, q.bhi})
		}
	}
	sort.Slice(blocks, func(i, j int) bool {
		if blocks[i].A != blocks[j].A {
			return blocks[i].A < blocks[j].A
		}
		return blocks[i].B < blocks[j].B
	})
	var merged []block
	for _, m := range blocks {
		if n := len(merged); n > 0 && merged[n-1].A+merged[n-1].N == m.A && merged[n-1].B+merged[n-1].N == m.B {
			merged[n-1].N += m.N
			continue
		}
		merged = append(merged, m)
	}
	return append(merged, block{len(a), len(b), 0})
}

// offsetMap maps code point offsets of out onto gold.
func offsetMap(out, gold []rune) func(int) int {
	if string(out) == string(gold) {
		return func(x int) int { return x }
	}
	blocks := matchingBlocks(out, gold)
	return func(x int) int {
		for _, m := range blocks {
			if m.A <= x && x < m.A+m.N {
				return m.B + (x - m.A)
			}
		}
		best := blocks[0]
		for _, m := range blocks[1:] {
			if abs(m.A-x) < abs(best.A-x) {
				best = m
			}
		}
		if best.N > 0 {
			return best.B + (x - best.A)
		}
		return x
	}
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

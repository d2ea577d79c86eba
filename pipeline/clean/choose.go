package clean

import (
	"unicode"
)

// choose picks the main text among the candidates, as a reader comparing
// them would:
//
//   - go-readability's container is the default;
//   - a candidate found inside it (90% of its word 4-grams are there) that
//     keeps at least 85% of its length is preferred: what readability adds
//     around it is furniture (captions, teasers, bylines);
//   - when readability's container has little running text (less than 500
//     code points in paragraphs of 100 or more), a candidate with three
//     times as much is preferred: readability took a box (a newsletter
//     form, a footer, a list of signatories) for the article;
//   - the JSON-LD articleBody is taken when it is at least 500 code points
//     and twice as long as every other candidate: the page's markup hides
//     the text the site says it has;
//   - without readability's container, the longest candidate.
func choose(cs []candidate) candidate {
	var ro, longest, ld candidate
	var dom []candidate
	for _, c := range cs {
		switch c.src {
		case fromReadability:
			ro = c
		case fromJSONLD:
			ld = c
			continue
		default:
			dom = append(dom, c)
		}
		if c.runes > longest.runes {
			longest = c
		}
	}
	if ld.runes >= 500 && ld.runes >= 2*longest.runes {
		return ld
	}
	if ro.runes == 0 {
		if longest.runes == 0 {
			return ld
		}
		return longest
	}
	for _, c := range dom {
		if c.runes*100 >= ro.runes*85 && c.runes < ro.runes && coverage(c, ro) >= 0.9 {
			return c
		}
	}
	if p := proseRunes(ro); p < 500 {
		for _, c := range dom {
			if proseRunes(c) >= 3*max(p, 100) {
				return c
			}
		}
	}
	return ro
}

// proseRunes is the length of c's paragraphs of running text: blocks of
// at least 100 code points.
func proseRunes(c candidate) int {
	n := 0
	for _, b := range c.blocks {
		if b.runes >= 100 {
			n += b.runes
		}
	}
	return n
}

// coverage is the share of a's word 4-grams that b holds.
func coverage(a, b candidate) float64 {
	ids := map[string]int32{}
	sa, sb := shingleSet(a, ids), shingleSet(b, ids)
	if len(sa) == 0 {
		return 0
	}
	hit := 0
	for k := range sa {
		if sb[k] {
			hit++
		}
	}
	return float64(hit) / float64(len(sa))
}

// shingle is a word 4-gram, its words numbered by a map shared by the
// texts compared: two shingles are equal when their words are.
type shingle [4]int32

// shingleSet is the set of word 4-grams of c's text.
func shingleSet(c candidate, ids map[string]int32) map[shingle]bool {
	var words []int32
	for _, b := range c.blocks {
		for w := range wordsSeq(b.text) {
			id, ok := ids[w]
			if !ok {
				id = int32(len(ids))
				ids[w] = id
			}
			words = append(words, id)
		}
	}
	m := make(map[shingle]bool, len(words))
	for i := 0; i+4 <= len(words); i++ {
		m[shingle(words[i:i+4])] = true
	}
	return m
}

// wordsSeq yields the words of s as strings.FieldsFunc(s, notWordRune)
// cuts them.
func wordsSeq(s string) func(yield func(string) bool) {
	return func(yield func(string) bool) {
		start := -1
		for i, r := range s {
			if notWordRune(r) {
				if start >= 0 {
					if !yield(s[start:i]) {
						return
					}
					start = -1
				}
			} else if start < 0 {
				start = i
			}
		}
		if start >= 0 {
			yield(s[start:])
		}
	}
}

func notWordRune(r rune) bool {
	return r != '_' && !unicode.IsLetter(r) && !unicode.IsNumber(r)
}

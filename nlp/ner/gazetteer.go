package ner

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxGazKinds is the number of gazetteer kinds a Gazetteer can hold.
const maxGazKinds = 31

// prefixBit marks a key that is a proper prefix of some phrase, so that
// matching stops as soon as no phrase can continue.
const prefixBit = 1 << 31

// Gazetteer is a set of name lists ("country", "city", "wn-person", ...)
// matched against token sequences. Matching ignores case and typographic
// quote variants; a phrase is stored as the hash of its tokens.
type Gazetteer struct {
	kinds  []string
	slots  []gazSlot // open addressing on the phrase key
	n      int       // phrases and phrase prefixes
	maxLen int
}

// gazSlot is one slot of a Gazetteer's table: a phrase key and the
// bitmask of the kinds it belongs to.
type gazSlot struct {
	key  uint64
	mask uint32
	used uint32 // 1 for a filled slot
}

// newGazSlots builds the table of phrases (key -> mask), inserting the
// keys in ascending order so that the table is deterministic.
func newGazSlots(phrases map[uint64]uint32) []gazSlot {
	slots := make([]gazSlot, tableSize(len(phrases)))
	mask := uint64(len(slots) - 1)
	for _, k := range sortedKeys(phrases) {
		i := k & mask
		for slots[i].used != 0 {
			i = (i + 1) & mask
		}
		slots[i] = gazSlot{key: k, mask: phrases[k], used: 1}
	}
	return slots
}

// lookup returns the kinds bitmask of phrase key h.
func (g *Gazetteer) lookup(h uint64) (uint32, bool) {
	mask := uint64(len(g.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := &g.slots[i]
		if s.used == 0 {
			return 0, false
		}
		if s.key == h {
			return s.mask, true
		}
	}
}

// tableSize is the power of two that holds n entries at most 2/3 full.
func tableSize(n int) int {
	size := 2
	for size*2 < n*3+2 {
		size <<= 1
	}
	return size
}

// ReadGazetteer reads lines "kind<TAB>phrase". Blank lines and lines
// starting with '#' are skipped. At most 32 kinds.
func ReadGazetteer(r io.Reader) (*Gazetteer, error) {
	g := &Gazetteer{}
	phrases := map[uint64]uint32{}
	index := map[string]int{}
	sc := bufio.NewScanner(r)
	line := 0
	var toks []string
	for sc.Scan() {
		line++
		text := sc.Text()
		if text == "" || text[0] == '#' {
			continue
		}
		kind, phrase, ok := strings.Cut(text, "\t")
		if !ok {
			return nil, fmt.Errorf("ner: gazetteer line %d: want kind<TAB>phrase", line)
		}
		k, ok := index[kind]
		if !ok {
			if len(g.kinds) == maxGazKinds {
				return nil, fmt.Errorf("ner: gazetteer line %d: more than %d kinds", line, maxGazKinds)
			}
			k = len(g.kinds)
			index[kind] = k
			g.kinds = append(g.kinds, kind)
		}
		toks = PhraseTokens(toks[:0], phrase)
		if len(toks) == 0 {
			continue
		}
		h := fnvOffset
		for j, t := range toks {
			h = phraseStep(h, t)
			if j < len(toks)-1 {
				phrases[h] |= prefixBit
			}
		}
		phrases[h] |= 1 << k
		g.maxLen = max(g.maxLen, len(toks))
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("ner: gazetteer: %w", err)
	}
	g.slots, g.n = newGazSlots(phrases), len(phrases)
	return g, nil
}

// Kinds lists the gazetteer's kinds, in order of first appearance.
func (g *Gazetteer) Kinds() []string { return g.kinds }

// Len is the number of distinct phrases and phrase prefixes.
func (g *Gazetteer) Len() int { return g.n }

func phraseStep(h uint64, tok string) uint64 {
	return hbyte(hfold(h, tok), 0x1f)
}

// PhraseTokens splits a name into tokens the way news tokenizers split
// running text: at white space, with brackets, commas, semicolons, colons,
// quotes, '!' and '?' split off the edges of words and a final "'s" split
// off. It appends to dst.
func PhraseTokens(dst []string, phrase string) []string {
	for _, w := range strings.Fields(phrase) {
		var tail []string
		for len(w) > 0 {
			r, n := utf8.DecodeRuneInString(w)
			if !edgePunct(r) {
				break
			}
			dst = append(dst, w[:n])
			w = w[n:]
		}
		for len(w) > 0 {
			r, n := utf8.DecodeLastRuneInString(w)
			if !edgePunct(r) {
				break
			}
			tail = append(tail, w[len(w)-n:])
			w = w[:len(w)-n]
		}
		if len(w) > 2 && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "\u2019s")) {
			i := strings.LastIndexAny(w, "'\u2019")
			dst = append(dst, w[:i], w[i:])
		} else if w != "" {
			dst = append(dst, w)
		}
		for i := len(tail) - 1; i >= 0; i-- {
			dst = append(dst, tail[i])
		}
	}
	return dst
}

func edgePunct(r rune) bool {
	switch r {
	case '(', ')', '[', ']', ',', ';', ':', '"', '!', '?', '\u201c', '\u201d':
		return true
	}
	return false
}

// gazMatch is a gazetteer match covering one token: the kind and the
// token's position in the matched phrase (B, I, L, or U for one token).
type gazMatch struct {
	kind uint8
	pos  byte
}

// gazFirst is the first step of matching the phrases that start with a
// word: the hash of the word (hfold, which a two-word name written as one
// continues) and the lookup of the word as a one-word phrase.
type gazFirst struct {
	h    uint64
	mask uint32
	ok   bool // the word is a phrase or a phrase's prefix (mask)
	set  bool // the step is done (else match does it)
}

// first returns the first step of matching phrases that start with w.
func (g *Gazetteer) first(w string) gazFirst {
	if g == nil || g.n == 0 {
		return gazFirst{}
	}
	h := hfold(fnvOffset, w)
	mask, ok := g.lookup(hbyte(h, 0x1f))
	return gazFirst{h: h, mask: mask, ok: ok, set: true}
}

// match finds, for every token of words that starts with an upper-case
// letter or a digit, the longest phrase of each kind starting there, and
// calls emit for every token the phrase covers. Two capitalized words
// whose concatenation is a one-word name match as a two-word phrase.
// first, if not nil, returns the first step (g.first) of a token's
// word where it is known (set).
func (g *Gazetteer) match(words []string, first func(tok int) gazFirst, emit func(tok int, m gazMatch)) {
	if g == nil || g.n == 0 {
		return
	}
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			continue
		}
		var f gazFirst
		if first != nil {
			f = first(i)
		}
		if !f.set {
			f = g.first(w)
		}
		var longest [maxGazKinds]uint8
		var found uint32
		h := hbyte(f.h, 0x1f) // phraseStep(fnvOffset, w)
		mask, ok := f.mask, f.ok
		for n := 1; n <= g.maxLen && i+n <= len(words); n++ {
			if n > 1 {
				h = phraseStep(h, words[i+n-1])
				mask, ok = g.lookup(h)
			}
			if !ok {
				break
			}
			mask &^= prefixBit
			found |= mask
			for k := 0; mask != 0; k++ {
				if mask&1 != 0 {
					longest[k] = uint8(n)
				}
				mask >>= 1
			}
		}
		if i+1 < len(words) {
			// The two words written as one ("Pangkal Pinang" for
			// Pangkalpinang), for the kinds no longer phrase matched.
			if r, _ := utf8.DecodeRuneInString(words[i+1]); unicode.IsUpper(r) {
				if mask, ok := g.lookup(hbyte(hfold(f.h, words[i+1]), 0x1f)); ok {
					mask &^= prefixBit
					for k := 0; mask != 0; k++ {
						if mask&1 != 0 && longest[k] < 2 {
							longest[k] = 2
							found |= 1 << k
						}
						mask >>= 1
					}
				}
			}
		}
		for k := 0; found != 0; k++ {
			if found&1 != 0 {
				n := int(longest[k])
				if n == 1 {
					emit(i, gazMatch{uint8(k), 'U'})
				} else {
					emit(i, gazMatch{uint8(k), 'B'})
					for j := i + 1; j < i+n-1; j++ {
						emit(j, gazMatch{uint8(k), 'I'})
					}
					emit(i+n-1, gazMatch{uint8(k), 'L'})
				}
			}
			found >>= 1
		}
	}
}

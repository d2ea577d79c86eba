package ner

import (
	"unicode"
	"unicode/utf8"
)

// Feature templates. Each feature key is mix(template, a, b).
const (
	tBias uint64 = iota + 1
	tWord
	tLower
	tShape
	tShapeLong
	tPrefix
	tSuffix
	tFlags
	tLen
	tLowerPrev
	tLowerNext
	tLowerPrev2
	tLowerNext2
	tShapePrev
	tShapeNext
	tShapePair
	tShapePairNext
	tBigramPrev
	tBigramNext
	tGaz
	tGazPrev
	tGazNext
	tCluster
	tClusterPrev
	tClusterNext
	tDocLowerSeen
	tDocCapSeen
	tDocCase
	tSuffixPrev
	tPrefixFirst
	tAggType
	tAggMajor
	tPass1
	tPass1Prev
	tPass1Next
	tPass1PrevWord
	tPerIntro
	tCapNumber
)

// Token flags.
const (
	fInitCap uint8 = 1 << iota
	fAllCaps
	fHasDigit
	fHasHyphen
	fHasPeriod
	fNoLetter
	fFirst
	fCapsSentence
)

const maxTokGaz = 16

// tokInfo is what the features need to know about one token.
//
// The fields are in the order that packs them into 112 bytes.
type tokInfo struct {
	hw, hl, shape, shapeLong uint64
	cluster                  [4]uint64 // cluster keys, one per granularity (0: none)
	cache                    int32     // row in Model.cacheRows, or -1
	word                     int32     // number of the lower-cased word in the document (docVocab)
	flags                    uint8
	docSeen                  uint8 // bit 0: capitalized mid-sentence in the document; bit 1: written lower-case
	anon                     bool  // training only: no feature names the word itself (TrainOptions.WordDropout)
	prose                    bool  // the sentence has proseWords or more lower-case words (not a table or results line)
	ngaz                     uint8
	gaz                      [maxTokGaz]gazMatch
}

// proseWords is how many lower-case words make a sentence prose rather
// than a table line ("Leicestershire 22 Somerset 19"), where a capitalized
// word before a number is mostly a team.
const proseWords = 3

// docStat counts how a lower-cased word is written in a document.
type docStat struct {
	lowerMid int // written all lower-case
	capMid   int // capitalized, not sentence-initial, in a normal sentence
}

var (
	hAcronym = mix(0xac, 5, 6)
	hBOS     = mix(0xb05, 1, 2)
	hEOS     = mix(0xe05, 3, 4)
)

func shapeOf(s string) (short, long uint64, flags uint8) {
	short, long = fnvOffset, fnvOffset
	var last byte
	nlong, letters, upper := 0, 0, 0
	for i, r := range s {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
			letters++
			upper++
			if i == 0 {
				flags |= fInitCap
			}
		case unicode.IsLetter(r):
			c = 'x'
			letters++
		case unicode.IsDigit(r):
			c = 'd'
			flags |= fHasDigit
		default:
			if r < utf8.RuneSelf {
				c = byte(r)
			} else if a := asciiFold(r); a != 0 {
				c = a
			} else {
				c = '*'
			}
			switch c {
			case '-':
				flags |= fHasHyphen
			case '.':
				flags |= fHasPeriod
			}
		}
		if nlong < 10 {
			long = hbyte(long, c)
			nlong++
		}
		if c != last {
			short = hbyte(short, c)
			last = c
		}
	}
	if letters == 0 {
		flags |= fNoLetter
	} else if upper == letters && letters > 1 {
		flags |= fAllCaps
	}
	return short, long, flags
}

// prepare fills infos for the tokens of one document, numbering its
// words in vocab.
func (m *Model) prepare(words []string, sents [][2]int, infos []tokInfo, vocab *docVocab) {
	vocab.reset(len(words))
	var rt *roleTable
	if m.joint != nil && m.clusters != nil {
		rt = m.roleTable()
	}
	for i, w := range words {
		ti := &infos[i]
		hw := hstr(fnvOffset, w)
		if p := vocab.form(hw, i); p >= 0 && words[p] == w {
			*ti = infos[p] // the same word, as the loop left it
			continue
		}
		if rt != nil {
			if slot := m.clusters.find(hw); slot != nil && rt.known(ti, hw, slot) {
				ti.word = vocab.id(ti.hl)
				continue
			}
		}
		*ti = tokInfo{hw: hw, hl: hlower(fnvOffset, w, true), cache: -1}
		ti.word = vocab.id(ti.hl)
		ti.shape, ti.shapeLong, ti.flags = shapeOf(w)
		if m.clusters != nil {
			ti.cluster, ti.cache = m.clusters.of(w, ti.hw)
		}
	}
	for _, s := range sents {
		caps, letters, lower := 0, 0, 0
		for i := s[0]; i < s[1]; i++ {
			if infos[i].flags&fNoLetter == 0 {
				letters++
				if infos[i].flags&fAllCaps != 0 || (infos[i].flags&fInitCap != 0 && len(words[i]) == 1) {
					caps++
				} else if infos[i].flags&fInitCap == 0 {
					lower++
				}
			}
		}
		prose := lower >= proseWords
		capsSent := letters >= 2 && caps*10 >= letters*8
		markFirst(words, infos, s[0], s[1])
		for i := s[0]; i < s[1]; i++ {
			infos[i].prose = prose
			if capsSent {
				infos[i].flags |= fCapsSentence
			} else if infos[i].flags&fAllCaps != 0 && len(words[i]) > 1 && m.lowerWord(words[i]) {
				m.acronym(&infos[i])
			}
			f := infos[i].flags
			if f&fNoLetter == 0 && f&(fInitCap|fAllCaps) == 0 {
				if r, _ := utf8.DecodeRuneInString(words[i]); unicode.IsLower(r) {
					vocab.stats[infos[i].word].lowerMid++
				}
			} else if f&fInitCap != 0 && f&fAllCaps == 0 && f&fFirst == 0 && !capsSent {
				vocab.stats[infos[i].word].capMid++
			}
		}
		var first func(tok int) gazFirst
		if rt != nil && rt.gaz == m.gaz {
			sinfos := infos[s[0]:s[1]]
			first = func(tok int) gazFirst { return rt.gazFirst(sinfos[tok].cache) }
		}
		m.gaz.match(words[s[0]:s[1]], first, func(tok int, g gazMatch) {
			ti := &infos[s[0]+tok]
			if int(ti.ngaz) < maxTokGaz {
				ti.gaz[ti.ngaz] = g
				ti.ngaz++
			}
		})
	}
	for i := range infos {
		ti := &infos[i]
		if ti.flags&(fInitCap|fAllCaps) == 0 {
			continue
		}
		st := vocab.stats[ti.word]
		if st.capMid > 0 {
			ti.docSeen |= 1
		}
		if st.lowerMid > 0 {
			ti.docSeen |= 2
		}
	}
}

// acronym keeps an all-caps word of a mixed-case sentence that news
// text also writes in lower case ("WHO warns", "IT firms") apart from the
// lower-case word: the features naming it by its lower-cased form get
// other keys, it takes no cluster of the lower-case word, and its static
// features are not the word cache's (which are for the word in all-caps
// text).
func (m *Model) acronym(ti *tokInfo) {
	ti.hl = mix(hAcronym, ti.hl, 0)
	ti.cache = -1
	if m.clusters.find(ti.hw) == nil {
		ti.cluster = [4]uint64{}
	}
}

// lowerWord reports whether the clusters' vocabulary of news text has w
// written in lower case.
func (m *Model) lowerWord(w string) bool {
	return m.clusters != nil && m.clusters.find(hlower(fnvOffset, w, false)) != nil
}

// markFirst sets fFirst on the first token of the sentence [s0, s1) and
// on the first word proper: after leading punctuation (quotes, dashes)
// and after a bracketed segment that opens the sentence, as in
// interview transcripts ("((Akram Pasha)) Greetings.").
func markFirst(words []string, infos []tokInfo, s0, s1 int) {
	if s0 >= s1 {
		return
	}
	infos[s0].flags |= fFirst
	i := s0
	for i < s1 && infos[i].flags&fNoLetter != 0 && !isOpenBracket(words[i]) {
		i++
	}
	if i < s1 && isOpenBracket(words[i]) {
		depth := 0
		for ; i < s1; i++ {
			if isOpenBracket(words[i]) {
				depth++
			} else if isCloseBracket(words[i]) {
				depth--
				if depth == 0 {
					i++
					break
				}
			}
		}
		if depth != 0 {
			return
		}
		for i < s1 && infos[i].flags&fNoLetter != 0 {
			i++
		}
	}
	if i < s1 {
		infos[i].flags |= fFirst
	}
}

func isOpenBracket(w string) bool  { return w == "(" || w == "[" || w == "{" }
func isCloseBracket(w string) bool { return w == ")" || w == "]" || w == "}" }

// pass1Info is what the second pass knows of the first.
type pass1Info struct {
	labels []uint8    // pass-1 label per token
	agg    [][6]int32 // tokInfo.word -> count of pass-1 labels by type (index 4: O; 5: last word of a person's full name)
}

// staticFeatures appends the features that depend only on the word
// itself (form, shape, length, affixes, clusters): the part of a token's
// score a Model caches per word type.
func staticFeatures(buf []uint64, w string, ti *tokInfo) []uint64 {
	buf = append(buf,
		mix(tWord, ti.hw, 0),
		mix(tLower, ti.hl, 0),
	)
	buf = shapeFeatures(buf, w, ti)
	// Affixes: prefixes keep case, suffixes are lower-cased.
	n := 0
	for j := range w {
		if j > 0 {
			n++
			buf = append(buf, mix(tPrefix, hstr(fnvOffset, w[:j]), 0))
			if n == 4 {
				break
			}
		}
	}
	n = 0
	for j := len(w); j > 0 && n < 4; {
		_, sz := utf8.DecodeLastRuneInString(w[:j])
		j -= sz
		if j == 0 {
			break
		}
		n++
		buf = append(buf, mix(tSuffix, hlower(fnvOffset, w[j:], false), 0))
	}
	for k, c := range ti.cluster {
		if c != 0 {
			buf = append(buf, mix(tCluster, uint64(k), c))
		}
	}
	return buf
}

// shapeFeatures appends the static features that do not name the word:
// its shapes and length.
func shapeFeatures(buf []uint64, w string, ti *tokInfo) []uint64 {
	return append(buf,
		mix(tShape, ti.shape, 0),
		mix(tShapeLong, ti.shapeLong, 0),
		mix(tLen, uint64(min(utf8.RuneCountInString(w), 12)), 0),
	)
}

// Feature groups extract leaves out when the tagger adds their summed
// weights from its role table (roles.go) instead.
const (
	skipBias  uint8 = 1 << iota // tBias, tFlags
	skipPrev                    // tSuffixPrev, tLowerPrev, tShapePrev, tClusterPrev
	skipNext                    // tLowerNext, tShapeNext, tClusterNext
	skipPrev2                   // tLowerPrev2
	skipNext2                   // tLowerNext2
)

// extract appends the feature keys of token i of the sentence [s0, s1),
// with the word's static features when static is set, less the groups in
// skip.
func (m *Model) extract(buf []uint64, words []string, infos []tokInfo, s0, s1, i int, p1 *pass1Info, static bool, skip uint8) []uint64 {
	ti := &infos[i]
	switch {
	case ti.anon:
		buf = shapeFeatures(buf, words[i], ti)
	case static:
		buf = staticFeatures(buf, words[i], ti)
	}
	if skip&skipBias == 0 {
		buf = append(buf,
			mix(tBias, 0, 0),
			mix(tFlags, uint64(ti.flags), 0),
		)
	}
	prev, next, prev2, next2 := hBOS, hEOS, hBOS, hEOS
	sprev, snext := hBOS, hEOS
	var cprev, cnext uint64
	if i-1 >= s0 {
		prev, sprev, cprev = infos[i-1].hl, infos[i-1].shape, infos[i-1].cluster[1]
		if skip&skipPrev == 0 {
			buf = append(buf, mix(tSuffixPrev, suffix3(words[i-1]), 0))
		}
	}
	if i-2 >= s0 {
		prev2 = infos[i-2].hl
	}
	if i+1 < s1 {
		next, snext, cnext = infos[i+1].hl, infos[i+1].shape, infos[i+1].cluster[1]
	}
	if i+2 < s1 {
		next2 = infos[i+2].hl
	}
	if i+1 < s1 && ti.flags&fInitCap != 0 && infos[i+1].flags&fHasDigit != 0 {
		// "Category 5" in prose; "Somerset 19" in a results table.
		prose := uint64(0)
		if ti.prose {
			prose = 1
		}
		buf = append(buf, mix(tCapNumber, prose, uint64(ti.flags&fFirst)))
	}
	if skip == 0 {
		buf = append(buf,
			mix(tLowerPrev, prev, 0),
			mix(tLowerNext, next, 0),
			mix(tLowerPrev2, prev2, 0),
			mix(tLowerNext2, next2, 0),
			mix(tShapePrev, sprev, 0),
			mix(tShapeNext, snext, 0),
		)
	} else {
		if skip&skipPrev == 0 {
			buf = append(buf, mix(tLowerPrev, prev, 0), mix(tShapePrev, sprev, 0))
		}
		if skip&skipNext == 0 {
			buf = append(buf, mix(tLowerNext, next, 0), mix(tShapeNext, snext, 0))
		}
		if skip&skipPrev2 == 0 {
			buf = append(buf, mix(tLowerPrev2, prev2, 0))
		}
		if skip&skipNext2 == 0 {
			buf = append(buf, mix(tLowerNext2, next2, 0))
		}
	}
	buf = append(buf,
		mix(tShapePair, sprev, ti.shape),
		mix(tShapePairNext, ti.shape, snext),
	)
	if !ti.anon {
		buf = append(buf, mix(tBigramPrev, prev, ti.hl), mix(tBigramNext, ti.hl, next))
	}
	if ti.flags&fFirst != 0 && !ti.anon {
		// An all-caps first word of a mixed-case sentence is an acronym
		// ("WHO warns ..."), not the capitalized word ("Who ...").
		acronym := uint64(0)
		if ti.flags&(fAllCaps|fCapsSentence) == fAllCaps {
			acronym = 1
		}
		buf = append(buf, mix(tPrefixFirst, ti.hl, acronym))
	}
	for g := range ti.ngaz {
		gm := ti.gaz[g]
		buf = append(buf, mix(tGaz, uint64(gm.kind), uint64(gm.pos)))
	}
	if i-1 >= s0 {
		for g := range infos[i-1].ngaz {
			gm := infos[i-1].gaz[g]
			buf = append(buf, mix(tGazPrev, uint64(gm.kind), uint64(gm.pos)))
		}
	}
	if i+1 < s1 {
		for g := range infos[i+1].ngaz {
			gm := infos[i+1].gaz[g]
			buf = append(buf, mix(tGazNext, uint64(gm.kind), uint64(gm.pos)))
		}
	}
	if cprev != 0 && skip&skipPrev == 0 {
		buf = append(buf, mix(tClusterPrev, cprev, 0))
	}
	if cnext != 0 && skip&skipNext == 0 {
		buf = append(buf, mix(tClusterNext, cnext, 0))
	}
	// Document-level casing evidence.
	if ti.flags&(fInitCap|fAllCaps) != 0 {
		lowerSeen, capSeen := uint64(ti.docSeen>>1), uint64(ti.docSeen&1)
		ctx := uint64(ti.flags & (fFirst | fCapsSentence | fAllCaps))
		buf = append(buf,
			mix(tDocLowerSeen, lowerSeen, ctx),
			mix(tDocCapSeen, capSeen, ctx),
			mix(tDocCase, lowerSeen<<1|capSeen, ti.shape),
		)
	}
	if p1 != nil {
		buf = m.extractPass2(buf, infos, s0, s1, i, p1, false)
	}
	return buf
}

// suffix3 is the hash of the last three letters of w (lower-cased), or of
// all of it when shorter: the suffix of the word before a token.
func suffix3(w string) uint64 {
	_, sz := utf8.DecodeLastRuneInString(w)
	j := len(w) - sz
	for k := 0; k < 2 && j > 0; k++ {
		_, sz = utf8.DecodeLastRuneInString(w[:j])
		j -= sz
	}
	return hlower(fnvOffset, w[j:], false)
}

// extractPass2 appends the second pass's features of token i of the
// sentence [s0, s1), less tPass1, tPass1Prev and tPass1Next when
// skipLabels is set (see roleTable.labelRow).
func (m *Model) extractPass2(buf []uint64, infos []tokInfo, s0, s1, i int, p1 *pass1Info, skipLabels bool) []uint64 {
	ti := &infos[i]
	lp, ln := uint64(numLabels), uint64(numLabels+1)
	if i-1 >= s0 {
		lp = uint64(p1.labels[i-1])
	}
	if i+1 < s1 {
		ln = uint64(p1.labels[i+1])
	}
	own := uint64(p1.labels[i])
	if skipLabels {
		buf = append(buf, mix(tPass1PrevWord, lp, ti.hl))
	} else {
		buf = append(buf,
			mix(tPass1, own, 0),
			mix(tPass1Prev, lp, own),
			mix(tPass1Next, own, ln),
			mix(tPass1PrevWord, lp, ti.hl),
		)
	}
	if ti.flags&(fInitCap|fAllCaps) == 0 {
		return buf
	}
	counts := p1.agg[ti.word]
	// News introduces a person by full name before using the surname alone.
	buf = append(buf, mix(tPerIntro, uint64(min(counts[5], 1)), own))
	best, bestN, ents := -1, int32(0), int32(0)
	for t := range 4 {
		if counts[t] > 0 {
			buf = append(buf, mix(tAggType, uint64(t), 0))
			ents += counts[t]
			if counts[t] > bestN {
				best, bestN = t, counts[t]
			}
		}
	}
	if best >= 0 {
		ratio := uint64(0)
		if ents*2 >= ents+counts[4] {
			ratio = 1
		}
		buf = append(buf, mix(tAggMajor, uint64(best), ratio))
	}
	return buf
}

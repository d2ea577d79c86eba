package entities

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsnlp/newsnlp/nlp"
)

// piece is one word of a mention: a token when the mention's tokens agree
// with its span, else a whitespace-separated field of the mention text.
// Start and End are byte offsets into the text the piece was cut from.
type piece struct {
	text       string
	start, end int
}

// name is what the resolver knows of one mention's name.
type name struct {
	// display is the name as written, without titles, possessive or
	// surrounding punctuation, whitespace collapsed ("Emmanuel Macron").
	display string
	// words are the normalized words of display (lowercase, periods
	// removed, possessive and corporate suffixes dropped); key joins them.
	words []string
	key   string
	// acronym is true for a single all-capitals word ("NATO", "U.S.").
	acronym bool
	// first and end delimit the name's pieces among the mention's pieces.
	first, end int
}

// mentionPieces appends the pieces of mention m to ps (usually ps[:0] of
// a scratch slice) and reports whether they are d's tokens (so that
// trimming them keeps FirstToken/EndToken meaningful).
func mentionPieces(ps []piece, d *nlp.Doc, m *nlp.Mention) ([]piece, bool) {
	if m.Span.Valid(len(d.Text)) && 0 <= m.FirstToken && m.FirstToken < m.EndToken && m.EndToken <= len(d.Tokens) {
		toks := d.Tokens[m.FirstToken:m.EndToken]
		ok := toks[0].Start == m.Start && toks[len(toks)-1].End == m.End
		for i := range toks {
			t := &toks[i]
			ok = ok && t.Valid(len(d.Text)) && t.Start >= m.Start && t.End <= m.End &&
				(i == 0 || t.Start >= toks[i-1].End)
		}
		if ok {
			for i := range toks {
				ps = append(ps, piece{d.Text[toks[i].Start:toks[i].End], toks[i].Start, toks[i].End})
			}
			return ps, true
		}
	}
	text, base := m.Text, 0
	if m.Span.Valid(len(d.Text)) {
		text, base = d.Text[m.Start:m.End], m.Start
	}
	return appendFields(ps, text, base), false
}

// fields splits s at white space into pieces offset by base.
func fields(s string, base int) []piece { return appendFields(nil, s, base) }

// appendFields appends the white-space-separated pieces of s, offset by
// base, to ps.
func appendFields(ps []piece, s string, base int) []piece {
	start := -1
	for i, r := range s {
		if unicode.IsSpace(r) {
			if start >= 0 {
				ps = append(ps, piece{s[start:i], base + start, base + i})
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		ps = append(ps, piece{s[start:], base + start, base + len(s)})
	}
	return ps
}

// analyze finds the name inside a mention's pieces. text is the string the
// pieces' offsets refer to.
func (lx *lexicon) analyze(text string, ps []piece, label nlp.Label) name {
	n := lx.locate(text, ps, label)
	n.words, n.key, _ = normalizeKey(nil, n.display)
	return n
}

// locate is analyze without the name's words and key.
func (lx *lexicon) locate(text string, ps []piece, label nlp.Label) name {
	n := name{first: 0, end: len(ps)}
	first, end := 0, len(ps)
	for end > first && (isPunct(ps[end-1].text) || isPossessive(ps[end-1].text)) {
		end--
	}
	for first < end && isPunct(ps[first].text) {
		first++
	}
	if end-first >= 2 && strings.EqualFold(ps[first].text, "the") {
		first++
	}
	if label == nlp.Person {
		first += lx.afterTitle(ps[first:end])
	}
	if first < end {
		n.first, n.end = first, end
	}
	if n.first < n.end && ps[n.first].start >= 0 && ps[n.end-1].end <= len(text) && ps[n.first].start <= ps[n.end-1].end {
		n.display = cleanDisplay(text[ps[n.first].start:ps[n.end-1].end])
	}
	if n.display == "" {
		var b []string
		for _, p := range ps {
			b = append(b, p.text)
		}
		n.display = cleanDisplay(strings.Join(b, " "))
	}
	n.acronym = isAcronym(n.display)
	return n
}

// afterTitle returns the index of the first name piece after the last
// title in ps ("NATO Secretary-General Mark Rutte" -> 2 or 4 depending on
// how the hyphen was tokenized), or 0 when ps holds no title followed by a
// capitalized name.
func (lx *lexicon) afterTitle(ps []piece) int {
	for p := len(ps) - 2; p >= 0; p-- {
		if !lx.isTitle(ps[p].text) {
			continue
		}
		q := p + 1
		// Punctuation and a hyphenated lowercase part: "President-elect".
		for q < len(ps) && (isPunct(ps[q].text) || ps[q-1].text == "-" && !startsUpper(ps[q].text)) {
			q++
		}
		// "Secretary of State", "Minister for Foreign Affairs".
		if q < len(ps) && (strings.EqualFold(ps[q].text, "of") || strings.EqualFold(ps[q].text, "for")) {
			r := q + 1
			for r < len(ps) && folded(portfolio, ps[r].text) {
				r++
			}
			if r > q+1 {
				q = r
			}
		}
		for q < len(ps) && isPunct(ps[q].text) {
			q++
		}
		if q < len(ps) && startsUpper(ps[q].text) && !onlySuffixes(ps[q:]) {
			return q
		}
		return 0
	}
	return 0
}

// isTitle reports whether word (or a part of a hyphenated word, as in
// "Secretary-General" or "ex-President") is a title.
func (lx *lexicon) isTitle(word string) bool {
	var arr [64]byte
	w := appendFold(arr[:0], word)
	if len(w) == 0 {
		return false
	}
	if lx.titles[string(w)] {
		return true
	}
	if bytes.IndexByte(w, '-') < 0 {
		return false
	}
	for rest := w; ; { // not bytes.SplitSeq, which would move arr to the heap
		part, after, found := bytes.Cut(rest, []byte("-"))
		if lx.titles[string(part)] {
			return true
		}
		if !found {
			return false
		}
		rest = after
	}
}

// folded reports whether set holds foldWord(w), without allocating when w
// is ASCII and short.
func folded(set map[string]bool, w string) bool {
	var arr [64]byte
	return set[string(appendFold(arr[:0], w))]
}

// portfolio words continue a title after "of" or "for".
var portfolio = map[string]bool{
	"state": true, "defense": true, "defence": true, "foreign": true, "affairs": true,
	"health": true, "justice": true, "finance": true, "interior": true, "homeland": true,
	"security": true, "education": true, "energy": true, "labor": true, "labour": true,
	"commerce": true, "treasury": true, "agriculture": true, "transportation": true,
	"transport": true, "the": true, "and": true, "home": true, "trade": true,
	"economy": true, "environment": true, "housing": true, "veterans": true, "war": true,
	"staff": true, "police": true, "army": true, "navy": true, "exchequer": true,
}

// nameSuffixes may end a name but are not a name on their own.
var nameSuffixes = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true}

// corporate suffixes are dropped from the end of a key of two words or more,
// so that "Apple Inc." and "Apple" share a key.
var corporate = map[string]bool{
	"inc": true, "corp": true, "co": true, "ltd": true, "llc": true, "plc": true,
	"ag": true, "sa": true, "gmbh": true, "incorporated": true, "corporation": true, "limited": true,
}

// acronymStop words are skipped by one of the initials variants
// ("Federal Bureau of Investigation" -> FBI).
var acronymStop = map[string]bool{"of": true, "the": true, "and": true, "for": true, "&": true, "on": true, "in": true, "de": true}

func onlySuffixes(ps []piece) bool {
	for _, p := range ps {
		if !isPunct(p.text) && !folded(nameSuffixes, p.text) {
			return false
		}
	}
	return true
}

// foldWord lowercases w, unifies apostrophes and removes periods.
func foldWord(w string) string {
	w = strings.ToLower(w)
	w = strings.ReplaceAll(w, "’", "'")
	return strings.ReplaceAll(w, ".", "")
}

// normalizeName splits a display name into its normalized words.
func normalizeName(display string) []string {
	words, _, _ := normalizeKey(nil, display)
	return words
}

// normalizeKey returns the normalized words of a display name and their
// key, the words joined by spaces. The words are substrings of the key,
// appended to arena (returned, grown) and sliced from it with their
// capacity capped, so that a name costs one allocation for its key and
// none when it has no words.
func normalizeKey(arena []string, display string) (words []string, key string, _ []string) {
	var bufArr [128]byte
	var endsArr [16]int
	buf, ends := appendKey(bufArr[:0], endsArr[:0], display)
	if len(ends) == 0 {
		return nil, "", arena
	}
	key = string(buf)
	words, arena = splitKey(arena, key, 0, ends)
	return words, key, arena
}

// appendKey appends the key of a display name (its normalized words
// joined by spaces) to buf, and the end of each of its words in buf to
// ends.
func appendKey(buf []byte, ends []int, display string) ([]byte, []int) {
	base, firstEnd := len(buf), len(ends)
	for f := range strings.FieldsSeq(display) {
		start := len(buf)
		if start > base {
			buf = append(buf, ' ')
		}
		w := len(buf)
		buf = appendFoldTrim(buf, stripPossessive(f))
		if len(buf) == w {
			buf = buf[:start]
			continue
		}
		ends = append(ends, len(buf))
	}
	if mine := ends[firstEnd:]; len(mine) >= 2 && string(buf[base:mine[0]]) == "the" {
		cut := mine[0] + 1 - base
		buf = append(buf[:base], buf[mine[0]+1:]...)
		for k := range mine[1:] {
			mine[k] = mine[k+1] - cut
		}
		ends = ends[:len(ends)-1]
	}
	if mine := ends[firstEnd:]; len(mine) >= 2 && corporate[string(buf[mine[len(mine)-2]+1:mine[len(mine)-1]])] {
		buf = buf[:mine[len(mine)-2]]
		ends = ends[:len(ends)-1]
	}
	return buf, ends
}

// splitKey appends to arena the words of the key in s that starts at from
// and whose words end at ends, and returns them, sliced from arena with
// their capacity capped, and arena.
func splitKey(arena []string, s string, from int, ends []int) (words, _ []string) {
	first := len(arena)
	for _, e := range ends {
		arena = append(arena, s[from:e])
		from = e + 1
	}
	return arena[first:len(arena):len(arena)], arena
}

// appendFold appends foldWord(w) to buf, without allocating when w is
// ASCII.
func appendFold(buf []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return append(buf, foldWord(w)...)
		}
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c == '.':
			continue
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

// appendFoldTrim appends strings.TrimFunc(foldWord(w), notAlnum) to buf,
// without allocating when w is ASCII.
func appendFoldTrim(buf []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return append(buf, strings.TrimFunc(foldWord(w), notAlnum)...)
		}
	}
	start := len(buf)
	buf = appendFold(buf, w)
	word := buf[start:]
	first, end := 0, len(word)
	for first < end && !isAlnumASCII(word[first]) {
		first++
	}
	for end > first && !isAlnumASCII(word[end-1]) {
		end--
	}
	n := copy(word, word[first:end])
	return buf[:start+n]
}

func isAlnumASCII(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// cleanDisplay collapses white space in s and removes a possessive and
// punctuation around it, keeping a final period ("Jr.", "U.S.").
func cleanDisplay(s string) string {
	s = strings.TrimLeftFunc(s, notAlnum)
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return r != '.' && (unicode.IsPunct(r) || unicode.IsSymbol(r) || unicode.IsSpace(r))
	})
	s = strings.TrimRightFunc(stripPossessive(s), func(r rune) bool {
		return r != '.' && (unicode.IsPunct(r) || unicode.IsSymbol(r) || unicode.IsSpace(r))
	})
	return collapseSpace(s)
}

// collapseSpace returns strings.Join(strings.Fields(s), " "), and s itself
// when that is equal to s.
func collapseSpace(s string) string {
	prevSpace := true
	for _, r := range s {
		space := unicode.IsSpace(r)
		if space && (r != ' ' || prevSpace) {
			return strings.Join(strings.Fields(s), " ")
		}
		prevSpace = space
	}
	if prevSpace && s != "" {
		return strings.Join(strings.Fields(s), " ")
	}
	return s
}

func notAlnum(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// stripPossessive removes a final "'s" or "’s" (and the bare apostrophe of
// "Jones’") from s.
func stripPossessive(s string) string {
	if len(s) < 3 {
		return s // no suffix fits with a letter before it
	}
	switch s[len(s)-1] {
	case 's', 'S', '\'', 0x99: // the last bytes of the suffixes (’ is E2 80 99)
	default:
		return s
	}
	return trimPossessive(s)
}

// trimPossessive is stripPossessive without its shortcut for words that
// cannot end in a suffix: it tries each suffix.
func trimPossessive(s string) string {
	for _, suf := range []string{"'s", "’s", "'S", "’S"} {
		if len(s) > len(suf) && strings.HasSuffix(s, suf) {
			return s[:len(s)-len(suf)]
		}
	}
	for _, suf := range []string{"s'", "s’"} {
		if len(s) > len(suf) && strings.HasSuffix(s, suf) {
			return s[:len(s)-len(suf)+1]
		}
	}
	return s
}

func isPossessive(s string) bool {
	switch s {
	case "'s", "’s", "'S", "’S", "'", "’":
		return true
	}
	return false
}

// isPunct reports whether s has no letter or digit.
func isPunct(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// isAcronym reports whether s is one word of 2 to 10 capital letters,
// periods allowed between them ("NATO", "U.S.", "U.N.").
func isAcronym(s string) bool {
	n := 0
	for _, r := range s {
		switch {
		case r == '.':
		case unicode.IsUpper(r):
			n++
		default:
			return false
		}
	}
	return n >= 2 && n <= 10
}

// initials returns the acronyms a multi-word name may be abbreviated to:
// first letters of every word, and of every word but stop words, each with
// hyphenated words taken whole or split ("Anti-Defamation League" -> al, adl).
func initials(words []string) []string {
	if len(words) < 2 {
		return nil
	}
	var out []string
	var buf []byte
	for v := range initialsVariants {
		if buf = appendInitials(buf[:0], words, v); utf8.RuneCount(buf) >= 2 {
			out = append(out, string(buf))
		}
	}
	return out
}

// initialsVariants is the number of ways appendInitials abbreviates a name.
const initialsVariants = 4

// appendInitials appends to buf the initials of words in variant v of
// initials (0 to initialsVariants-1): bit 1 skips stop words, bit 0 splits
// hyphenated words.
func appendInitials(buf []byte, words []string, v int) []byte {
	skipStop, splitHyphen := v&2 != 0, v&1 != 0
	for _, w := range words {
		if skipStop && acronymStop[w] {
			continue
		}
		if !splitHyphen {
			buf = appendInitial(buf, w)
			continue
		}
		for p := range strings.SplitSeq(w, "-") {
			buf = appendInitial(buf, p)
		}
	}
	return buf
}

// appendInitial appends the first rune of w to buf if it is a letter.
func appendInitial(buf []byte, w string) []byte {
	if r, _ := utf8.DecodeRuneInString(w); r != utf8.RuneError && unicode.IsLetter(r) {
		buf = utf8.AppendRune(buf, r)
	}
	return buf
}

// isSubsequence reports whether short is a proper subsequence of long:
// fewer words, in the same order ("rutte" in "mark rutte", "donald trump"
// in "donald j trump").
func isSubsequence(short, long []string) bool {
	if len(short) == 0 || len(short) >= len(long) {
		return false
	}
	i := 0
	for _, w := range long {
		if i < len(short) && short[i] == w {
			i++
		}
	}
	return i == len(short)
}

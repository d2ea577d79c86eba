package quotes

import "strings"

// attribution is what the sieve found for one quoted segment, in token
// indices of its paragraph (or byte spans when inherited from elsewhere).
type attribution struct {
	found      bool
	spkS, spkE int // speaker byte span
	cueS, cueE int // cue byte span, -1 if none
	cue        string
	rule       rule
}

// cueAt reports whether toks[i] starts a cue and returns the index past it.
func cueAt(text string, toks []tok, i int) (end int, ok bool) {
	t := toks[i]
	if t.kind != tWord || !cueVerbs[t.lower] || nounUse(toks, i) {
		return 0, false
	}
	switch t.lower {
	case "according":
		if i+1 < len(toks) && toks[i+1].lower == "to" {
			return i + 2, true
		}
		return 0, false
	case "went":
		if i+1 < len(toks) && toks[i+1].lower == "on" {
			return i + 2, true
		}
		return 0, false
	case "pointed":
		if i+1 < len(toks) && toks[i+1].lower == "out" {
			return i + 2, true
		}
		return 0, false
	case "written":
		// "she had written": a perfect; not "a biography written by".
		if i > 0 && (toks[i-1].lower == "had" || toks[i-1].lower == "has" || toks[i-1].lower == "have") {
			return i + 1, true
		}
		return 0, false
	case "put", "puts":
		if i+1 < len(toks) && toks[i+1].lower == "it" {
			return i + 2, true
		}
		return 0, false
	case "read", "reads", "shot", "began", "begins", "referred", "refers", "referring":
		// Weak cues: only with a colon or comma right after ("the sign read:").
		if i+1 == len(toks) || toks[i+1].lower == ":" || toks[i+1].lower == "," || toks[i+1].lower == "back" || isSentenceEnd(toks[i+1]) {
			return i + 1, true
		}
		// "referred to", "began to chant"; not "began to pick up".
		if toks[i+1].lower == "to" && (strings.HasPrefix(t.lower, "refer") || i+2 < len(toks) && speechVerbs[toks[i+2].lower]) {
			return i + 1, true
		}
		return 0, false
	}
	return i + 1, true
}

// speechVerbs are the base forms of verbs of speech a weak cue may govern:
// "began to chant".
var speechVerbs = setOf("say", "chant", "shout", "sing", "yell", "scream", "cry", "tell", "ask", "read", "write", "speak", "talk")

// nounUse reports whether the cue word toks[i] is a noun or part of a
// name here: "the United States", "his remarks", "Trump's claims".
func nounUse(toks []tok, i int) bool {
	// "“…,” Read said": a capitalized cue word before a cue is a name.
	if t := toks[i]; t.upper && i > 0 && i+1 < len(toks) && toks[i+1].kind == tWord && !toks[i+1].upper && cueVerbs[toks[i+1].lower] {
		return true
	}
	if i == 0 || toks[i-1].kind != tWord {
		return false
	}
	prev := toks[i-1]
	if toks[i].upper && prev.upper {
		return true
	}
	if !nounCues[toks[i].lower] {
		return false
	}
	return determiners[prev.lower] || possessiveDeterminers[prev.lower] || quantifiers[prev.lower] ||
		strings.HasSuffix(prev.lower, "'s") && !pronouns[strings.TrimSuffix(prev.lower, "'s")]
}

// nounCues are the cue verbs that are plural nouns too: "his remarks".
var nounCues = setOf("states", "remarks", "claims", "calls", "charges", "notes", "reports", "quotes",
	"answers", "promises", "vows", "jokes", "quips", "demands", "tweets", "pledges", "laments",
	"estimates", "hints", "echoes", "counters", "objects", "reads", "writes", "cites", "admits")

// quantifiers before a plural make it a noun: "a few hints".
var quantifiers = setOf("few", "several", "many", "some", "more", "numerous", "various", "multiple", "two", "three")

// possessiveDeterminers: "her claims".
var possessiveDeterminers = setOf("my", "your", "our", "these", "those", "this", "that's", "whose")

// subjectBefore finds the noun phrase that is the subject of the cue at
// toks[c], looking back no further than lo. It returns token indices
// [s, e) of the phrase.
func subjectBefore(toks []tok, c, lo int) (s, e int, ok bool) {
	i := c - 1
	// Skip auxiliaries and adverbs: "Trump has also said".
	for i >= lo && toks[i].kind == tWord && (cueFillers[toks[i].lower] || isAdverb(toks[i])) && !pronouns[toks[i].lower] && !modalName(toks, i) {
		i--
	}
	// "The State Department less than two weeks ago said": a time phrase.
	if i > lo && toks[i].lower == "ago" {
		j := i - 1
		for j > lo && i-j <= 5 && toks[j].kind == tWord && (timeWords[toks[j].lower] || isNumber(toks[j])) {
			j--
		}
		if j < i-1 {
			i = j
			for i >= lo && toks[i].kind == tWord && (cueFillers[toks[i].lower] || isAdverb(toks[i])) && !pronouns[toks[i].lower] {
				i--
			}
		}
	}
	if i < lo {
		return 0, 0, false
	}
	// "I laughed and said": the subject of the first of two verbs.
	if toks[i].lower == "and" && i-1 > lo && toks[i-1].kind == tWord && !toks[i-1].upper && pastVerb(toks[i-1].lower) {
		return subjectBefore(toks, i-1, lo)
	}
	// "He's claiming that …": a pronoun contracted with its auxiliary.
	if p, _, ok := strings.Cut(toks[i].lower, "'"); ok && pronouns[p] && toks[i].kind == tWord {
		return i, i + 1, true
	}
	if toks[i].kind == tPunct && (toks[i].lower == "," || toks[i].lower == "\u2014" || toks[i].lower == ")") {
		return subjectBeforeApposition(toks, i, lo)
	}
	// "who in 2010 said": skip a year or a date.
	if i-1 >= lo && isNumber(toks[i]) && (toks[i-1].lower == "in" || toks[i-1].lower == "since") {
		i -= 2
	}
	s, e, ok = npEndingAt(toks, i, lo)
	return climbPrepositions(toks, s, e, ok, lo)
}

// climbPrepositions returns the phrase a preposition before the noun
// phrase toks[s:e] hangs on: "The family's statement on the death read:"
// has the statement as subject, not the death. "three days after Trump
// told": after and before open a clause.
func climbPrepositions(toks []tok, s, e int, ok bool, lo int) (int, int, bool) {
	for n := 0; ok && n < 2 && s-2 >= lo && prepositions[toks[s-1].lower] && toks[s-2].kind == tWord; n++ {
		if toks[s-1].lower == "after" || toks[s-1].lower == "before" {
			break
		}
		// "who has in the past described": the phrase is adverbial.
		j := s - 2
		for j > lo && cueFillers[toks[j].lower] && !pronouns[toks[j].lower] && toks[j-1].kind == tWord {
			j--
		}
		s2, e2, ok2 := npEndingAt(toks, j, lo)
		if !ok2 || pronouns[toks[s2].lower] && s2 != e2-1 {
			break
		}
		s, e = s2, e2
	}
	return s, e, ok
}

// subjectBeforeApposition returns the subject before an apposition or
// relative clause that toks[i] (a comma, dash or bracket) closes: "Rutte,
// who …, said". It finds the opening comma and takes the phrase before
// it, stepping back over a chain of appositions: an age, a hometown and
// its state ("Harry Bond, 30, of Raleigh, N.C., who was among those
// polled, said"; "Clinton, during a town hall meeting in Columbus, Ohio,
// said").
func subjectBeforeApposition(toks []tok, i, lo int) (s, e int, ok bool) {
	afterState := false
	for {
		closer := toks[i].lower
		opener := closer
		if closer == ")" {
			opener = "("
		}
		j := i - 1
		for j >= lo && !(toks[j].kind == tPunct && toks[j].lower == opener) {
			if toks[j].kind == tQuote || isSentenceEnd(toks[j]) {
				return 0, 0, false
			}
			j--
		}
		if afterState && (j < lo || j+1 < i && openingConjunctions[toks[j+1].lower]) {
			// "a woman in Worcester, Massachusetts, told"; "…, and Sen.
			// Ruiz of Sacramento, Calif., said".
			from := max(lo, j+2)
			s, e, ok := npEndingAt(toks, i-1, from)
			return climbPrepositions(toks, s, e, ok, from)
		}
		if j < lo {
			return 0, 0, false
		}
		// "The manager, David Clay, called": a name between the commas
		// is the speaker rather than the description before it.
		afterState = false
		if closer == "," && statePiece(toks, j, i, lo) {
			i, afterState = j, true
			continue
		}
		if closer == "," && i-j-1 >= 1 && i-j-1 <= 4 && allCapitalized(toks[j+1:i]) {
			return j + 1, i, true
		}
		// "…, Gov. John Kasich (R-OH), said": a name and its party.
		if e := skipBracket(toks, i-1, j+1) + 1; closer == "," && e < i && e-j-1 >= 1 && e-j-1 <= 4 && allCapitalized(toks[j+1:e]) {
			return j + 1, e, true
		}
		if toks[j].lower == "," && appositionPiece(toks, j, lo) {
			i = j
			continue
		}
		return npEndingAt(toks, skipBracket(toks, j-1, lo), lo)
	}
}

// commaBefore returns the index of the comma opening the piece that the
// comma at toks[j] closes, or lo-1 when the sentence has none.
func commaBefore(toks []tok, j, lo int) int {
	for p := j - 1; p >= lo; p-- {
		if toks[p].kind == tQuote || isSentenceEnd(toks[p]) {
			return lo - 1
		}
		if toks[p].lower == "," {
			return p
		}
	}
	return lo - 1
}

// appositionPiece reports whether the words between the comma before
// toks[j] and toks[j] are an age ("30"), a hometown ("of Raleigh") or the
// state of the town before it ("N.C."), which follow the speaker's name
// in an apposition chain.
func appositionPiece(toks []tok, j, lo int) bool {
	p := commaBefore(toks, j, lo)
	if p < lo {
		return false
	}
	return j-p == 2 && isNumber(toks[p+1]) || placePiece(toks, p, j) || statePiece(toks, p, j, lo)
}

// placePiece reports whether toks[p+1:j] is "of/in/from" and a place
// name: "of Raleigh", "from New York".
func placePiece(toks []tok, p, j int) bool {
	if j-p < 3 || j-p > 6 || !placePrepositions[toks[p+1].lower] {
		return false
	}
	return allCapitalized(toks[p+2 : j])
}

var placePrepositions = setOf("of", "in", "from", "near")

// states are the names of the US states and D.C., in full, in AP style
// and as postal codes, lower-cased without periods.
var states = setOf(
	"alabama", "ala", "al", "alaska", "ak", "arizona", "ariz", "az", "arkansas", "ark", "ar",
	"california", "calif", "ca", "colorado", "colo", "co", "connecticut", "conn", "ct",
	"delaware", "del", "de", "florida", "fla", "fl", "georgia", "ga", "hawaii", "hi", "idaho", "id",
	"illinois", "ill", "il", "indiana", "ind", "in", "iowa", "ia", "kansas", "kan", "ks",
	"kentucky", "ky", "louisiana", "la", "maine", "me", "maryland", "md", "massachusetts", "mass", "ma",
	"michigan", "mich", "mi", "minnesota", "minn", "mn", "mississippi", "miss", "ms",
	"missouri", "mo", "montana", "mont", "mt", "nebraska", "neb", "ne", "nevada", "nev", "nv",
	"new hampshire", "nh", "new jersey", "nj", "new mexico", "nm", "new york", "ny",
	"north carolina", "nc", "north dakota", "nd", "ohio", "oh", "oklahoma", "okla", "ok",
	"oregon", "ore", "or", "pennsylvania", "pa", "rhode island", "ri", "south carolina", "sc",
	"south dakota", "sd", "tennessee", "tenn", "tn", "texas", "tex", "tx", "utah", "ut",
	"vermont", "vt", "virginia", "va", "washington", "wash", "wa", "west virginia", "wva", "wv",
	"wisconsin", "wis", "wi", "wyoming", "wyo", "wy", "dc",
)

// statePiece reports whether toks[p+1:j], one or two capitalized words
// (abbreviated or not), is the state of a town named right before the
// comma at toks[p]: "Flint, Mich.", "Columbus, Ohio" after "in Columbus".
func statePiece(toks []tok, p, j, lo int) bool {
	if j-p < 2 || j-p > 3 || p-1 < lo || !allCapitalized(toks[p+1:j]) {
		return false
	}
	if !stateAt(toks, p+1, j) {
		return false
	}
	// The town: capitalized words after a place preposition.
	k := p - 1
	for k >= lo && p-k <= 4 && toks[k].kind == tWord && toks[k].upper {
		k--
	}
	return k < p-1 && k >= lo && (placePrepositions[toks[k].lower] || toks[k].lower == "at")
}

// timeWords make up a time phrase ending in "ago": "less than two weeks".
var timeWords = setOf("a", "an", "few", "several", "less", "more", "than", "about", "nearly", "just", "only",
	"some", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months",
	"year", "years", "decade", "decades", "one", "two", "three", "four", "five", "six", "seven", "eight",
	"nine", "ten", "couple", "of")

// prepositions that put a noun phrase out of subject position.
var prepositions = setOf("on", "in", "about", "at", "from", "with", "over", "during", "after", "before", "against", "into", "through")

// modalName reports whether a capitalized "May" or "Will" at toks[i] is a
// name, not a modal: after another capitalized word ("Theresa May said",
// "George Will wrote") or before a past tense ("“…,” Will wrote").
func modalName(toks []tok, i int) bool {
	t := toks[i]
	if t.kind != tWord || !t.upper || t.lower != "may" && t.lower != "will" {
		return false
	}
	if i > 0 && toks[i-1].kind == tWord && toks[i-1].upper {
		return true
	}
	// "“…,” Will wrote", "which Will claims": a finite verb after it (a
	// modal takes the bare form).
	return i+1 < len(toks) && toks[i+1].kind == tWord && (pastVerb(toks[i+1].lower) || cueVerbs[toks[i+1].lower] && strings.HasSuffix(toks[i+1].lower, "s"))
}

// npEndingAt walks back from toks[e] over the words of a noun phrase.
func npEndingAt(toks []tok, e, lo int) (int, int, bool) {
	if e < lo || toks[e].kind != tWord {
		return 0, 0, false
	}
	if pronouns[toks[e].lower] {
		return e, e + 1, true
	}
	if npStops[toks[e].lower] && !modalName(toks, e) || cueVerbs[toks[e].lower] && !nounUse(toks, e) {
		return 0, 0, false
	}
	s := e
	for s-1 >= lo && e-s < 10 {
		t := toks[s-1]
		if t.kind == tPunct && (t.lower == "-" || t.lower == "'" || t.lower == "\u2019" || t.lower == "&") {
			// A hyphen inside a word ("vice-president"), not a dash
			// between spaces ("speech -- complete with …").
			if t.lower == "-" && t.end != toks[s].start {
				break
			}
			s--
			continue
		}
		if t.kind != tWord || npStops[t.lower] && !modalName(toks, s-1) || cueVerbs[t.lower] && !nounUse(toks, s-1) || (pronouns[t.lower] && t.lower != "one") {
			break
		}
		s--
	}
	// Do not start with a bare preposition: "of the campaign"; a
	// preposition alone is no phrase ("“…” for saying").
	for s < e && (toks[s].lower == "of" || toks[s].lower == "for") {
		s++
	}
	if s == e && (toks[e].lower == "of" || toks[e].lower == "for") {
		return 0, 0, false
	}
	return s, e + 1, true
}

// subjectAfter finds an inverted subject after a cue ending at toks[c]:
// “…,” said Stephen Vladeck of the University of Texas.
func subjectAfter(toks []tok, c, hi int) (int, int, bool) {
	if c >= hi || toks[c].kind != tWord || afterCueNonSubjects[toks[c].lower] {
		return 0, 0, false
	}
	e := c
	for e < hi && e-c < 10 {
		t := toks[e]
		if t.kind == tPunct && (t.lower == "-" || t.lower == "&") {
			e++
			continue
		}
		if t.kind != tWord {
			break
		}
		if e > c && (npStops[t.lower] || t.lower == "who" || cueVerbs[t.lower]) {
			break
		}
		e++
	}
	return c, e, e > c
}

// subjectOfAccording finds X in "according to X".
func subjectOfAccording(toks []tok, c, hi int) (int, int, bool) {
	e := c
	for e < hi && e-c < 10 && toks[e].kind == tWord && (e == c || !npStops[toks[e].lower] || toks[e].lower == "of") {
		e++
	}
	return c, e, e > c
}

func isSentenceEnd(t tok) bool {
	if t.kind != tPunct {
		return false
	}
	switch t.lower[0] {
	case '.', '!', '?':
		return t.lower != "..."
	}
	return false
}

// isAdverb reports whether a word looks like a manner adverb: "routinely",
// "angrily". Lower-case words only, so that names ending in -ly stay.
func isAdverb(t tok) bool {
	return !t.upper && len(t.lower) > 4 && strings.HasSuffix(t.lower, "ly") && t.lower != "family" && t.lower != "rally"
}

// skipBracket steps back over a parenthetical ending at toks[e]:
// "Rep. Jim Jordan (R-Ohio), …" gives the index of "Jordan".
func skipBracket(toks []tok, e, lo int) int {
	if e < lo || toks[e].lower != ")" {
		return e
	}
	for j := e - 1; j >= lo && e-j < 12; j-- {
		if toks[j].lower == "(" {
			return j - 1
		}
	}
	return e
}

func isNumber(t tok) bool {
	if t.kind != tWord {
		return false
	}
	for i := 0; i < len(t.lower); i++ {
		if t.lower[i] < '0' || t.lower[i] > '9' {
			return false
		}
	}
	return true
}

// allCapitalized reports whether toks are all capitalized words.
func allCapitalized(toks []tok) bool {
	for _, t := range toks {
		if t.kind != tWord || !t.upper || cueFillers[t.lower] || npStops[t.lower] {
			return false
		}
	}
	return true
}

// passive reports whether the cue at toks[c] is a passive participle
// ("a fire was reported"), whose subject is not the speaker.
func passive(toks []tok, c int) bool {
	if c == 0 || !strings.HasSuffix(toks[c].lower, "ed") {
		return false
	}
	switch toks[c-1].lower {
	case "was", "were", "been", "being", "is", "are", "be":
		return true
	}
	return false
}

// subjectOrJoined is subjectBefore for a cue in the sentence toks[lo:…];
// a cue joined by "and" to the sentence's first verb shares its subject:
// "Quintanilla seemed taken aback and mentioned that …".
func subjectOrJoined(toks []tok, c, lo int) (int, int, bool) {
	if s, e, ok := subjectBefore(toks, c, lo); ok {
		return s, e, ok
	}
	i := c - 1
	for i > lo && toks[i].kind == tWord && (cueFillers[toks[i].lower] || isAdverb(toks[i])) {
		i--
	}
	if i <= lo || toks[i].lower != "and" {
		return 0, 0, false
	}
	if s, e, ok := sentenceSubject(toks, lo, i); ok && e < i && toks[e].kind == tWord && !toks[e].upper {
		return s, e, true
	}
	return 0, 0, false
}

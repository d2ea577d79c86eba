package quotes

import "strings"

// introWords open a sentence with a phrase that ends at the first comma
// ("At a rally in Portsmouth, N.H., on Tuesday, Sanders …").
var introWords = setOf(
	"in", "at", "on", "during", "after", "before", "when", "while", "as", "speaking", "asked",
	"since", "for", "with", "like", "unlike", "following", "despite", "although", "though",
	"because", "if", "once", "earlier", "later", "responding", "writing", "from", "amid", "amidst", "outside",
	"inside", "across", "throughout", "around", "among", "within", "near",
	"according", "under", "over", "by", "until", "addressing", "appearing", "nevertheless",
	"however", "meanwhile", "instead", "still", "indeed", "yet", "now", "then", "again", "also",
	"separately", "similarly", "moreover", "further", "furthermore", "finally", "first", "second",
	"here", "back", "today", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
)

// conjunctions that may open a sentence before its subject.
var openingConjunctions = setOf("but", "and", "so", "or", "yet", "still", "now", "then", "also", "thus", "hence")

// possessives and determiners that open a subject noun phrase.
var npOpeners = setOf("the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that",
	"these", "those", "some", "many", "one", "another", "several", "both", "each", "most", "few", "two", "three")

// sentenceSubject returns the subject noun phrase of the sentence
// toks[lo:k]: after an opening conjunction or introductory phrase, a
// pronoun, a run of capitalized words, or a determiner and up to three
// words.
func sentenceSubject(toks []tok, lo, k int) (int, int, bool) {
	i := skipDateline(toks, lo, k)
	for i < k && toks[i].kind == tPunct {
		i++
	}
	if i < k && toks[i].kind == tWord && openingConjunctions[toks[i].lower] {
		i++
		if i < k && toks[i].lower == "," {
			i++
		}
	}
	if i+1 < k && toks[i].kind == tWord && toks[i].upper && strings.HasSuffix(toks[i].lower, "ly") && toks[i+1].lower == "," {
		// "Specifically, she was directing …": an opening adverb.
		i += 2
	}
	// "And a few weeks later, on the steps of …, Mr. Obama": a time
	// phrase before the introductory phrases.
	i = skipTimePhrase(toks, i, k)
	// "On Thursday, after remaining neutral …, Warren …": up to two
	// introductory phrases, the second one lower-case.
	// The second may be a relative clause closing the first ("on the
	// steps of the statehouse, where he had first become a candidate, Mr.
	// Obama").
	for n := 0; n < 2 && i < k && toks[i].kind == tWord && (introWords[toks[i].lower] || n == 0 && (participial(toks[i]) || lyAdverbOpening(toks, i, k)) || n == 1 && relativeOpeners[toks[i].lower]); n++ {
		if n == 1 && toks[i].upper {
			break
		}
		j := i
		for j < k && toks[j].lower != "," {
			if toks[j].kind == tQuote {
				return 0, 0, false
			}
			j++
		}
		if j >= k {
			if n == 1 {
				break
			}
			return 0, 0, false
		}
		i = skipIntroTail(toks, j+1, k)
		if n == 0 {
			i = skipIntroApposition(toks, i, k)
		}
	}
	i = skipTimePhrase(toks, i, k)
	if i >= k || toks[i].kind != tWord {
		return 0, 0, false
	}
	// "That's why he wanted to “…”": the subject of the clause after the
	// cleft.
	if j := cleftEnd(toks, i, k); j > i {
		return sentenceSubject(toks, j, k)
	}
	t := toks[i]
	switch {
	case pronouns[t.lower] && t.lower != "one" && t.lower != "you":
		return i, i + 1, true
	case npOpeners[t.lower]:
		e := i + 1
		for e < k && e-i <= 4 && toks[e].kind == tWord && !npStops[toks[e].lower] && !cueVerbs[toks[e].lower] && !relativePronouns[toks[e].lower] {
			e++
		}
		if e == i+1 {
			return 0, 0, false
		}
		return i, e, true
	case t.upper:
		e := i + 1
		for e < k && e-i < 8 {
			n := toks[e]
			if n.kind == tWord && (n.upper || n.lower == "of" && e+1 < k && toks[e+1].upper) {
				e++
				continue
			}
			if n.kind == tPunct && (n.lower == "'" || n.lower == "\u2019") && e+1 < k && toks[e+1].lower == "s" {
				e += 2
				continue
			}
			break
		}
		// A sentence that opens with a capitalized adverb or verb is not
		// a name: "Asked about …", "Here …".
		if e == i+1 && (npStops[t.lower] || cueFillers[t.lower]) {
			return 0, 0, false
		}
		return i, e, true
	}
	return 0, 0, false
}

// cleftEnd returns the index past "That's why", "This is how", "It was
// because" opening toks[i:k], or i.
func cleftEnd(toks []tok, i, k int) int {
	j := i
	switch w := toks[i].lower; {
	case w == "that's" || w == "that\u2019s" || w == "it's" || w == "it\u2019s":
		j = i + 1
	case w == "that" || w == "this" || w == "it":
		if i+1 < k && (toks[i+1].lower == "is" || toks[i+1].lower == "was") {
			j = i + 2
		}
	}
	if j == i || j+1 >= k || !cleftWords[toks[j].lower] {
		return i
	}
	return j + 1
}

var cleftWords = setOf("why", "how", "when", "because", "where")

// relativeOpeners open a relative clause after an introductory phrase of
// place or time.
var relativeOpeners = setOf("where", "when")

// relativePronouns open a relative clause that ends a subject phrase: "The
// lawyer who ran three marathons".
var relativePronouns = setOf("who", "whom", "whose")

// skipIntroApposition steps over an apposition that closes an introductory
// phrase with a name, a determiner and a few words up to a comma before a
// name or a pronoun: "Preceded at the lectern by Joe Arpaio, the Arizona
// sheriff and hard-liner, Trump launched …" (but not the list in "In the
// meantime, the President, Democrat politicians and the media pushed").
func skipIntroApposition(toks []tok, i, k int) int {
	if i >= k || i < 2 || !determiners[toks[i].lower] || toks[i-1].lower != "," || !toks[i-2].upper {
		return i
	}
	for j := i + 1; j < k && j-i <= 8; j++ {
		t := toks[j]
		if t.kind == tQuote || isSentenceEnd(t) || t.kind == tWord && (cueVerbs[t.lower] || npStops[t.lower] && t.lower != "and" && t.lower != "of") {
			return i
		}
		if t.lower == "," {
			if j+1 < k && toks[j+1].kind == tWord && (toks[j+1].upper && !determiners[toks[j+1].lower] || pronouns[toks[j+1].lower]) {
				return j + 1
			}
			return i
		}
	}
	return i
}

// skipTimePhrase steps over a time phrase and its comma opening a
// sentence: "A few days later, Trump …", "Two weeks ago, she …".
func skipTimePhrase(toks []tok, i, k int) int {
	// "That morning, an angry army …", "Last week, the senator …".
	if i+2 < k && timeDeterminers[toks[i].lower] && timeNouns[toks[i+1].lower] && toks[i+2].lower == "," {
		return i + 3
	}
	for j := i; j < k && j-i < 6 && toks[j].kind == tWord; j++ {
		if timeEnders[toks[j].lower] && j+1 < k && toks[j+1].lower == "," {
			return j + 2
		}
	}
	return i
}

var timeEnders = setOf("later", "ago", "earlier", "afterward", "afterwards")

var timeDeterminers = setOf("that", "this", "last", "next", "each", "every", "early", "late")

var timeNouns = setOf("morning", "afternoon", "evening", "night", "day", "week", "weekend", "month", "year",
	"spring", "summer", "fall", "autumn", "winter", "monday", "tuesday", "wednesday", "thursday", "friday",
	"saturday", "sunday", "time")

// skipIntroTail steps over what still belongs to an introductory phrase
// after its comma at toks[i-1]: a year ("On July 6, 2015, Sanders") or a
// place ("Speaking in Salem, New Hampshire, Trump") followed by a comma and
// a name or pronoun.
func skipIntroTail(toks []tok, i, k int) int {
	for n := 0; n < 2 && i < k; n++ {
		e := i
		for e < k && e-i < 4 && toks[e].kind == tWord && (toks[e].upper || isNumber(toks[e])) {
			e++
		}
		if e == i || e+1 >= k || toks[e].lower != "," || toks[e+1].kind != tWord {
			return i
		}
		state := stateAt(toks, i, e)
		if n := toks[e+1]; state && introWords[n.lower] && !n.upper {
			// "At a rally in Portsmouth, N.H., on Tuesday, Sanders …"
			j := e + 2
			for j < k && j-e < 6 && toks[j].kind == tWord {
				j++
			}
			if j+1 < k && toks[j].lower == "," && toks[j+1].kind == tWord {
				return j + 1
			}
			return i
		}
		if n := toks[e+1]; !(n.upper || pronouns[n.lower] || state && npOpeners[n.lower]) || !(isNumber(toks[i]) || toks[i].upper) {
			return i
		}
		i = e + 1
	}
	return i
}

// stateAt reports whether toks[i:e] names a US state ("Colo.").
func stateAt(toks []tok, i, e int) bool {
	var name []string
	for _, t := range toks[i:e] {
		name = append(name, strings.ReplaceAll(t.lower, ".", ""))
	}
	return states[strings.Join(name, " ")]
}

// skipDateline returns the index past a dateline or heading that opens
// the sentence toks[lo:k]: capitalized words, numbers and punctuation up to
// a dash or a colon ("FLINT, Mich., Oct. 4 (UPI) —", "Veto Power Impedes
// Peace Efforts:"), else lo.
func skipDateline(toks []tok, lo, k int) int {
	words := 0
	for j := lo; j < k && j-lo < 16; j++ {
		t := toks[j]
		switch {
		case t.kind == tWord && cueVerbs[t.lower]:
			return lo // "Said Ellis:"
		case t.kind == tWord && (t.upper || isNumber(t)):
			words++
		case t.kind == tPunct && (isDash(t.lower) || t.lower == "--" || t.lower == ":"):
			// "Rep. Trey Gowdy (R-S.C.): “…”": a speaker before the quote.
			if words >= 2 && !(t.lower == ":" && j+1 == k) {
				return j + 1
			}
			return lo
		case t.kind == tPunct && t.lower != "(" && t.lower != ")" && t.lower != "," && t.lower != ".":
			return lo
		case t.kind != tPunct:
			return lo
		}
	}
	return lo
}

// isParticiple reports whether a cue word is a present participle
// ("saying", "adding", "calling"), whose subject is the sentence's.
func isParticiple(w string) bool {
	return strings.HasSuffix(w, "ing")
}

// participial reports whether a capitalized sentence-initial word opens a
// participial phrase: "Facing mounting criticism, Trump …".
func participial(t tok) bool {
	return t.upper && len(t.lower) > 5 && (strings.HasSuffix(t.lower, "ing") || strings.HasSuffix(t.lower, "ed"))
}

// lyAdverbOpening reports whether toks[i] is an adverb in -ly opening an
// introductory phrase: "Shortly after the call ended, …".
func lyAdverbOpening(toks []tok, i, k int) bool {
	w := toks[i].lower
	return len(w) > 4 && strings.HasSuffix(w, "ly") && i+1 < k && toks[i+1].kind == tWord && !toks[i+1].upper
}

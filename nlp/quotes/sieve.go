package quotes

import (
	"strings"
	"unicode/utf8"
)

// paragraph holds one paragraph's tokens and its quoted segments while the
// sieve runs.
type paragraph struct {
	text string
	toks []tok
	segs []segment // all segments of the document
}

// endsSentence reports whether the quote token toks[k] closes its sentence:
// its words end with . ! or ? and what follows is not a lower-case word or
// a comma (“Is it?” he asked continues the sentence).
func (p *paragraph) endsSentence(k int) bool {
	s := p.segs[p.toks[k].seg]
	tail := p.text[s.end:s.close]
	if s.end > s.start {
		r, _ := utf8.DecodeLastRuneInString(p.text[s.start:s.end])
		if r == '?' || r == '!' {
			tail = "?"
		}
	}
	if !strings.ContainsAny(tail, ".!?") {
		return false
	}
	if k+1 >= len(p.toks) {
		return true
	}
	n := p.toks[k+1]
	if n.kind == tWord && !n.upper {
		return false
	}
	return !(n.kind == tPunct && (n.lower == "," || n.lower == "\u2014"))
}

// sentenceStart is the index of the first token of the sentence holding
// toks[k].
func (p *paragraph) sentenceStart(k int) int {
	for j := k - 1; j >= 0; j-- {
		t := p.toks[j]
		if isSentenceEnd(t) {
			return j + 1
		}
		if t.kind == tQuote && p.endsSentence(j) {
			return j + 1
		}
	}
	return 0
}

// afterEnd is the index past the last token of the window after toks[k]:
// up to the end of the sentence or the next quote.
func (p *paragraph) afterEnd(k int) int {
	for j := k + 1; j < len(p.toks); j++ {
		if isSentenceEnd(p.toks[j]) || p.toks[j].kind == tQuote {
			return j
		}
	}
	return len(p.toks)
}

// found makes an attribution from token spans.
func (p *paragraph) found(s, e, c, ce int, r rule) attribution {
	a := attribution{found: true, spkS: p.toks[s].start, spkE: p.toks[e-1].end, cueS: -1, cueE: -1, rule: r}
	if c >= 0 {
		a.cueS, a.cueE = p.toks[c].start, p.toks[ce-1].end
		a.cue = strings.ToLower(p.text[a.cueS:a.cueE])
	}
	return a
}

// local runs the rules that look only at the quote's own sentence.
func (p *paragraph) local(k int) attribution {
	toks := p.toks
	hi := p.afterEnd(k)
	// "When someone shouted, “Cruz,” Beck joked": a cue and its comma or
	// colon right before the quote introduce it, whatever follows.
	if a, ok := p.introducedBy(k); ok {
		return a
	}
	if a, ok := p.after(k, hi); ok {
		return a
	}
	// Rule 2: a dash and a name right after the quote: “…” ― Name.
	if k+2 < len(toks) && toks[k+1].kind == tPunct && isDash(toks[k+1].lower) && toks[k+2].kind == tWord && toks[k+2].upper {
		e := k + 3
		for e < len(toks) && e-k < 7 && toks[e].kind == tWord && (toks[e].upper || toks[e].lower == "of") {
			e++
		}
		if e == len(toks) || toks[e].kind == tPunct || toks[e].kind == tQuote {
			return p.found(k+2, e, -1, -1, ruleDash)
		}
	}
	lo := p.sentenceStart(k)
	// A quote of a quote: "citing the Chuck Jones quote that “…”", "in
	// Lincoln's words, “…”": the person named before the noun said it.
	if a, ok := p.quotedAuthor(k, lo); ok {
		return a
	}
	// Rule 3: a cue earlier in the sentence. X said: “…” /
	// X said it was “very concerning”.
	first := lo
	if m := openingClauseEnd(toks, lo, k); m > lo && (toks[k-1].lower == ":" || p.laterCue(m, k)) {
		// "When Trump suggested …, Rubio fired back: “…”": the cue of an
		// opening subordinate clause is not the main clause's.
		lo = m
	}
	for c := lo; c < k; c++ {
		if toks[c].kind != tWord {
			continue
		}
		ce, ok := cueAt(p.text, toks, c)
		if !ok || ce > k {
			continue
		}
		// "he was told by Minister Zinichev of “…”", "a pattern described
		// by Marine Bulletin as “…”": the agent after "by" speaks.
		if ce < k && toks[ce].lower == "by" && toks[c].lower != "according" {
			if s, e, ok := subjectAfter(toks, ce+1, k); ok && toks[s].upper {
				return p.found(s, e, c, ce, rulePassive)
			}
		}
		if passive(toks, c) {
			continue
		}
		if toks[c].lower == "according" {
			if s, e, ok := subjectOfAccording(toks, ce, k); ok {
				return p.found(s, e, c, ce, ruleBeforeAccording)
			}
			continue
		}
		// "Calling it “just another apology”, Anna Franowska told …": a
		// sentence that opens with the cue's participle; its subject
		// follows the phrase.
		if isParticiple(toks[c].lower) && c == lo && k+2 < len(toks) && toks[k+1].lower == "," {
			if s, e, ok := subjectAfter(toks, k+2, p.afterEnd(k+1)); ok && toks[s].upper {
				return p.found(s, e, c, ce, ruleBeforeParticiple)
			}
		}
		// "Said Ellis: “…”": an inverted cue opening the sentence.
		if (c == lo || toks[c-1].lower == ",") && !isParticiple(toks[c].lower) {
			if s, e, ok := subjectAfter(toks, ce, k); ok && toks[s].upper && e < k && (toks[e].lower == ":" || toks[e].lower == "," && e == k-1 && c > first && introWords[toks[first].lower] && !objectCues[toks[c].lower]) {
				return p.found(s, e, c, ce, ruleBefore)
			}
		}
		// "People are especially keen on telling women to stop “…”": a
		// participle after a preposition takes the sentence's subject.
		if isParticiple(toks[c].lower) && c-1 > lo && participlePrepositions[toks[c-1].lower] {
			if s, e, ok := sentenceSubject(toks, lo, c); ok && e < c {
				return p.found(s, e, c, ce, ruleBeforeParticiple)
			}
		}
		if isParticiple(toks[c].lower) && c > lo && participleAttached(toks, c, lo) {
			if s, e, ok := participleSubject(toks, lo, c); ok {
				return p.found(s, e, c, ce, ruleBeforeParticiple)
			}
		}
		if s, e, ok := subjectOrJoined(toks, c, lo); ok {
			// "Mr. Trump issued a statement saying “…”": the words before
			// a participle are a verb phrase; its subject is the sentence's.
			if isParticiple(toks[c].lower) && (pastVerb(toks[s].lower) || objectOfVerb(toks, s, lo)) {
				if s2, e2, ok := participleSubject(toks, lo, c); ok && e2 <= s {
					return p.found(s2, e2, c, ce, ruleBeforeParticiple)
				}
			}
			// "Mr. Trump, who said last week that …, issued a statement
			// saying “…”": a relative clause's cue is not the quote's.
			if toks[s].lower == "who" && p.laterCue(ce, k) {
				continue
			}
			if a, ok := p.laterClauseCue(ce, k); ok {
				return a
			}
			// "In a CNN/ORC poll released Monday, 31% of Republicans said
			// …": the poll reports what its share of respondents said.
			if share(toks, s, e) {
				if ps, pe, ok := pollIn(toks, lo, k); ok {
					return p.found(ps, pe, c, ce, ruleBefore)
				}
			}
			return p.found(s, e, c, ce, ruleBefore)
		}
	}
	// Rule 4: a cue later in the same sentence: “…” is how X put it.
	// Later quotes of the sentence are stepped over: “…” and “…,” X said.
	if !p.endsSentence(k) {
		from := k // the last quote before toks[j]
		for j := k + 1; j < len(toks) && !isSentenceEnd(toks[j]); j++ {
			if toks[j].kind == tQuote {
				if p.endsSentence(j) {
					break
				}
				from = j
				continue
			}
			ce, ok := cueAt(p.text, toks, j)
			if !ok || passive(toks, j) {
				continue
			}
			hi := p.afterEnd(j)
			if toks[j].lower == "according" {
				if s, e, ok := subjectOfAccording(toks, ce, hi); ok {
					return p.found(s, e, j, ce, ruleLaterAccording)
				}
				continue
			}
			if s, e, ok := subjectBefore(toks, j, from+1); ok && (from == k || s <= from+2 || p.closingAttribution(s, ce)) {
				return p.found(s, e, j, ce, ruleLater)
			}
			if toks[j-1].lower == "," {
				if s, e, ok := subjectAfter(toks, ce, hi); ok {
					return p.found(s, e, j, ce, ruleLaterInverted)
				}
			}
		}
	}
	if a, ok := p.dashLabel(k, lo); ok {
		return a
	}
	// "over her assertion during the debate that “…”": a possessive and a
	// speech noun name the speaker of a quote without a cue.
	if a, ok := p.possessiveSpeech(k, lo); ok {
		return a
	}
	// Rule 5: a partial quote in a sentence without a cue: its subject.
	// "Fiorina routinely characterizes herself as a “change warrior”".
	// "Perez is winning nods as he keeps talking about “…”": the subject
	// of the quote's own clause comes first.
	if k > lo {
		if s, e, ok := clauseSubject(toks, lo, k); ok && !passiveAfter(toks, e, k) {
			return p.found(s, e, -1, -1, ruleSubject)
		}
	}
	if k > lo {
		if s, e, ok := sentenceSubject(toks, lo, k); ok && e < k && !passiveAfter(toks, e, k) {
			if toks[k-1].lower == ":" {
				return p.found(s, e, -1, -1, ruleSubjectColon)
			}
			return p.found(s, e, -1, -1, ruleSubject)
		}
	}
	return attribution{}
}

// closingAttribution reports whether toks[s:ce], a subject and its cue,
// close the sentence after a comma: "… as donors waited to see how a
// “turbulent election cycle” played out, he said." attributes every quote
// of the sentence.
func (p *paragraph) closingAttribution(s, ce int) bool {
	return s > 0 && p.toks[s-1].lower == "," && (ce == len(p.toks) || isSentenceEnd(p.toks[ce]))
}

// dashLabel attributes a quote introduced by a colon after a dash and a
// name, a newsletter's rubric: "Pollsters agree - Carl Bialik: “…”",
// "RED STATES OUTNUMBER BLUE STATES - Jeffrey M. Jones: “…”", "- More from
// Blumenthal and Cohen: “…”".
func (p *paragraph) dashLabel(k, lo int) (attribution, bool) {
	toks := p.toks
	if k < 3 || toks[k-1].lower != ":" {
		return attribution{}, false
	}
	e := k - 1
	s := e
	for s-1 >= lo && e-s < 7 && toks[s-1].kind == tWord && (toks[s-1].upper || toks[s-1].lower == "and") {
		s--
	}
	d := s - 1
	if s == e || d < lo || !(isDash(toks[d].lower) || toks[d].lower == "--") {
		// "-More from X:": the dash glued to the word before the name.
		if s-2 >= lo && toks[s-1].lower == "from" && (toks[s-2].lower == "more" || toks[s-2].lower == "-more") {
			return p.found(s, e, -1, -1, ruleDashLabel), true
		}
		return attribution{}, false
	}
	if toks[s].lower == "more" && s+1 < e && toks[s+1].lower == "from" {
		s += 2
	}
	if s == e || toks[s].lower == "and" || toks[e-1].lower == "and" {
		return attribution{}, false
	}
	return p.found(s, e, -1, -1, ruleDashLabel), true
}

// after is rule 1: the attribution right after the quote toks[k], up
// to toks[hi]: “…,” X said / “…,” said X / “…” Trump said.
func (p *paragraph) after(k, hi int) (attribution, bool) {
	toks := p.toks
	// Rule 1: right after the quote. “…,” X said / “…,” said X.
	i := k + 1
	for i < hi && toks[i].kind == tPunct && strings.Contains(",;\u2014\u2013-(", toks[i].lower) {
		i++
	}
	if i < hi && (p.attributive(k) || !p.endsSentence(k)) {
		if (toks[i].lower == "read" || toks[i].lower == "reads") && !nounUse(toks, i) {
			if s, e, ok := subjectAfter(toks, i+1, hi); ok {
				return p.found(s, e, i, i+1, ruleAfterInverted), true
			}
		}
		if ce, ok := cueAt(p.text, toks, i); ok {
			if toks[i].lower == "according" {
				if s, e, ok := subjectOfAccording(toks, ce, hi); ok {
					return p.found(s, e, i, ce, ruleAfterAccording), true
				}
			} else if isParticiple(toks[i].lower) {
				// "… a defense of “New York values,” saying the city …": a
				// participle's subject is the sentence's, never the words
				// after it.
				if lo := p.sentenceStart(k); lo < k {
					if s, e, ok := sentenceSubject(toks, lo, k); ok && e < k {
						return p.found(s, e, i, ce, ruleBeforeParticiple), true
					}
				}
			} else if s, e, ok := subjectAfter(toks, ce, hi); ok {
				return p.found(s, e, i, ce, ruleAfterInverted), true
			}
		}
		for j := i + 1; j < hi && j < i+14; j++ {
			ce, ok := cueAt(p.text, toks, j)
			if !ok {
				continue
			}
			// "“…” measures added by Republicans": a passive cue names
			// its agent; not the outlet that relays it ("as quoted by
			// Greek Reporter").
			if ce < hi && toks[ce].lower == "by" && strings.HasSuffix(toks[j].lower, "ed") && !relayCues[toks[j].lower] {
				if s, e, ok := subjectAfter(toks, ce+1, hi); ok && toks[s].upper {
					return p.found(s, e, j, ce, rulePassive), true
				}
				break
			}
			if s, e, ok := subjectBefore(toks, j, i); ok && s == i {
				return p.found(s, e, j, ce, ruleAfter), true
			}
			break
		}
		// “…,” she elaborated: a short subject and a verb after a quote
		// that ends with a comma, question or exclamation mark.
		if p.attributive(k) {
			// Not "“…,” and he vowed to …": a clause of its own.
			if s, e, ok := sentenceSubject(toks, i, hi); ok && s == i && e < hi && e-s <= 4 {
				v := toks[e]
				if v.kind == tWord && !v.upper && !npStops[v.lower] && (strings.HasSuffix(v.lower, "ed") || strings.HasSuffix(v.lower, "s")) {
					return p.found(s, e, e, e+1, ruleAfterVerb), true
				}
			}
			if a, ok := p.afterUnknownVerb(i, hi); ok {
				return a, true
			}
		}
	}
	// “…” Trump said. A sentence of its own that is only an attribution.
	if i < hi && p.endsSentence(k) && hi-i <= 8 && (hi == len(toks) || toks[hi].lower == ".") {
		if a, ok := p.bareAttribution(i, hi); ok {
			return a, true
		}
	}
	return attribution{}, false
}

// afterUnknownVerb attributes a quote ending in a comma, question or
// exclamation mark to the speaker around a past-tense verb the cue list
// lacks, when the verb and its subject make up the clause: “…,” an angry
// Hollande retaliated. / “…,” remembered Roy Verley, HP's spokesman.
// toks[i] is the first word after the quote.
func (p *paragraph) afterUnknownVerb(i, hi int) (attribution, bool) {
	toks := p.toks
	pastTense := func(t tok) bool {
		return t.kind == tWord && !t.upper && len(t.lower) > 4 && strings.HasSuffix(t.lower, "ed") &&
			!npStops[t.lower] && !cueFillers[t.lower]
	}
	// Inverted: the verb, then a capitalized name that runs to the end of
	// the clause ("prompted a $5 billion, …" has an object there).
	if pastTense(toks[i]) && i+1 < hi && toks[i+1].upper {
		if s, e, ok := subjectAfter(toks, i+1, hi); ok && (e == hi || toks[e].lower == ",") {
			return p.found(s, e, i, i+1, ruleAfterVerb), true
		}
	}
	// Subject first: "an angry Hollande retaliated" ended by the clause.
	for j := i + 1; j < hi && j-i <= 5; j++ {
		if toks[j].kind != tWord {
			if toks[j].lower == "'" || toks[j].lower == "\u2019" {
				continue
			}
			break
		}
		if !pastTense(toks[j]) {
			continue
		}
		if j+1 < hi && toks[j+1].kind != tPunct {
			break
		}
		if s, e, ok := sentenceSubject(toks, i, j); ok && s == i && e == j {
			return p.found(s, e, j, j+1, ruleAfterVerb), true
		}
		break
	}
	return attribution{}, false
}

// introducedBy attributes the quote toks[k] to the cue that introduces
// it with a comma or a colon, its object between them: "When someone
// shouted, “…”", "Sen. McCaskill scolded him: “…”".
func (p *paragraph) introducedBy(k int) (attribution, bool) {
	toks := p.toks
	if k < 2 || toks[k-1].lower != "," && toks[k-1].lower != ":" {
		return attribution{}, false
	}
	lo := p.sentenceStart(k)
	for c := k - 2; c >= lo && c >= k-3; c-- {
		t := toks[c]
		if t.kind != tWord || isParticiple(t.lower) || t.lower == "according" {
			return attribution{}, false
		}
		ce, ok := cueAt(p.text, toks, c)
		if !ok {
			if !objectPronouns[t.lower] {
				return attribution{}, false
			}
			continue
		}
		if ce < k-1 && toks[k-1].lower != ":" || passive(toks, c) {
			return attribution{}, false
		}
		if s, e, ok := subjectOrJoined(toks, c, lo); ok {
			return p.found(s, e, c, ce, ruleBefore), true
		}
		return attribution{}, false
	}
	return attribution{}, false
}

// share reports whether toks[s:e] is a share of respondents: "31% of
// Republicans", "75 percent of Republicans", "Six in 10", "just 8 percent".
func share(toks []tok, s, e int) bool {
	for j := s; j < e && j < s+4; j++ {
		w := toks[j].lower
		if strings.HasSuffix(w, "%") || w == "percent" || w == "in" && j+1 < e && isNumber(toks[j+1]) {
			return true
		}
	}
	return false
}

// hasPoll reports whether the sentence of the quote toks[k] names a poll
// or survey before it.
func (p *paragraph) hasPoll(k int) bool {
	_, _, ok := pollIn(p.toks, p.sentenceStart(k), k)
	return ok
}

// pollIn returns the noun phrase of the sentence toks[lo:k] that ends in
// "poll" or "survey": "a national CNN/ORC poll", "The Q poll".
func pollIn(toks []tok, lo, k int) (int, int, bool) {
	for j := lo; j < k; j++ {
		if w := toks[j].lower; w != "poll" && w != "survey" {
			continue
		}
		s := j
		for s-1 >= lo && j-s < 7 && toks[s-1].kind == tWord && !npStops[toks[s-1].lower] && !cueVerbs[toks[s-1].lower] {
			s--
		}
		return s, j + 1, true
	}
	return 0, 0, false
}

// relayCues name who passed a quote on, not who said it.
var relayCues = setOf("quoted", "reported", "cited", "posted", "tweeted", "retweeted")

// objectCues take an object after them, never an inverted subject: "X, who
// …, told POLITICO, “…”".
var objectCues = setOf("told", "tells", "tell", "asked", "asks", "urged", "urges", "assured", "advised")

// participlePrepositions before a participle cue hang it on the sentence's
// subject ("by telling", "on telling"); "of" and "for" are left out (in
// "accused Trump of saying" the object speaks), and so is "without" ("It
// goes without saying that …").
var participlePrepositions = setOf("on", "by", "in", "after", "before", "while", "about", "upon")

// participleAttached reports whether the participle cue at toks[c] hangs
// on the sentence's subject: it follows a comma or "and", maybe with an
// adverb between (", alternately shouting", ", recently telling").
func participleAttached(toks []tok, c, lo int) bool {
	b := c - 1
	if b > lo && toks[b].kind == tWord && (isAdverb(toks[b]) || cueFillers[toks[b].lower]) {
		b--
	}
	return toks[b].lower == "," || toks[b].lower == "and" || isDash(toks[b].lower)
}

// objectOfVerb reports whether the noun phrase starting at toks[s] is the
// object of a verb or a preposition rather than a subject: "Rubio's
// campaign sent out a press release saying", "he has battled …, at one
// point calling".
func objectOfVerb(toks []tok, s, lo int) bool {
	if s-1 < lo || toks[s-1].kind != tWord {
		return false
	}
	w := toks[s-1].lower
	// "the week after the newspaper's editorial telling him to …": after
	// these the phrase is the participle's own subject.
	return pastVerb(w) || w == "out" || w == "at" || prepositions[w] && w != "with" && !participleSubjectPrepositions[w]
}

var participleSubjectPrepositions = setOf("after", "before", "about", "from", "against", "over", "into", "through")

// bareAttribution attributes a quote closing its sentence to the short
// sentence toks[i:hi] after it when that is only a subject and a cue,
// either way round, and a time word or two: “…” Trump said. / “…” said
// Trump on Tuesday.
func (p *paragraph) bareAttribution(i, hi int) (attribution, bool) {
	toks := p.toks
	if ce, ok := cueAt(p.text, toks, i); ok && toks[i].lower != "according" {
		if s, e, ok := subjectAfter(toks, ce, hi); ok && toks[s].upper && onlyTimeWords(toks[e:hi]) {
			return p.found(s, e, i, ce, ruleAfterInverted), true
		}
		return attribution{}, false
	}
	for j := i + 1; j < hi; j++ {
		ce, ok := cueAt(p.text, toks, j)
		if !ok {
			continue
		}
		if s, e, ok := subjectBefore(toks, j, i); ok && s == i && onlyTimeWords(toks[ce:hi]) {
			return p.found(s, e, j, ce, ruleAfter), true
		}
		break
	}
	return attribution{}, false
}

// onlyTimeWords reports whether ts are at most three words that say when
// ("Tuesday", "on Monday", "last week").
func onlyTimeWords(ts []tok) bool {
	if len(ts) > 3 {
		return false
	}
	for _, t := range ts {
		if t.kind != tWord || !(cueFillers[t.lower] || afterCueNonSubjects[t.lower]) {
			return false
		}
	}
	return true
}

// attributive reports whether the quote toks[k] ends the way quotes
// followed by their attribution do: with a comma, a question mark or an
// exclamation mark.
func (p *paragraph) attributive(k int) bool {
	s := p.segs[p.toks[k].seg]
	if strings.ContainsAny(p.text[s.end:s.close], ",") {
		return true
	}
	if s.end > s.start {
		r, _ := utf8.DecodeLastRuneInString(p.text[s.start:s.end])
		if r == '?' || r == '!' {
			return true
		}
	}
	return k+1 < len(p.toks) && p.toks[k+1].lower == ","
}

func isDash(s string) bool {
	return s == "\u2015" || s == "\u2014" || s == "\u2013" || s == "-"
}

// passiveAfter reports whether the verb after a subject ending at toks[e]
// is passive: "the territory has been governed under the “…” model",
// "hurricanes … are considered to be “major”". A passive subject is not
// the speaker.
func passiveAfter(toks []tok, e, k int) bool {
	for i := e; i < k && i < e+10; i++ {
		t := toks[i]
		if t.kind != tWord {
			return false
		}
		switch t.lower {
		case "is", "are", "was", "were", "be", "been", "being":
			if i+1 < k && toks[i+1].kind == tWord && isPastParticiple(toks[i+1].lower) {
				return true
			}
		}
	}
	return false
}

// isPastParticiple guesses a past participle by its ending.
func isPastParticiple(w string) bool {
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || w == "known" || w == "seen" || w == "held"
}

// clauseJoiners open a coordinate or relative clause with a subject of its
// own: "Stevens says, but she cautions that …", "She said …, and when
// pressed, the 34-year-old replied, “…”".
var clauseJoiners = setOf("but", "and", "though", "although", "while", "which", "yet", "whereas", ",",
	"as", "after", "because", "since")

// laterClauseCue finds, between the end of a sentence's first cue (ce) and
// the quote toks[k], the nearest cue of a later clause with its own
// subject, a name, a pronoun or a determined phrase: in "Steve Adler said
// …, though he contended his firm's services “…”" the quote is what he
// contended; in "Ryan said the shootings and protests demand “…”" it is
// still what Ryan said.
func (p *paragraph) laterClauseCue(ce, k int) (attribution, bool) {
	toks := p.toks
	for c := k - 1; c > ce; c-- {
		if toks[c].kind != tWord || toks[c].lower == "according" {
			continue
		}
		e2, ok := cueAt(p.text, toks, c)
		if !ok || e2 > k || passive(toks, c) {
			continue
		}
		s, e, ok := subjectBefore(toks, c, ce)
		// "21 percent said “…” and 14 percent said “…”", unless a poll of
		// the sentence speaks for its shares.
		number := isNumber(toks[s]) && !(share(toks, s, e) && p.hasPoll(k))
		if ok && s > ce && clauseJoiners[toks[s-1].lower] && (toks[s].upper || pronouns[toks[s].lower] || determiners[toks[s].lower] || number) {
			return p.found(s, e, c, e2, ruleBefore), true
		}
	}
	return attribution{}, false
}

// laterCue reports whether a cue stands in toks[from:k].
func (p *paragraph) laterCue(from, k int) bool {
	for c := from; c < k; c++ {
		if e, ok := cueAt(p.text, p.toks, c); ok && e <= k {
			return true
		}
	}
	return false
}

// pastVerb guesses a past-tense verb opening a verb phrase ("issued a
// statement saying", "signed a letter saying"), as opposed to a noun
// ("footage of Trump saying").
func pastVerb(w string) bool {
	switch w {
	case "gave", "sent", "made", "wrote", "took", "put", "held", "got", "left", "brought", "told":
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed")
}

// quoteNouns name a quotation by its author: "the Chuck Jones quote".
var quoteNouns = setOf("quote", "quotation", "words", "line", "adage", "maxim", "dictum", "motto")

// quotedAuthor attributes a quote introduced as someone's quotation, "the
// Chuck Jones quote that “…”" or "Lincoln's words: “…”", to the name before
// the noun.
func (p *paragraph) quotedAuthor(k, lo int) (attribution, bool) {
	toks := p.toks
	j := k - 1
	if j > lo && (toks[j].lower == "that" || toks[j].lower == ":" || toks[j].lower == ",") {
		j--
	}
	if j > lo && toks[j+1].lower == "," {
		// "in the words of a senior adviser, “…”"
		for w := j - 1; w-2 >= lo && j-w <= 8; w-- {
			if toks[w].lower == "of" && toks[w-1].lower == "words" && toks[w-2].lower == "the" && w+1 <= j {
				return p.found(w+1, j+1, -1, -1, ruleQuoted), true
			}
			if toks[w].kind != tWord {
				break
			}
		}
	}
	if j <= lo || !quoteNouns[toks[j].lower] {
		return attribution{}, false
	}
	e := j
	if e-1 > lo && toks[e-1].lower == "s" && (toks[e-2].lower == "'" || toks[e-2].lower == "\u2019") {
		e -= 2
	} else if e-1 > lo && (toks[e-1].lower == "'" || toks[e-1].lower == "\u2019") && strings.HasSuffix(toks[e-2].lower, "s") {
		e-- // "in Forbes’ words"
	} else if strings.HasSuffix(toks[e-1].lower, "'s") {
		// "Lincoln's" kept whole by the tokenizer: the name is the word.
		return p.found(e-1, e, -1, -1, ruleQuoted), toks[e-1].upper
	}
	s := e
	for s-1 >= lo && s > e-4 && toks[s-1].kind == tWord && toks[s-1].upper {
		s--
	}
	if s == e {
		return attribution{}, false
	}
	return p.found(s, e, -1, -1, ruleQuoted), true
}

// speechNouns name what someone said: "her claim that “…”", "Trump's
// pledge to be “neutral”".
var speechNouns = setOf("remark", "remarks", "statement", "statements", "claim", "claims", "assertion",
	"assertions", "call", "calls", "pledge", "pledges", "promise", "promises", "suggestion", "comment", "comments",
	"warning", "warnings", "vow", "vows", "insistence", "declaration", "admission", "argument", "arguments",
	"contention", "boast", "accusation", "accusations", "complaint", "complaints", "prediction", "description",
	"characterization", "quip", "retort", "reply", "response", "answer", "tweet", "tweets", "message", "threat",
	"demand", "plea", "appeal", "denial", "charge", "charges", "allegation", "allegations", "observation",
	"conclusion", "assessment", "praise", "criticism", "criticisms", "insult", "insults", "rhetoric")

// predicateWords between a speech noun and a quote make the quote a
// description of the noun.
var predicateWords = setOf("as", "is", "are", "was", "were", "be", "been", "seemed", "sounded")

// possessiveSpeech attributes a quote a few words after a possessive and a
// speech noun to the possessor: "over her assertion during the debate that
// “…”", "his call for “a total and complete ban”", "Mr. Obama's
// patronizing suggestion … that she was “likable enough”".
func (p *paragraph) possessiveSpeech(k, lo int) (attribution, bool) {
	toks := p.toks
	for n := k - 1; n >= lo && n >= k-12; n-- {
		t := toks[n]
		if t.kind == tQuote || t.kind == tWord && cueVerbs[t.lower] && !speechNouns[t.lower] {
			return attribution{}, false
		}
		if t.kind != tWord || !speechNouns[t.lower] {
			continue
		}
		// "denounced Trump's remarks as “…”", "his claims were “…”": the
		// quote is what the noun is called, not what it said.
		// "her suggestion that she was “…”": "that" opens what was said.
		for _, b := range toks[n+1 : k] {
			if b.lower == "that" {
				break
			}
			if predicateWords[b.lower] {
				return attribution{}, false
			}
		}
		j := n - 1
		for j >= lo && n-j <= 3 && toks[j].kind == tWord && !toks[j].upper && !npStops[toks[j].lower] &&
			!npOpeners[toks[j].lower] && possessivePronouns[toks[j].lower] == "" {
			j-- // adjectives: "his controversial", "her recent"
		}
		if j < lo {
			return attribution{}, false
		}
		w := toks[j].lower
		if possessivePronouns[w] != "" && w != "its" && w != "our" {
			return p.found(j, j+1, n, n+1, rulePossessive), true
		}
		// "Trump's", "Mr. Obama's": a name and its possessive.
		e := j + 1
		if j-1 >= lo && w == "s" && (toks[j-1].lower == "'" || toks[j-1].lower == "\u2019") {
			j -= 2
		} else if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "\u2019s") {
			e = j + 1
		} else {
			return attribution{}, false
		}
		s := j
		if !toks[j].upper {
			return attribution{}, false
		}
		for s-1 >= lo && toks[s-1].kind == tWord && toks[s-1].upper && j-s < 4 {
			s--
		}
		a := p.found(s, e, n, n+1, rulePossessive)
		if w := p.text[a.spkS:a.spkE]; strings.HasSuffix(w, "'s") {
			a.spkE -= len("'s")
		} else if strings.HasSuffix(w, "\u2019s") {
			a.spkE -= len("\u2019s")
		}
		return a, true
	}
	return attribution{}, false
}

// subordinators open an adverbial clause.
var subordinators = setOf("when", "as", "after", "while", "before", "since", "because", "although", "though",
	"once", "until", "whereas", "whenever")

// openingClauseEnd returns the index past the comma that ends an adverbial
// clause opening the sentence toks[lo:k] ("When Trump suggested that …,
// Rubio fired back: “…”"), or lo when the sentence opens otherwise or the
// quote follows that comma ("As Trump said, “…”").
func openingClauseEnd(toks []tok, lo, k int) int {
	i := skipDateline(toks, lo, k)
	for i < k && toks[i].kind == tPunct {
		i++
	}
	if i < k && openingConjunctions[toks[i].lower] {
		i++
	}
	if i >= k || !subordinators[toks[i].lower] {
		return lo
	}
	for j := i + 1; j < k && toks[i].lower == "as"; j++ {
		if toks[j].lower == "put" || toks[j].lower == "puts" {
			return lo // "As the chief executive, Jeff Weiner, put it …, “…”"
		}
	}
	for j := i + 1; j < k; j++ {
		if toks[j].kind == tQuote {
			return lo
		}
		if toks[j].lower == "," {
			if j+1 >= k {
				return lo
			}
			return j + 1
		}
	}
	return lo
}

// clauseSubject returns the subject of the last clause before the quote
// toks[k] that a conjunction opens with a personal pronoun: "Perez is
// winning nods as he keeps talking about “…”".
func clauseSubject(toks []tok, lo, k int) (int, int, bool) {
	for j := k - 2; j > lo; j-- {
		t := toks[j]
		if t.kind == tQuote || t.lower == "," && j < k-1 || t.kind == tWord && cueVerbs[t.lower] {
			return 0, 0, false
		}
		if !clauseJoiners[toks[j-1].lower] || toks[j-1].lower == "," || toks[j-1].lower == "which" {
			continue
		}
		if w := t.lower; (w == "he" || w == "she" || w == "they") && toks[j+1].kind == tWord && !toks[j+1].upper {
			return j, j + 1, true
		}
	}
	return 0, 0, false
}

// participleSubject returns the subject a participle cue at toks[c] hangs
// on: that of the last clause joined to the sentence by ", and" or ", but"
// ("Walter Hewlett led the charge, and within weeks the opposition effort
// had … placed ads calling the deal “…”"), else the sentence's.
func participleSubject(toks []tok, lo, c int) (int, int, bool) {
	for j := c - 1; j > lo; j-- {
		if toks[j].kind == tQuote {
			break
		}
		if (toks[j].lower == "and" || toks[j].lower == "but") && toks[j-1].lower == "," {
			// A verb after it: not the last member of a list ("John
			// Brennan, Leon Panetta, and Michael Hayden, signed").
			if s, e, ok := sentenceSubject(toks, j+1, c); ok && e < c && toks[e].kind == tWord && !toks[e].upper &&
				(toks[s].upper || pronouns[toks[s].lower] || determiners[toks[s].lower]) {
				return s, e, true
			}
			break
		}
	}
	return sentenceSubject(toks, lo, c)
}

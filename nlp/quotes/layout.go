package quotes

import (
	"strings"
	"unicode/utf8"
)

// labelParagraphs is how many paragraphs a speaker label covers: the
// labelled answer and the paragraphs that continue it.
const labelParagraphs = 4

// label returns the speaker label opening an interview or transcript
// paragraph, "((Rich Bowen)) No, obviously …" or "WALLACE: Let's start …",
// as an attribution; found is false when the paragraph has none.
func (p *paragraph) label() attribution {
	toks := p.toks
	if len(toks) >= 5 && toks[0].lower == "(" && toks[1].lower == "(" {
		for e := 2; e < len(toks)-1 && e < 9; e++ {
			if toks[e].lower == ")" && toks[e+1].lower == ")" {
				if e > 2 && allCapitalized(toks[2:e]) {
					return p.found(2, e, -1, -1, ruleLabel)
				}
				return attribution{}
			}
			if toks[e].kind != tWord {
				return attribution{}
			}
		}
		return attribution{}
	}
	for e := 0; e < len(toks) && e < 4; e++ {
		t := toks[e]
		if t.kind == tPunct && t.lower == ":" {
			if e > 0 && allUpper(p.text[toks[0].start:toks[e-1].end]) && !headline(p.text, t.end) {
				return p.found(0, e, -1, -1, ruleLabel)
			}
			return attribution{}
		}
		if t.kind != tWord {
			return attribution{}
		}
	}
	return attribution{}
}

// headline reports whether the line from text[i:] reads as a headline,
// title-cased or in capitals ("BOOM: Trump Just Fired A 5-Word Missile",
// "UN: PEACEKEEPERS PAYING …"): the word before the colon is a rubric,
// not a speaker.
func headline(text string, i int) bool {
	line := text[i:]
	if n := strings.IndexByte(line, '\n'); n >= 0 {
		line = line[:n]
	}
	if q := strings.IndexAny(line, "\"\u201c"); q >= 0 {
		line = line[:q]
	}
	if len(line) > 120 {
		line = line[:strings.LastIndexByte(line[:120], ' ')+1]
	}
	line = strings.TrimSpace(line)
	return line != "" && (titleCased(line) || allUpper(line))
}

// mayOpenWithLabel is a cheap test of a line before label looks at its
// tokens: it opens with "((" or has a colon near its start.
func mayOpenWithLabel(line string) bool {
	if strings.HasPrefix(line, "((") {
		return true
	}
	i := strings.IndexByte(line, ':')
	return i > 0 && i < 40
}

// labelEnd is where label stops looking in the paragraph text[a:b]: a
// label is in its first words.
func labelEnd(text string, a, b int) int {
	e := min(b, a+80)
	for e < b && !utf8.RuneStart(text[e]) {
		e++
	}
	return e
}

// allUpper reports whether s has letters and no lower-case ones: "WALLACE".
func allUpper(s string) bool {
	return strings.ToUpper(s) == s && strings.ToLower(s) != s
}

// applyLabel gives the quotes of an interview answer its speaker label
// when no cue names someone else: quotes the sieve left unattributed, or
// attributed to "I"/"we" (the interviewee) or only by a weak rule.
func applyLabel(qs []found, label attribution, text string) {
	for i := range qs {
		q := &qs[i]
		if q.hypothetical {
			continue
		}
		if q.attr.found {
			w := strings.ToLower(text[q.attr.spkS:q.attr.spkE])
			first := w == "i" || w == "we" || w == "me"
			weak := q.attr.rule == ruleSubject || q.attr.rule == ruleParagraph || q.attr.rule == ruleSubjectColon
			if !first && !weak {
				continue
			}
		}
		q.attr = label
	}
}

// irrealisModals mark speech that did not take place when a cue follows
// them: "they'd say", "will go like", "could call it".
var irrealisModals = setOf("would", "will", "could", "might", "should", "'d", "wo")

// irrealis reports whether the quote toks[k] is hypothetical or irrealis
// speech: introduced by a modal and a cue ("people would say “…”", "the
// right wing will go like “…”") or by a conditional ("Had I said “…”").
// A quote that a cue right after it attributes (cued) and that stands
// after the condition's comma is in the main clause: "If they leak one
// file, hackers are “…,” Ward added".
func (p *paragraph) irrealis(k int, cued bool) bool {
	toks := p.toks
	lo := p.sentenceStart(k)
	if lo+1 < k && (toks[lo].lower == "had" || toks[lo].lower == "if") && pronouns[toks[lo+1].lower] && !(cued && commaIn(toks, lo+2, k)) && !mainClauseCue(p, lo+2, k) {
		return true
	}
	for j := max(lo, k-6); j < k; j++ {
		w := toks[j].lower
		if !irrealisModals[w] && !strings.HasSuffix(w, "'d") || modalName(toks, j) {
			continue
		}
		// "he'd asked": had, not would.
		if w != "would" && w != "'d" && j+1 < k && toks[j+1].kind == tWord && isPastParticiple(toks[j+1].lower) && strings.HasSuffix(w, "'d") {
			continue
		}
		for m := j + 1; m < k && m <= j+3 && toks[m].kind != tQuote; m++ {
			if cueVerbs[toks[m].lower] || toks[m].lower == "like" {
				return true
			}
		}
	}
	return false
}

// mainClauseCue reports whether a cue stands between the comma that ends a
// condition opening toks[lo:k] and the quote: "If he wins, Trump has
// indicated he would …, vowing to “open up” libel laws".
func mainClauseCue(p *paragraph, lo, k int) bool {
	for j := lo; j < k; j++ {
		if p.toks[j].lower == "," {
			return p.laterCue(j+1, k)
		}
	}
	return false
}

// commaIn reports whether toks[s:e] holds a comma.
func commaIn(toks []tok, s, e int) bool {
	for j := s; j < e; j++ {
		if toks[j].lower == "," {
			return true
		}
	}
	return false
}

// reported attributes a quote that stands alone as a sentence to the
// speaker of the reported speech before it in the paragraph: “Last night
// Khalid Mahmood, a Labour MP, said he was worried. “What he has done …””.
func (p *paragraph) reported(k int) attribution {
	lo := p.sentenceStart(k)
	if lo != k || lo == 0 {
		return attribution{}
	}
	start, ok := p.sentenceBefore(lo - 1)
	if !ok {
		return attribution{}
	}
	return p.reportedIn(start, lo)
}

// reportedLast returns the reported speech of a quote-less paragraph's last
// sentence ("Bolton distanced himself … by saying he would be willing to
// help."), which a paragraph that is only a quotation continues.
func (p *paragraph) reportedLast() attribution {
	n := len(p.toks)
	for n > 0 && isSentenceEnd(p.toks[n-1]) {
		n--
	}
	start, _ := p.sentenceBefore(n)
	return p.reportedIn(start, n)
}

// sentenceBefore returns the first token of the sentence that ends before
// toks[end]; ok is false when that sentence holds a quote.
func (p *paragraph) sentenceBefore(end int) (start int, ok bool) {
	for j := end - 1; j >= 0; j-- {
		if p.toks[j].kind == tQuote && j < end-1 && p.endsSentence(j) {
			return j + 1, true
		}
		if p.toks[j].kind == tQuote {
			return 0, false
		}
		if isSentenceEnd(p.toks[j]) {
			return j + 1, true
		}
	}
	return 0, true
}

// reportedIn attributes reported speech to the subject of the first cue of
// toks[start:end], the sentence's subject for a participle cue ("…, saying
// he would help").
func (p *paragraph) reportedIn(start, end int) attribution {
	toks := p.toks
	for c := start; c < end; c++ {
		ce, ok := cueAt(p.text, toks, c)
		if !ok || toks[c].lower == "according" || passive(toks, c) {
			continue
		}
		if isParticiple(toks[c].lower) {
			if s, e, ok := sentenceSubject(toks, start, c); ok {
				return p.found(s, e, c, ce, ruleReported)
			}
		}
		if s, e, ok := subjectOrJoined(toks, c, start); ok {
			return p.found(s, e, c, ce, ruleReported)
		}
		return attribution{}
	}
	return attribution{}
}

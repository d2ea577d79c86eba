package quotes

import "github.com/newsnlp/newsnlp/nlp"

// rule is the sieve rule that attributed a quote. The rules are tried in
// the order of the constants below (see the package doc); the first that
// applies wins.
type rule uint8

const (
	ruleNone rule = iota
	// Rule 1: a cue right after the quote.
	ruleAfter          // “…,” X said
	ruleAfterInverted  // “…,” said X
	ruleAfterAccording // “…,” according to X
	ruleAfterVerb      // “…,” she elaborated
	// Rule 2: a dash and a name right after the quote.
	ruleDash // “…” ― Pamela Padilla
	// Rule 3: a cue earlier in the quote's sentence.
	ruleBefore           // X said: “…”
	ruleBeforeAccording  // according to X, “…”
	ruleBeforeParticiple // X …, saying “…”
	rulePassive          // X was told by Y of “…”, described by Y as “…”
	// Rule 4: a cue later in the sentence when the quote does not end it.
	ruleLater          // “…” is how X put it
	ruleLaterAccording // “…” is the plan, according to X
	ruleLaterInverted  // “…” was the answer, said X
	// Rule 5: the subject of a partial quote's sentence without a cue, or
	// of the sentence a colon ends before a quote ("The study outlined
	// the correlation: “…”").
	ruleSubject
	ruleSubjectColon
	// Rule 6: another attributed quote of the same paragraph.
	ruleParagraph
	// Rule 6 also: a quote standing alone after the paragraph's reported
	// speech ("X, a Labour MP, said he was worried. “…”").
	ruleReported
	// Rule 7: a paragraph that opens with a quote continues the previous
	// paragraph's speaker, or follows the "X said:" that ended it.
	ruleContinued
	ruleColonParagraph
	// The "X said:" ending a paragraph, before it is passed on; or its
	// subject when the paragraph has no cue ("X, in comments:").
	ruleColon
	ruleColonSubject
	// Rule 8: an interview or transcript answer under a speaker label.
	ruleLabel
)

var ruleNames = [...]string{
	ruleNone:             "none",
	ruleAfter:            "after",
	ruleAfterInverted:    "after-inverted",
	ruleAfterAccording:   "after-according",
	ruleAfterVerb:        "after-verb",
	ruleDash:             "dash",
	ruleBefore:           "before",
	ruleBeforeAccording:  "before-according",
	ruleBeforeParticiple: "before-participle",
	rulePassive:          "passive",
	ruleLater:            "later",
	ruleLaterAccording:   "later-according",
	ruleLaterInverted:    "later-inverted",
	ruleSubject:          "subject",
	ruleSubjectColon:     "subject-colon",
	ruleParagraph:        "paragraph",
	ruleReported:         "reported",
	ruleContinued:        "continued",
	ruleColonParagraph:   "colon-paragraph",
	ruleColon:            "colon",
	ruleColonSubject:     "colon-subject",
	ruleLabel:            "label",
}

// String returns the rule's name.
func (r rule) String() string {
	if int(r) < len(ruleNames) {
		return ruleNames[r]
	}
	return "unknown"
}

// strong reports whether the rule's cue stands right next to the quote or
// governs its sentence: quotes attributed by a strong rule are kept whatever
// their form (see Finder.keep).
func (r rule) strong() bool {
	switch r {
	case ruleDash, ruleAfter, ruleAfterInverted, ruleAfterAccording, ruleBefore, ruleBeforeAccording,
		ruleBeforeParticiple, rulePassive, ruleColonParagraph, ruleLabel:
		return true
	}
	return false
}

// needsEntity reports whether the rule found a speaker without a cue
// (the subject of a colon paragraph), on the position of a noun phrase
// alone: such a speaker is kept only when it names a person or
// organization of the document.
func (r rule) needsEntity() bool {
	return r == ruleColonSubject
}

// confidence is how often the rule's speakers are right: the share of
// right speakers per rule on PolNeAR's training split (newsnlp eval quotes,
// speaker spans overlapping the gold source), rounded.
func (r rule) confidence() float64 {
	switch r {
	case ruleAfter, ruleAfterInverted, ruleDash, ruleBefore:
		return 0.95
	case ruleAfterAccording, ruleBeforeAccording, ruleLaterAccording, rulePassive, ruleLabel:
		return 0.9
	case ruleBeforeParticiple, ruleLater, ruleLaterInverted, ruleColonParagraph, ruleParagraph:
		return 0.85
	case ruleAfterVerb, ruleContinued, ruleColon, ruleReported:
		return 0.8
	case ruleSubject, ruleSubjectColon, ruleColonSubject:
		return 0.6
	}
	return 0
}

// confidence is how likely a speaker of kind k found by rule r is right;
// a speaker reached through a pronoun is less sure than one named.
func confidence(r rule, k nlp.SpeakerKind, viaPronoun bool) float64 {
	c := r.confidence()
	if k == nlp.SpeakerDescription {
		c -= 0.1
	}
	if viaPronoun {
		c -= 0.1
	}
	return max(c, 0.1)
}

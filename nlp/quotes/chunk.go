package quotes

import (
	"sort"
	"strings"

	"github.com/newsnlp/newsnlp/nlp"
)

// nounPhrase checks a description speaker against the POS tags of its
// tokens and returns the noun phrase it holds: the words before any finite
// verb ("The study itself outlined the" → "The study"), without dangling
// determiners, prepositions, conjunctions or a reflexive pronoun. ok is
// false when no nominal word is left ("signed a letter", "Specifically",
// "Holding signs"). Without tags the span is kept.
func nounPhrase(d *nlp.Doc, sp nlp.Span) (s, e int, ok bool) {
	toks := tokensIn(d.Tokens, sp)
	if len(toks) == 0 || toks[0].POS == "" {
		return sp.Start, sp.End, true
	}
	for i, t := range toks {
		if finiteVerb(t.POS) || i == 0 && strings.HasPrefix(t.POS, "VB") || t.POS == "WDT" || t.POS == "WP" {
			toks = toks[:i]
			break
		}
	}
	for len(toks) > 1 && toks[0].POS != "DT" && toks[0].POS != "PRP$" && (danglingTag(toks[0].POS) || toks[0].POS == "RB") {
		toks = toks[1:]
	}
	for len(toks) > 1 && (danglingTag(toks[len(toks)-1].POS) || reflexive(toks[len(toks)-1].Text)) {
		toks = toks[:len(toks)-1]
	}
	for _, t := range toks {
		switch t.POS {
		case "NN", "NNS", "NNP", "NNPS", "CD", "JJ", "DT", "PRP":
			return toks[0].Start, toks[len(toks)-1].End, true
		}
	}
	return 0, 0, false
}

// finiteVerb reports whether a Penn tag is a finite verb or a modal.
func finiteVerb(tag string) bool {
	return tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "MD"
}

// danglingTag: tags that cannot end (or open) a speaker noun phrase.
func danglingTag(tag string) bool {
	switch tag {
	case "DT", "IN", "CC", "TO", ",", ":", "PRP$", "POS", "``", "''", "-LRB-", "-RRB-", "WRB":
		return true
	}
	return false
}

func reflexive(w string) bool {
	w = strings.ToLower(w)
	return strings.HasSuffix(w, "self") || strings.HasSuffix(w, "selves")
}

// tokensIn returns the tokens inside sp.
func tokensIn(toks []nlp.Token, sp nlp.Span) []nlp.Token {
	i := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= sp.Start })
	j := i
	for j < len(toks) && toks[j].End <= sp.End {
		j++
	}
	return toks[i:j]
}

// expandNoun extends a speaker span over the words that follow it in the
// same noun phrase when it stops short of the phrase's head: "AIP" in "AIP
// chairman Markham Robinson reflects" and "Democratic" in "Democratic
// presidential candidate Bernie Sanders said" give the whole phrase.
func expandNoun(d *nlp.Doc, sp nlp.Span) nlp.Span {
	toks := d.Tokens
	i := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= sp.End })
	for ; i < len(toks) && toks[i].Start-sp.End <= 1; i++ {
		switch toks[i].POS {
		case "NN", "NNS", "NNP", "NNPS", "JJ":
			sp.End = toks[i].End
			continue
		}
		break
	}
	return sp
}

// endsInNoun reports whether the last token of sp is a noun.
func endsInNoun(d *nlp.Doc, sp nlp.Span) bool {
	toks := tokensIn(d.Tokens, sp)
	if len(toks) == 0 {
		return false
	}
	switch toks[len(toks)-1].POS {
	case "NN", "NNS", "NNP", "NNPS", "PRP":
		return true
	}
	return false
}

// startsVerb reports whether the first token of sp is a verb.
func startsVerb(d *nlp.Doc, sp nlp.Span) bool {
	toks := tokensIn(d.Tokens, sp)
	return len(toks) > 0 && (strings.HasPrefix(toks[0].POS, "VB") || toks[0].POS == "MD")
}

// sentenceSubjectNP returns the noun phrase opening the sentence that holds
// off, after an introductory phrase ending in a comma: determiners,
// numbers, adjectives and nouns up to a noun ("Fifty former intelligence
// officials"). ok is false when the sentence opens otherwise.
func sentenceSubjectNP(d *nlp.Doc, off int) (s, e int, ok bool) {
	ss := d.Sentences
	i := sort.Search(len(ss), func(i int) bool { return ss[i].End > off })
	if i == len(ss) || ss[i].Start > off {
		return 0, 0, false
	}
	toks := d.Tokens[ss[i].FirstToken:ss[i].EndToken]
	j := 0
	for j < len(toks) && (toks[j].POS == "CC" || toks[j].POS == "RB" || toks[j].POS == "``") {
		j++
	}
	if j < len(toks) && toks[j].POS == "IN" {
		for j < len(toks) && toks[j].Text != "," && toks[j].Start < off {
			j++
		}
		j++
	}
	k := j
	for k < len(toks) && toks[k].Start < off {
		switch toks[k].POS {
		case "DT", "CD", "JJ", "JJS", "NN", "NNS", "NNP", "NNPS", "PRP$":
			k++
			continue
		}
		break
	}
	if k == j || k > len(toks) {
		return 0, 0, false
	}
	switch toks[k-1].POS {
	case "NN", "NNS", "NNP", "NNPS":
		return toks[j].Start, toks[k-1].End, true
	}
	return 0, 0, false
}

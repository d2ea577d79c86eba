package quotes

import (
	"strings"

	"github.com/newsnlp/newsnlp/nlp"
)

// document is the state of find as it walks a text paragraph by
// paragraph: the quotes found so far and what the previous paragraphs
// pass on to the next one (rules 7 and 8).
type document struct {
	text  string
	segs  []segment
	toks  []tok
	all   []found
	paraN int
	// prevSpeaker is the index into all of the last attributed quote of
	// the previous paragraph, or -1; prevColon the "X said:" that ended
	// it; prevPlain its span when it has no quote and no closing colon.
	prevSpeaker int
	prevColon   attribution
	prevPlain   [2]int
	// label is the speaker label of an interview answer, labelLeft the
	// paragraphs it still covers.
	label     attribution
	labelLeft int
}

// find returns the quotes of text that are kept, with their attributions.
func (f *Finder) find(text string) []found {
	d := &document{text: text, prevSpeaker: -1, prevPlain: [2]int{-1, -1}}
	for a := 0; a < len(text); {
		b := strings.IndexByte(text[a:], '\n')
		if b < 0 {
			b = len(text)
		} else {
			b += a
		}
		first := len(d.segs)
		d.segs = scanSegments(text, a, b, d.paraN, d.segs)
		switch {
		case len(d.segs) > first:
			d.quoteParagraph(a, b, first)
			d.paraN++
		case strings.TrimRight(text[a:b], " \t\r\u00a0") != "":
			d.plainParagraph(a, b, first)
			d.paraN++
		}
		a = b + 1
	}
	return f.kept(text, d.all)
}

// plainParagraph notes what a paragraph without quotes passes on: a
// speaker label, a closing "X said:", or its reported speech.
func (d *document) plainParagraph(a, b, first int) {
	line := strings.TrimRight(d.text[a:b], " \t\r\u00a0")
	d.prevSpeaker, d.prevColon, d.prevPlain = -1, attribution{}, [2]int{-1, -1}
	if d.labelLeft > 0 {
		d.labelLeft--
	}
	if mayOpenWithLabel(line) {
		d.toks = tokenize(d.text, a, labelEnd(d.text, a, b), nil, first, d.toks[:0])
		if lb := d.paragraph().label(); lb.found {
			d.label, d.labelLeft = lb, labelParagraphs
		}
	}
	if strings.HasSuffix(line, ":") {
		d.toks = tokenize(d.text, a, b, nil, first, d.toks[:0])
		d.prevColon = colonCue(d.paragraph(), true)
	} else {
		d.prevPlain = [2]int{a, b}
	}
}

func (d *document) paragraph() *paragraph {
	return &paragraph{text: d.text, toks: d.toks, segs: d.segs}
}

// quoteParagraph finds and attributes the quotes of the paragraph
// text[a:b], whose segments start at d.segs[first].
func (d *document) quoteParagraph(a, b, first int) {
	d.toks = tokenize(d.text, a, b, d.segs[first:], first, d.toks[:0])
	p := d.paragraph()
	base := len(d.all)
	d.localRules(p)
	if lb := p.label(); lb.found {
		d.label, d.labelLeft = lb, labelParagraphs
	}
	if d.labelLeft > 0 {
		applyLabel(d.all[base:], d.label, d.text)
		d.labelLeft--
	}
	d.sameParagraph(p, base)
	d.continuation(base)
	d.prevSpeaker = -1
	for i := len(d.all) - 1; i >= base; i-- {
		if d.all[i].attr.found {
			d.prevSpeaker = i
			break
		}
	}
	d.prevColon, d.prevPlain = colonCue(p, false), [2]int{-1, -1}
}

// localRules appends the paragraph's quotes with what rules 1 to 5 find
// in their own sentences; hypothetical speech gets no speaker.
func (d *document) localRules(p *paragraph) {
	for k, t := range p.toks {
		if t.kind != tQuote {
			continue
		}
		q := found{seg: d.segs[t.seg], para: d.paraN, paraFirst: onlyQuotesBefore(p.toks, k), tok: k}
		if k > 0 {
			q.prev, q.prevOK = p.toks[k-1], true
		}
		if k > 1 {
			q.prev2 = p.toks[k-2]
		} else {
			q.prev2 = tok{kind: tPunct}
		}
		q.attr = p.local(k)
		if p.irrealis(k, q.attr.found && trailing(q.attr.rule)) {
			q.attr, q.hypothetical = attribution{}, true
		}
		q.kind = kindOf(p, k)
		d.all = append(d.all, q)
	}
}

// sameParagraph is rule 6: a quote left unattributed takes the reported
// speech just before it, else the speaker of an earlier quote of the
// paragraph attributed by the local rules (“…,” he said. “…”).
func (d *document) sameParagraph(p *paragraph, base int) {
	qs := d.all[base:]
	local := make([]bool, len(qs))
	for i := range qs {
		local[i] = qs[i].attr.found
	}
	for i := range qs {
		if qs[i].attr.found || qs[i].hypothetical {
			continue
		}
		// The reported speech just before the quote is nearer than an
		// earlier quote: “…,” she said. Greene added that … “…”
		qs[i].attr = p.reported(qs[i].tok)
		for j := i - 1; j >= 0 && !qs[i].attr.found; j-- {
			if !local[j] {
				continue
			}
			qs[i].attr = qs[j].attr
			// “…,” McCaskill scolded him: “…,” she said. “…”: the cue
			// between the quotes is nearer than the one before.
			if !trailing(qs[j].attr.rule) {
				if a, ok := p.after(qs[j].tok, p.afterEnd(qs[j].tok)); ok {
					qs[i].attr = a
				}
			}
			qs[i].attr.rule = ruleParagraph
		}
		// “…” “…” ― Name: a later quote of the paragraph whose speaker
		// follows it.
		for j := i + 1; j < len(qs) && !qs[i].attr.found; j++ {
			if local[j] && trailing(qs[j].attr.rule) {
				qs[i].attr = qs[j].attr
				qs[i].attr.rule = ruleParagraph
			}
		}
	}
}

// trailing reports whether rule r found the speaker after the quote.
func trailing(r rule) bool {
	return r == ruleAfter || r == ruleAfterInverted || r == ruleDash
}

// continuation is rule 7: a paragraph that opens with a quote and has no
// cue continues the previous paragraph's quotation, or follows the
// "X said:" that ended it, or the reported speech ending a paragraph
// without quotes.
func (d *document) continuation(base int) {
	for i := base; i < len(d.all); i++ {
		q := &d.all[i]
		if q.attr.found || !q.paraFirst || q.hypothetical {
			continue
		}
		switch {
		case d.prevColon.found:
			q.attr = d.prevColon
			if d.prevColon.rule == ruleColon {
				q.attr.rule = ruleColonParagraph
			}
		case d.prevSpeaker >= 0:
			q.attr = d.all[d.prevSpeaker].attr
			q.attr.rule = ruleContinued
		case d.prevPlain[0] >= 0 && q.kind == nlp.Direct:
			// Tokenized only now: most paragraphs are not followed by a
			// bare quotation.
			plain := tokenize(d.text, d.prevPlain[0], d.prevPlain[1], nil, 0, nil)
			q.attr = (&paragraph{text: d.text, toks: plain, segs: d.segs}).reportedLast()
		}
	}
}

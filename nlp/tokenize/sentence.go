package tokenize

import (
	"unicode"
	"unicode/utf8"

	"github.com/newsnlp/newsnlp/nlp"
)

// Sentences appends to dst the sentences of text, whose tokens are toks (as
// returned by Tokens for the same text), and returns the extended slice.
// Sentences are in order, do not overlap, and every token lies in exactly
// one of them.
func (t *Tokenizer) Sentences(dst []nlp.Sentence, text string, toks []nlp.Token) []nlp.Sentence {
	first := 0
	cut := func(end int) {
		dst = append(dst, nlp.Sentence{
			Span:       nlp.Span{Start: toks[first].Start, End: toks[end-1].End},
			FirstToken: first,
			EndToken:   end,
		})
		first = end
	}
	for i := 0; i < len(toks); i++ {
		if i+1 == len(toks) {
			cut(i + 1)
			break
		}
		if breaksLine(text, toks[i].End, toks[i+1].Start) {
			cut(i + 1)
			continue
		}
		tok := toks[i].Text
		if len(tok) == 0 || !mayEndTerminal[tok[len(tok)-1]] {
			continue // most tokens: not a terminal, by their last byte
		}
		kind := t.terminal(tok)
		if kind == notTerminal {
			continue
		}
		// Absorb further terminals and closing quotes or brackets that
		// touch the terminal: `fight.”`, `?!`, `...)`.
		j := i + 1
		for j < len(toks) && toks[j].Start == toks[j-1].End && (closer(toks[j].Text) || t.terminal(toks[j].Text) == plainTerminal) {
			j++
		}
		if j == len(toks) {
			cut(j)
			break
		}
		gap := text[toks[j-1].End:toks[j].Start]
		if hasNewline(gap) {
			cut(j)
			i = j - 1
			continue
		}
		if gap == "" && kind != cjkTerminal && !(toks[i].Text == "." && j == i+1 && missingSpace(text, toks[i].Start)) {
			continue
		}
		if opensSentence(kind, toks[j].Text) {
			cut(j)
			i = j - 1
		}
	}
	return dst
}

// terminalKind says whether a token may end a sentence, and how.
type terminalKind uint8

const (
	notTerminal   terminalKind = iota
	plainTerminal              // . ! ? … ...
	cjkTerminal                // 。！？: no space needed after them
	abbrevEnd                  // "U.S.", "Inc.": ends only before an opener
)

// mayEndTerminal holds the last bytes of the tokens terminal does not
// rule out: the period, and the last byte of each terminal mark.
var mayEndTerminal = func() (m [256]bool) {
	for _, mark := range []string{".", "!", "?", "…", "‼", "⁇", "⁈", "⁉", "؟", "。", "！", "？", "｡"} {
		m[mark[len(mark)-1]] = true
	}
	return m
}()

// breaksLine is hasNewline(text[start:end]) for the gap between two
// tokens, deciding the gaps of one byte or none (most of them) without
// slicing the text.
func breaksLine(text string, start, end int) bool {
	if end <= start || end == start+1 && text[start] > '\r' {
		return false // only \n \v \f \r break a line in one byte
	}
	return hasNewline(text[start:end])
}

func (t *Tokenizer) terminal(tok string) terminalKind {
	switch tok {
	case ".", "!", "?", "…", "‼", "⁇", "⁈", "⁉", "؟":
		return plainTerminal
	case "。", "！", "？", "｡":
		return cjkTerminal
	}
	n := len(tok)
	if n < 2 || tok[n-1] != '.' {
		return notTerminal
	}
	if allDots(tok) {
		return plainTerminal
	}
	if t.abbrevKind(tok[:n-1]) == abbrevOther {
		return abbrevEnd
	}
	return notTerminal
}

// opensSentence reports whether next, the token after a terminal of the
// given kind and its closers, starts a new sentence.
func opensSentence(kind terminalKind, next string) bool {
	if kind == abbrevEnd {
		// "at 5 p.m. (local time)" goes on; `the U.S. “We …` does not.
		return sentenceOpener(next) || (opener(next) && !bracket(next))
	}
	r, _ := utf8.DecodeRuneInString(next)
	switch {
	case unicode.IsLower(r):
		return false
	case r == ',' || r == ';' || r == ':' || r == '%' || r == ')' || r == ']' || r == '}':
		return false
	}
	return true
}

// closer reports whether tok closes a quotation or bracket.
func closer(tok string) bool {
	switch tok {
	case "”", "’", "\"", "'", "''", "»", "›", ")", "]", "}", "」", "』", "）":
		return true
	}
	return false
}

// opener reports whether tok opens a quotation or bracket.
func opener(tok string) bool {
	switch tok {
	case "“", "‘", "\"", "'", "``", "«", "‹", "„", "(", "[", "{", "「", "『", "（":
		return true
	}
	return false
}

// bracket reports whether tok is an opening bracket.
func bracket(tok string) bool {
	switch tok {
	case "(", "[", "{", "（":
		return true
	}
	return false
}

func allDots(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] != '.' {
			return false
		}
	}
	return true
}

package hf

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// spelling says how a piece's token string spells text: the affixes a
// model adds to it and the character a pre-tokenizer puts for a space.
type spelling struct {
	prefix, suffix string // continuing_subword_prefix ("##"), end_of_word_suffix ("</w>")
	space          string // Metaspace's replacement ("▁")
	unknown        int    // id of the unknown token, -1 if none
}

// core returns the text a token stands for, without affixes and the
// spaces it carries.
func (s spelling) core(tok string) string {
	if s.prefix != "" {
		tok = strings.TrimPrefix(tok, s.prefix)
	}
	if s.suffix != "" {
		tok = strings.TrimSuffix(tok, s.suffix)
	}
	if s.space != "" {
		tok = strings.ReplaceAll(tok, s.space, " ")
	}
	return strings.TrimSpace(tok)
}

// locate finds the byte span of each token in text, the text the
// pre-tokenizer and model ran on, searching in order: sugarme's own offsets
// are wrong after non-ASCII characters for its BertPreTokenizer and
// Metaspace. A token that is the unknown one, or whose text is not found
// next (the model changed it), takes the text between the pieces around it
// that are found: the first non-space character after the previous piece to
// the last one before the next, shared out by white space when several
// such tokens are in a row.
func (s spelling) locate(text string, ids []int, tokens []string) [][2]int {
	spans := make([][2]int, len(tokens))
	cursor := 0
	pending := -1 // first of a run of tokens not located yet
	for i, tok := range tokens {
		c := s.core(tok)
		at := -1
		if ids[i] != s.unknown && c != "" {
			if k := strings.Index(text[cursor:], c); k >= 0 && strings.TrimSpace(text[cursor:cursor+k]) == "" || k >= 0 && pending >= 0 {
				at = cursor + k
			}
		}
		if c == "" && ids[i] != s.unknown {
			// A piece of spaces only ("▁"): the white space at the cursor.
			end := cursor
			for end < len(text) {
				r, n := utf8.DecodeRuneInString(text[end:])
				if !unicode.IsSpace(r) {
					break
				}
				end += n
			}
			if end == cursor && end < len(text) {
				_, n := utf8.DecodeRuneInString(text[end:])
				end += n
			}
			spans[i] = [2]int{cursor, end}
			if pending < 0 {
				cursor = end
			}
			continue
		}
		if at < 0 {
			if pending < 0 {
				pending = i
			}
			continue
		}
		if pending >= 0 {
			share(spans[pending:i], text, cursor, at)
			pending = -1
		}
		spans[i] = [2]int{at, at + len(c)}
		cursor = at + len(c)
	}
	if pending >= 0 {
		share(spans[pending:], text, cursor, len(text))
	}
	return spans
}

// share gives the tokens of spans the text of [from, to) without its outer
// white space: one white-space-separated field each when there are as many
// fields as tokens, else all of it to each.
func share(spans [][2]int, text string, from, to int) {
	for from < to && isSpace(text, from) {
		_, n := utf8.DecodeRuneInString(text[from:])
		from += n
	}
	for to > from {
		r, n := utf8.DecodeLastRuneInString(text[from:to])
		if !unicode.IsSpace(r) {
			break
		}
		to -= n
	}
	var fields [][2]int
	for i := from; i < to; {
		for i < to && isSpace(text, i) {
			_, n := utf8.DecodeRuneInString(text[i:])
			i += n
		}
		j := i
		for j < to && !isSpace(text, j) {
			_, n := utf8.DecodeRuneInString(text[j:])
			j += n
		}
		if j > i {
			fields = append(fields, [2]int{i, j})
		}
		i = j
	}
	for k := range spans {
		if len(fields) == len(spans) {
			spans[k] = fields[k]
		} else {
			spans[k] = [2]int{from, to}
		}
	}
}

func isSpace(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsSpace(r)
}

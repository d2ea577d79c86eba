package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind is the kind of a paragraph token.
type tokKind uint8

const (
	tWord  tokKind = iota
	tPunct         // one punctuation character (or "..." / "…")
	tQuote         // a whole quoted segment
)

// tok is a token of a paragraph as the attribution rules see it: a word, a
// punctuation mark, or a quoted segment standing for its whole extent.
type tok struct {
	kind       tokKind
	start, end int    // bytes; for tQuote, from the opening to past the closing mark
	lower      string // lower-cased word or the punctuation itself
	upper      bool   // the word starts with an upper-case letter
	seg        int    // index into Finder's segment list for tQuote
}

// abbreviations whose final period belongs to the word.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "sen": true, "rep": true, "reps": true, "sens": true,
	"gov": true, "gen": true, "lt": true, "col": true, "sgt": true, "st": true, "jr": true, "sr": true,
	"inc": true, "co": true, "corp": true, "ltd": true, "prof": true, "rev": true, "gens": true,
	"capt": true, "cmdr": true, "adm": true, "maj": true, "pres": true, "vs": true, "no": true,
	"jan": true, "feb": true, "aug": true, "sept": true, "sep": true, "oct": true, "nov": true, "dec": true,
	"ariz": true, "calif": true, "fla": true, "tex": true, "mass": true, "conn": true, "ill": true,
	"pa": true, "va": true, "ky": true, "wis": true, "mich": true, "minn": true, "ga": true, "la": true,
	"vt": true, "del": true, "ind": true, "kan": true, "neb": true, "wyo": true, "ala": true, "ark": true,
	"miss": true, "mont": true, "mt": true, "md": true, "mo": true, "nev": true, "okla": true, "ore": true, "tenn": true, "wash": true, "colo": true,
}

// tokenize appends the tokens of text[a:b], a paragraph, to out. segs are
// the quoted segments of the paragraph in order, with their indices
// starting at first.
func tokenize(text string, a, b int, segs []segment, first int, out []tok) []tok {
	i := a
	for k := 0; k <= len(segs); k++ {
		stop := b
		if k < len(segs) {
			stop = segs[k].open
		}
		out = tokenizePlain(text, i, stop, out)
		if k == len(segs) {
			break
		}
		s := segs[k]
		end := s.close
		if s.closed {
			end += markLen(text, s.close)
		}
		out = append(out, tok{kind: tQuote, start: s.open, end: end, seg: first + k})
		i = end
	}
	return out
}

func markLen(text string, i int) int {
	switch text[i] {
	case '"':
		return 1
	case '\'':
		return 2
	}
	return len(rightDouble)
}

// tokenizePlain splits text[a:b] into words and punctuation.
func tokenizePlain(text string, a, b int, out []tok) []tok {
	i := a
	for i < b {
		r, n := utf8.DecodeRuneInString(text[i:b])
		switch {
		case unicode.IsSpace(r):
			i += n
		case isWordRune(r):
			j := i + n
			for j < b {
				for j < b && text[j] < utf8.RuneSelf && wordASCII[text[j]] {
					j++ // the word's ASCII letters and digits, in a tight loop
				}
				if j == b {
					break
				}
				r2, n2 := utf8.DecodeRuneInString(text[j:b])
				if isWordRune(r2) {
					j += n2
					continue
				}
				// Inner joiners: don't, U.S., Secretary-General, AT&T.
				if (r2 == '\'' || r2 == '\u2019' || r2 == '-' || r2 == '.' || r2 == '&') && j+n2 < b {
					r3, _ := utf8.DecodeRuneInString(text[j+n2 : b])
					if isWordRune(r3) {
						j += n2
						continue
					}
				}
				break
			}
			// A final period belongs to abbreviations and initials.
			if j < b && text[j] == '.' {
				w := strings.ToLower(text[i:j])
				if h := strings.LastIndexByte(w, '-'); h >= 0 {
					w = w[h+1:] // "R-Fla."
				}
				if (abbreviations[w] || strings.Contains(w, ".") || (j-i == 1 && r >= 'A' && r <= 'Z')) &&
					!(mayEndSentence(w) && sentenceOpensAt(text, j+1, b)) {
					j++
				}
			}
			w := text[i:j]
			out = append(out, tok{kind: tWord, start: i, end: j, lower: lowerASCII(w), upper: unicode.IsUpper(r)})
			i = j
		default:
			j := i + n
			if r == '.' {
				for j < b && text[j] == '.' {
					j++
				}
			}
			out = append(out, tok{kind: tPunct, start: i, end: j, lower: text[i:j]})
			i = j
		}
	}
	return out
}

// mayEndSentence reports whether the abbreviation w (lower-cased, final
// period off) can end a sentence: "the U.S.", "in Sacramento, Calif.",
// "Acme Inc." can; titles and initials cannot.
func mayEndSentence(w string) bool {
	if strings.Contains(w, ".") {
		return true // u.s, d.c, n.c
	}
	return states[w] || w == "inc" || w == "co" || w == "corp" || w == "ltd" || w == "jr" || w == "sr"
}

// sentenceOpensAt reports whether text[i:b], after spaces, starts with a
// capitalized word that opens sentences rather than goes on a name: a
// pronoun, a determiner or a conjunction ("… in the U.S. He says …").
func sentenceOpensAt(text string, i, b int) bool {
	j := i
	for j < b && (text[j] == ' ' || text[j] == '\t') {
		j++
	}
	if j == i || j >= b || text[j] < 'A' || text[j] > 'Z' {
		return false
	}
	e := j
	for e < b && (text[e] >= 'a' && text[e] <= 'z' || text[e] >= 'A' && text[e] <= 'Z') {
		e++
	}
	w := strings.ToLower(text[j:e])
	if e < b && (text[e] == '\'' || text[e] == '.') {
		return false // "He's", "J."
	}
	return pronouns[w] && w != "one" || sentenceOpeners[w]
}

// sentenceOpeners are capitalized words that open a sentence after an
// abbreviation ends the one before.
var sentenceOpeners = setOf("the", "a", "an", "but", "and", "this", "that", "these", "those", "his", "her", "their",
	"its", "our", "my", "there", "so", "yet", "still", "now", "then", "when", "if", "after", "in", "on", "at", "for",
	"while", "although", "though", "because", "since", "meanwhile", "however", "asked", "according")

// isWordRune reports whether r belongs to a word: a letter, a digit, or
// one of @ # $ %. ASCII runes are looked up in wordASCII.
func isWordRune(r rune) bool {
	if uint32(r) < utf8.RuneSelf {
		return wordASCII[r]
	}
	return isWordRuneSlow(r)
}

func isWordRuneSlow(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '@' || r == '#' || r == '$' || r == '%'
}

// wordASCII is isWordRuneSlow of the ASCII runes.
var wordASCII = func() (t [utf8.RuneSelf]bool) {
	for r := range t {
		t[r] = isWordRuneSlow(rune(r))
	}
	return t
}()

func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' || c >= 0x80 {
			s = strings.ToLower(s)
			return strings.ReplaceAll(s, "\u2019", "'")
		}
	}
	return s
}

package pos

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsnlp/newsnlp/internal/ascii"
)

// Feature templates. A feature key is a 64-bit hash of a template, a
// string (the word form, an affix, a shape) and an auxiliary byte (a tag).
const (
	tBias uint8 = iota + 1
	tWord
	tLower
	tSuf1
	tSuf2
	tSuf3
	tSuf4
	tPre1
	tPre2
	tShape
	tP1Lower
	tP1Suf3
	tP1Shape
	tN1Lower
	tN1Suf3
	tN1Shape
	tT1
	tT2
	tT12
	tT1Lower
	tPre3
	tHyphenTail
	tC64
	tC256
	tC1024
	tP1C64
	tP1C256
	tN1C64
	tN1C256
)

// clusters are a word's classes in three clusterings of the vocabulary of
// unlabelled news text (64, 256 and 1024 classes), each plus one: 0 means
// the word was not clustered.
type clusters [3]uint16

func keyCluster(tmpl uint8, c uint16) uint64 {
	return finish(hashByte(hashByte(begin(tmpl), byte(c)), byte(c>>8)), 0)
}

// slot is a window position relative to the token being tagged.
type slot int

const (
	slotCur slot = iota
	slotP1
	slotN1
	numSlots
)

// Padding words outside a sentence.
const (
	start1 = "-START-"
	start2 = "-START2-"
	end1   = "-END-"
	end2   = "-END2-"
)

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashByte(h uint64, b byte) uint64 { return (h ^ uint64(b)) * fnvPrime }

func hashString(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return h
}

// hashLower hashes s lowercased, without building the lowercase string.
func hashLower(h uint64, s string) uint64 {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			h = (h ^ uint64(c)) * fnvPrime
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		var buf [utf8.UTFMax]byte
		n := utf8.EncodeRune(buf[:], unicode.ToLower(r))
		for _, b := range buf[:n] {
			h = (h ^ uint64(b)) * fnvPrime
		}
		i += size
	}
	return h
}

// finish mixes the auxiliary byte into a partial key and scrambles it.
func finish(h uint64, aux uint8) uint64 {
	h = hashByte(h, aux)
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	return h
}

func begin(tmpl uint8) uint64 { return hashByte(fnvOffset, tmpl) }

// keyString is the key of template tmpl with value s.
func keyString(tmpl uint8, s string) uint64 { return finish(hashString(begin(tmpl), s), 0) }

// keyLower is the key of template tmpl with value lowercase(s), with aux.
func keyLower(tmpl uint8, s string, aux uint8) uint64 {
	return finish(hashLower(begin(tmpl), s), aux)
}

// keyTag is the key of a tag-history template.
func keyTag(tmpl uint8, a, b uint8) uint64 { return finish(hashByte(begin(tmpl), a), b) }

// lastRunes returns the suffix of s made of its last n runes (all of s if
// it is shorter).
func lastRunes(s string, n int) string {
	i := len(s)
	for ; n > 0 && i > 0; n-- {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}

// firstRunes returns the prefix of s made of its first n runes.
func firstRunes(s string, n int) string {
	i := 0
	for ; n > 0 && i < len(s); n-- {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i]
}

// hashShape hashes the shape of s: capitals as X, lower case as x, digits
// as d, other characters as themselves, runs of one kind collapsed
// ("Xx", "d,d", "X.X.", "x-x").
func hashShape(h uint64, s string) uint64 {
	var prev rune = -1
	for _, r := range s {
		var c rune
		switch {
		case 'a' <= r && r <= 'z':
			c = 'x'
		case 'A' <= r && r <= 'Z':
			c = 'X'
		case '0' <= r && r <= '9':
			c = 'd'
		case r < utf8.RuneSelf:
			c = r
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		default:
			c = '?'
		}
		if c != prev {
			h = (h ^ uint64(c)) * fnvPrime
			prev = c
		}
	}
	return h
}

// slotKeys appends the keys of the features that word w contributes when
// it stands at slot sl of the window around the token being tagged.
func slotKeys(dst []uint64, w string, sl slot, cl clusters) []uint64 {
	return slotKeysRare(dst, w, sl, cl, false)
}

// slotKeysRare is slotKeys without the word identity features of the
// current word when rare is set: training drops them for words seen once,
// so that the affix and shape features learn to tag unknown words.
func slotKeysRare(dst []uint64, w string, sl slot, cl clusters, rare bool) []uint64 {
	if cl[0] != 0 {
		switch sl {
		case slotCur:
			dst = append(dst, keyCluster(tC64, cl[0]), keyCluster(tC256, cl[1]), keyCluster(tC1024, cl[2]))
		case slotP1:
			dst = append(dst, keyCluster(tP1C64, cl[0]), keyCluster(tP1C256, cl[1]))
		case slotN1:
			dst = append(dst, keyCluster(tN1C64, cl[0]), keyCluster(tN1C256, cl[1]))
		}
	}
	switch sl {
	case slotCur:
		if !rare {
			dst = append(dst, keyString(tWord, w), keyLower(tLower, w, 0))
		}
		dst = append(dst,
			keyString(tBias, ""),
			keyLower(tSuf1, lastRunes(w, 1), 0),
			keyLower(tSuf2, lastRunes(w, 2), 0),
			keyLower(tSuf3, lastRunes(w, 3), 0),
			keyLower(tSuf4, lastRunes(w, 4), 0),
			keyString(tPre1, firstRunes(w, 1)),
			keyString(tPre2, firstRunes(w, 2)),
			finish(hashShape(begin(tShape), w), 0),
			keyString(tPre3, firstRunes(w, 3)),
		)
		if i := strings.LastIndexByte(w, '-'); i > 0 && i < len(w)-1 {
			dst = append(dst, keyLower(tHyphenTail, w[i+1:], 0))
		}
	case slotP1:
		dst = append(dst,
			keyLower(tP1Lower, w, 0),
			keyLower(tP1Suf3, lastRunes(w, 3), 0),
			finish(hashShape(begin(tP1Shape), w), 0),
		)
	case slotN1:
		dst = append(dst,
			keyLower(tN1Lower, w, 0),
			keyLower(tN1Suf3, lastRunes(w, 3), 0),
			finish(hashShape(begin(tN1Shape), w), 0),
		)
	}
	return dst
}

// t1LowerPartial is the partial key of the (previous tag, lowercase word)
// feature; finish(partial, tag) completes it.
func t1LowerPartial(w string) uint64 { return hashLower(begin(tT1Lower), w) }

// normalize maps a token to the form its features are looked up by:
// curly quotes, dashes and the ellipsis character become the ASCII forms
// the CoNLL-2003 training data uses. It allocates only for words with a
// curly apostrophe inside ("O’Neill").
func normalize(w string) string {
	if len(w) == 0 || w[0] < utf8.RuneSelf && strings.IndexByte(w, 0xE2) < 0 {
		return w // ASCII-led words without U+2000–U+2FFF punctuation
	}
	switch w {
	case "“", "”", "„", "‟", "«", "»", "″", "〝", "〞":
		return `"`
	case "‘", "’", "‚", "‛", "‹", "›", "′":
		return "'"
	case "’s":
		return "'s"
	case "’S":
		return "'S"
	case "n’t":
		return "n't"
	case "N’T":
		return "N'T"
	case "’ll":
		return "'ll"
	case "’re":
		return "'re"
	case "’ve":
		return "'ve"
	case "’m":
		return "'m"
	case "’d":
		return "'d"
	case "—", "–", "―", "‒", "−", "⸺", "⸻":
		return "--"
	case "…":
		return "..."
	case "•", "·", "●", "▪", "■":
		return "*"
	case "€", "£", "¥", "₹", "₽", "₩", "₺", "₴", "₪", "₦", "¢":
		return "$"
	}
	if strings.Contains(w, "’") {
		return strings.ReplaceAll(w, "’", "'")
	}
	return w
}

// Rule tags: ruleKind's results, indices in ruleTags.
const (
	ruleNone uint8 = iota
	ruleNN
	ruleNNP
)

// ruleTags are the tags of the rule kinds.
var ruleTags = [...]string{ruleNone: "", ruleNN: "NN", ruleNNP: "NNP"}

// ruleTag returns the tag of tokens the CoNLL-2003 data has no examples
// of: URLs and e-mail addresses are NN, @handles NNP, #tags NN; "" for
// other tokens.
func ruleTag(tok string) string { return ruleTags[ruleKind(tok)] }

// ruleKind is ruleTag as an index in ruleTags.
func ruleKind(tok string) uint8 {
	if len(tok) < 2 {
		return ruleNone
	}
	switch {
	case tok[0] == '@':
		return ruleNNP
	case tok[0] == '#' && tok[1] > '9':
		return ruleNN
	case !mayBeAddress(tok) || addressTag(tok) == "":
		return ruleNone
	}
	return ruleNN
}

// addressTag returns NN for a URL or an e-mail address, "" for other
// tokens.
func addressTag(tok string) string {
	switch {
	case strings.Contains(tok, "://"), ascii.HasPrefixFold(tok, "www."):
		return "NN"
	case strings.IndexByte(tok, '@') > 0 && strings.IndexByte(tok, '.') > 0:
		return "NN"
	}
	return ""
}

// mayBeAddress reports whether tok starts with w or W or holds a colon or
// an at sign: whether a URL or e-mail address test of ruleTag can match.
func mayBeAddress(tok string) bool {
	if tok[0]|0x20 == 'w' {
		return true
	}
	for i := 0; i < len(tok); i++ {
		if c := tok[i]; c == ':' || c == '@' {
			return true
		}
	}
	return false
}

// quoteTag returns the Penn Treebank tag for a quote token that CoNLL tags
// `"`: the opening tag (two backquotes) when it opens a quotation, the
// closing tag (two apostrophes) when it closes one. before is the
// byte before the token (0 at the start of the text).
func quoteTag(tok string, before byte) string {
	switch tok {
	case "“", "‘", "„", "‚", "«", "‹", "``", "`":
		return "``"
	case "”", "’", "»", "›", "''":
		return "''"
	}
	switch before {
	case 0, ' ', '\t', '\n', '\r', '(', '[', '{':
		return "``"
	}
	return "''"
}

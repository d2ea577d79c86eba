package wordpiece

import (
	"bytes"
	_ "embed"
	"fmt"
	"io"
	"sync"
	"unicode/utf8"
)

// Piece is one WordPiece token of an encoded text: its vocabulary id and the
// half-open byte range of the text it came from. The range of a piece that is
// not the unknown token covers exactly the characters the piece spells (for a
// continuation piece, without its "##"), plus any characters the normaliser
// dropped between them (soft hyphens, zero-width joiners, other controls).
// The unknown token covers its whole word.
type Piece struct {
	ID         int32
	Start, End int32
}

// Encoder turns text into BERT WordPiece ids with byte offsets. It runs
// BERT's BasicTokenizer (clean text, split CJK ideographs, split on
// whitespace and punctuation, and for uncased vocabularies lowercase and
// strip accents) and then greedy longest-match-first WordPiece.
//
// An Encoder is immutable and safe for concurrent use.
type Encoder struct {
	v             *vocab
	unk, cls, sep int32
	maxChars      int
	clean         bool // drop NUL, U+FFFD and control characters
	chinese       bool // split CJK ideographs into single-character words
	lower         bool // lowercase
	strip         bool // strip accents: NFD, then drop Mn
	ascii         [utf8.RuneSelf]class
	template      [2][]int32 // {[CLS]}, {[SEP]}
	scratch       sync.Pool  // *scratch
}

// scratch holds the per-call buffers of an encoding, reused through a pool.
type scratch struct {
	pieces   []Piece
	buf      []byte
	from, to []int32
	anchors  []int32
	wordIDs  []int32
	tags     []string
}

// Option configures an Encoder built by FromVocab.
type Option func(*config)

type config struct {
	lower, strip          bool
	unk, cls, sep, prefix string
	maxChars              int
	clean, chinese        bool
}

func defaultConfig() config {
	return config{unk: "[UNK]", cls: "[CLS]", sep: "[SEP]", prefix: "##", maxChars: 100, clean: true, chinese: true}
}

// Uncased makes the encoder lowercase its input and strip accents (Unicode
// NFD, then drop nonspacing marks), as BERT's basic tokenizer does with
// do_lower_case: use it with uncased vocabularies such as bert-base-uncased.
func Uncased() Option { return func(c *config) { c.lower, c.strip = true, true } }

// SpecialTokens sets the unknown, classifier and separator tokens
// (default "[UNK]", "[CLS]", "[SEP]"); each must be in the vocabulary.
func SpecialTokens(unk, cls, sep string) Option {
	return func(c *config) { c.unk, c.cls, c.sep = unk, cls, sep }
}

// MaxInputChars sets the length in characters above which a word is encoded
// as the unknown token (default 100, as in BERT).
func MaxInputChars(n int) Option { return func(c *config) { c.maxChars = n } }

//go:embed vocab/bert-cased-vocab.txt
var casedVocab []byte

var defaultEncoder = sync.OnceValues(func() (*Encoder, error) {
	return FromVocab(bytes.NewReader(casedVocab))
})

// Default returns the encoder of the cased BERT vocabulary (28,996 tokens,
// the vocabulary of bert-base-cased and bert-large-cased), embedded in the
// binary. It is loaded once and shared.
func Default() (*Encoder, error) { return defaultEncoder() }

// FromVocab reads a BERT vocab.txt (one token per line, the id is the line
// number from 0) and returns its encoder. Without options the encoder is
// cased: it does not lowercase or strip accents.
func FromVocab(r io.Reader, opts ...Option) (*Encoder, error) {
	tokens, err := readVocab(r)
	if err != nil {
		return nil, err
	}
	c := defaultConfig()
	for _, o := range opts {
		o(&c)
	}
	return newEncoder(tokens, c)
}

func newEncoder(tokens []string, c config) (*Encoder, error) {
	if c.maxChars <= 0 {
		return nil, fmt.Errorf("wordpiece: max input chars per word %d is not positive", c.maxChars)
	}
	v, err := newVocab(tokens, c.prefix)
	if err != nil {
		return nil, err
	}
	e := &Encoder{
		v: v, maxChars: c.maxChars,
		clean: c.clean, chinese: c.chinese, lower: c.lower, strip: c.strip,
		ascii: asciiClasses(c.clean),
	}
	for _, s := range []struct {
		dst  *int32
		name string
	}{{&e.unk, c.unk}, {&e.cls, c.cls}, {&e.sep, c.sep}} {
		id, ok := v.lookup(s.name)
		if !ok {
			return nil, fmt.Errorf("wordpiece: special token %q is not in the vocabulary", s.name)
		}
		*s.dst = id
	}
	e.template = [2][]int32{{e.cls}, {e.sep}}
	return e, nil
}

// Len is the size of the vocabulary: one more than the largest id.
func (e *Encoder) Len() int { return len(e.v.tokens) }

// Token returns the vocabulary entry of id, or "" if there is none.
func (e *Encoder) Token(id int32) string {
	if id < 0 || int(id) >= len(e.v.tokens) {
		return ""
	}
	return e.v.tokens[id]
}

// ID returns the id of a vocabulary entry.
func (e *Encoder) ID(token string) (int32, bool) { return e.v.lookup(token) }

// Specials returns the ids of the unknown, classifier and separator tokens.
func (e *Encoder) Specials() (unk, cls, sep int32) { return e.unk, e.cls, e.sep }

// Encode returns the pieces of text, without [CLS] and [SEP], with byte
// offsets into text.
func (e *Encoder) Encode(text string) []Piece { return e.Append(nil, text) }

// Append appends the pieces of text to dst (see Encode) and returns the
// extended slice. Offsets are bytes into text. Texts of 2 GiB or more are not
// encoded (Piece offsets are int32).
func (e *Encoder) Append(dst []Piece, text string) []Piece {
	if len(text) > 1<<31-1 {
		return dst
	}
	s, _ := e.scratch.Get().(*scratch)
	if s == nil {
		s = new(scratch)
	}
	dst = e.appendPieces(dst, text, s)
	e.scratch.Put(s)
	return dst
}

// appendPieces runs the basic tokenizer over text and WordPiece over each of
// its words.
func (e *Encoder) appendPieces(dst []Piece, text string, s *scratch) []Piece {
	w := span{start: -1}
	gap := false // a dropped character follows the word's last kept one
	flush := func() {
		if w.start >= 0 {
			dst = e.word(dst, text, w, s)
			w = span{start: -1}
		}
	}
	for i := 0; i < len(text); {
		b := text[i]
		var cl class
		size := 1
		if b < utf8.RuneSelf {
			cl = e.ascii[b]
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(text[i:])
			cl = e.classify(r)
		}
		switch cl {
		case classWord:
			if w.start < 0 {
				w.start = i
			} else if gap {
				w.dirty = true
			}
			gap = false
			w.end = i + size
		case classDrop:
			gap = w.start >= 0
		case classSpace:
			flush()
			gap = false
		case classAlone:
			flush()
			dst = e.word(dst, text, span{start: i, end: i + size}, s)
			gap = false
		}
		i += size
	}
	flush()
	return dst
}

// word appends the pieces of one word of the basic tokenizer.
func (e *Encoder) word(dst []Piece, text string, w span, s *scratch) []Piece {
	if !w.dirty && !e.lower && !e.strip {
		return appendWord(e, dst, text[w.start:w.end], nil, nil, int32(w.start), w)
	}
	s.buf, s.from, s.to = e.normalize(s.buf[:0], s.from[:0], s.to[:0], text, w)
	return appendWord(e, dst, s.buf, s.from, s.to, 0, w)
}

// appendWord appends the greedy longest-match-first WordPiece split of the
// normalised word nw of w. Piece offsets are base+i for a byte i of nw when
// from and to are nil, else from[i] and to[i-1]. A word with more than
// maxChars characters, or with a part no token matches, is one unknown piece
// covering w.
func appendWord[T string | []byte](e *Encoder, dst []Piece, nw T, from, to []int32, base int32, w span) []Piece {
	if len(nw) == 0 {
		return dst
	}
	unk := Piece{ID: e.unk, Start: int32(w.start), End: int32(w.end)}
	if len(nw) > e.maxChars && runeCount(nw) > e.maxChars {
		return append(dst, unk)
	}
	// Most words are whole tokens: one hash lookup instead of a trie walk
	// (the whole word is the longest possible first match).
	if id, ok := e.v.ids[string(nw)]; ok {
		p := Piece{ID: id, Start: base, End: base + int32(len(nw))}
		if from != nil {
			p.Start, p.End = from[0], to[len(nw)-1]
		}
		return append(dst, p)
	}
	n0 := len(dst)
	t := &e.v.trie
	for start, node := 0, int32(0); start < len(nw); node = e.v.cont {
		if node < 0 {
			return append(dst[:n0], unk)
		}
		id, n := longest(t, node, nw[start:])
		if n == 0 {
			return append(dst[:n0], unk)
		}
		p := Piece{ID: id}
		if from == nil {
			p.Start, p.End = base+int32(start), base+int32(start+n)
		} else {
			p.Start, p.End = from[start], to[start+n-1]
		}
		dst = append(dst, p)
		start += n
	}
	return dst
}

func runeCount[T string | []byte](s T) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if utf8.RuneStart(s[i]) {
			n++
		}
	}
	return n
}

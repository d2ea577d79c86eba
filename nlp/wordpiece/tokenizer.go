package wordpiece

// Tokenizer splits text into vocabulary pieces with byte offsets: the
// contract Windows builds model inputs on. Encoder (BERT WordPiece, embedded
// by default) implements it; package nlp/wordpiece/hf implements it for any
// HuggingFace tokenizer.json through github.com/sugarme/tokenizer.
//
// Implementations are safe for concurrent use and do not panic on any
// valid UTF-8 text.
type Tokenizer interface {
	// Append appends the pieces of text, without special ids, in text order,
	// to dst and returns the extended slice. Offsets are bytes into text, on
	// character boundaries, with Start ≤ End; starts never decrease. A
	// piece that spells part of a character (byte-level BPE splits some
	// characters in two) covers the whole character.
	Append(dst []Piece, text string) []Piece
	// Template returns the special ids a sequence is wrapped in: before its
	// pieces and after them (BERT: [CLS] and [SEP]; GPT-2: none). The
	// caller must not modify them.
	Template() (before, after []int32)
}

// Template returns [CLS] and [SEP].
func (e *Encoder) Template() (before, after []int32) { return e.template[0], e.template[1] }

var _ Tokenizer = (*Encoder)(nil)

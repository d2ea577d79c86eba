package pipeline

import (
	"context"
	"errors"
	"fmt"
	"os"

	"github.com/newsnlp/newsnlp/nlp"
	"github.com/newsnlp/newsnlp/nlp/wordpiece"
	"github.com/newsnlp/newsnlp/nlp/wordpiece/hf"
)

// WordpieceEncoder encodes one sentence of a document for the wordpieces
// table, with byte offsets as every nlp stage gives them.
type WordpieceEncoder interface {
	Encode(d *nlp.Doc, sentence int) []wordpiece.Window
}

// stageWordpieces is the stage name of the problems EncodeWordpieces
// records.
const stageWordpieces = "wordpieces"

// EncodeWordpieces returns the stage that encodes every sentence of each
// article that has not failed into Article.Wordpieces. It runs after
// Validate, on spans known to slice the text; a panic of the encoder is
// recorded as a problem of the article, whose windows are then dropped.
func EncodeWordpieces(enc WordpieceEncoder) Stage {
	return StageFunc(func(ctx context.Context, batch []*Article) error {
		for _, a := range batch {
			if a.Failed {
				continue
			}
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := encodeArticle(enc, a); err != nil {
				a.Wordpieces = nil
				a.Problems = append(a.Problems, Problem{Stage: stageWordpieces, Err: err})
			}
		}
		return nil
	})
}

func encodeArticle(enc WordpieceEncoder, a *Article) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("pipeline: wordpieces: panic: %v", r)
		}
	}()
	a.Wordpieces = make([][]wordpiece.Window, len(a.Doc.Sentences))
	for si := range a.Doc.Sentences {
		a.Wordpieces[si] = enc.Encode(&a.Doc, si)
	}
	return nil
}

// WordpieceOptions choose the vocabulary and the windows of the wordpieces
// table.
type WordpieceOptions struct {
	// Vocab is a vocab.txt file, TokenizerJSON a HuggingFace tokenizer.json
	// (a BERT WordPiece one runs on the fast encoder, any other through
	// sugarme: see nlp/wordpiece/hf); neither means the embedded cased BERT
	// vocabulary.
	Vocab, TokenizerJSON string
	// Uncased lowercases and strips accents (for uncased vocab.txt files;
	// tokenizer.json says so itself).
	Uncased bool
	// MaxLength is the longest window in pieces, [CLS] and [SEP] included
	// (default 512); Stride the overlap between windows (default 128).
	MaxLength, Stride int
}

type wordpieces struct {
	enc               *wordpiece.Encoder // the fast path, when it runs the file
	tok               wordpiece.Tokenizer
	maxLength, stride int
}

func (w wordpieces) Encode(d *nlp.Doc, sentence int) []wordpiece.Window {
	if w.enc != nil {
		return w.enc.Sentence(d, sentence, w.maxLength, w.stride)
	}
	return wordpiece.Windows(w.tok, d, sentence, w.maxLength, w.stride)
}

// The default windows of the wordpieces table: BERT's longest input, and
// a quarter of it as the overlap between the windows of a long sentence.
const (
	DefaultMaxLength = 512
	DefaultStride    = 128
)

// NewWordpieces loads the encoder o describes.
func NewWordpieces(o WordpieceOptions) (WordpieceEncoder, error) {
	if o.MaxLength == 0 {
		o.MaxLength = DefaultMaxLength
	}
	if o.Stride == 0 {
		o.Stride = DefaultStride
	}
	if o.MaxLength < 8 || o.Stride < 0 || o.Stride >= o.MaxLength-2 {
		return nil, fmt.Errorf("pipeline: wordpieces: need max-length ≥ 8 and 0 ≤ stride < max-length-2 (got %d, %d)", o.MaxLength, o.Stride)
	}
	var enc *wordpiece.Encoder
	var err error
	switch {
	case o.TokenizerJSON != "":
		enc, err = wordpiece.FromTokenizerJSON(o.TokenizerJSON)
		if errors.Is(err, wordpiece.ErrUnsupported) {
			// Any other HuggingFace tokenizer runs through sugarme.
			tok, err := hf.Load(o.TokenizerJSON)
			if err != nil {
				return nil, fmt.Errorf("pipeline: wordpieces: %w", err)
			}
			return wordpieces{tok: tok, maxLength: o.MaxLength, stride: o.Stride}, nil
		}
	case o.Vocab != "":
		var f *os.File
		if f, err = os.Open(o.Vocab); err == nil {
			var opts []wordpiece.Option
			if o.Uncased {
				opts = append(opts, wordpiece.Uncased())
			}
			enc, err = wordpiece.FromVocab(f, opts...)
			f.Close()
		}
	default:
		enc, err = wordpiece.Default()
	}
	if err != nil {
		return nil, fmt.Errorf("pipeline: wordpieces: %w", err)
	}
	return wordpieces{enc: enc, tok: enc, maxLength: o.MaxLength, stride: o.Stride}, nil
}

// DefaultWordpieces is the embedded cased BERT vocabulary with windows of
// 512 pieces and a stride of 128.
func DefaultWordpieces() (WordpieceEncoder, error) { return NewWordpieces(WordpieceOptions{}) }

// Package wordpiece encodes sentences into BERT WordPiece ids aligned to the
// article text and to the entity labels, so that notebook users can feed a
// sentence to a transformer model, or use the pipeline's mentions as silver
// training data, without tokenizing again.
//
// An Encoder runs the reference BERT algorithm: the BasicTokenizer (drop NUL,
// U+FFFD and control characters; treat Unicode whitespace as a separator;
// make every CJK ideograph and every punctuation character — Unicode P* and
// the ASCII symbols 33–47, 58–64, 91–96, 123–126 — a word of its own; for
// uncased vocabularies lowercase and strip accents), then WordPiece (greedy
// longest-match-first with the "##" continuation prefix; a word of more than
// 100 characters, or one that cannot be matched, is [UNK]). Each piece keeps
// the byte range of the text it came from. Default returns the cased BERT
// vocabulary embedded in the binary; FromVocab and FromTokenizerJSON load
// others.
//
// Encoder.Sentence turns one sentence of an nlp.Doc into model-ready windows:
// ids with [CLS] and [SEP], byte offsets into Doc.Text, the index of the
// Doc token each piece belongs to, and BIO entity tags from Doc.Mentions;
// long sentences are cut into overlapping windows as HuggingFace's
// return_overflowing_tokens with stride does.
//
// Vocabulary lookups walk a byte trie once per piece, so a word costs time
// linear in its length; no per-word cache is needed to encode at several
// million pieces per second, and the Encoder holds no mutable state other
// than a pool of scratch buffers.
package wordpiece

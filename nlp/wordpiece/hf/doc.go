// Package hf runs any HuggingFace tokenizer.json that
// github.com/sugarme/tokenizer can load — byte-level BPE (GPT-2, RoBERTa),
// Unigram (T5, XLM-R), WordLevel, WordPiece — behind the wordpiece.Tokenizer
// contract, so that the wordpieces table can hold the ids of any model.
//
// The ids are sugarme's: the file's normalizer, pre-tokenizer, model and
// added tokens, with the special ids of its post-processor around each
// window. The file's truncation and padding settings are ignored (windows
// are cut by wordpiece.Windows).
//
// Offsets are computed here, not taken from sugarme, whose offsets are wrong
// after a character the normalizer changes the length of. The text is
// normalized as a whole by sugarme, and each character alone; when the
// characters' normalizations concatenate to the whole one (every normalizer
// that works character by character: BertNormalizer, Lowercase, NFD, NFKD,
// StripAccents, Replace of characters; also with Prepend or Strip at the
// ends), every byte of the normalized text is known to come from one
// character of the input, and the pieces, found in the normalized text by
// sugarme's pre-tokenizer and model, map back exactly. Otherwise (for
// example NFC over a base letter and a combining accent) the offsets are
// sugarme's, moved onto character boundaries and kept in order.
//
// A BERT WordPiece file is faster with wordpiece.FromTokenizerJSON, which
// gives the same ids; the wordpieces stage uses it when it can.
package hf

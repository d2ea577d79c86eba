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
// after a non-ASCII character for its BertPreTokenizer and Metaspace, and
// after any character the normalizer changes the length of. The text is
// normalized as a whole by sugarme, and each character alone; when the
// characters' normalizations concatenate to the whole one (every normalizer
// that works character by character: BertNormalizer, Lowercase, NFD, NFKD,
// StripAccents, Replace of characters; also modulo NFD/NFC, as sugarme's
// NFKC decomposes some letters of a whole text and not alone, and with
// Prepend or Strip at the ends), every byte of the normalized text is known
// to come from one character of the input. The pieces are then found in the
// normalized text: for byte-level BPE at sugarme's offsets (right there),
// for the other models by their spelling (without "##", with "▁" as a
// space), word by word along the pre-tokenizer's splits, an unknown piece
// taking the text between its neighbours; and mapped back to the input.
// Otherwise (the normalizations do not align) the offsets are sugarme's,
// moved onto character boundaries and kept in order. A piece that spells
// part of a character (byte-level BPE) covers the whole character; a
// byte-level piece with its leading space ("Ġword") covers the space.
//
// sugarme's own behaviour is kept, where it differs from Hugging Face's:
// its Whitespace pre-tokenizer splits at ASCII \w only ("Über" is "Ü",
// "ber"), its BertPreTokenizer at ASCII spaces only.
//
// A BERT WordPiece file runs faster on wordpiece.FromTokenizerJSON, which
// follows BERT's own tokenization (sugarme strips accents differently on a
// few words of uncased vocabularies); the wordpieces stage uses it when it
// can.
package hf

// Package fingerprint computes the per-article keys that let any engine
// group newsnlp's tables across articles without reading the text again:
// QuoteKey, the fingerprint of a quotation with case, punctuation and quote
// marks folded, and Signature/Bands, a MinHash signature of an article body
// and its locality-sensitive bands, for near-duplicate detection.
//
// Every function is pure and deterministic: the same text gives the same
// key on any machine, so keys computed by separate runs (or shards) agree.
package fingerprint

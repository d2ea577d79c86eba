package fingerprint

import (
	"encoding/binary"
	"encoding/hex"
)

// QuoteKey is the fingerprint of a quotation: the 64-bit FNV-1a hash of
// Normalize(text) as 16 lowercase hex digits. Two quotations that differ
// only in case, punctuation or quote marks have the same key. A text
// without any letter or digit has the key of the empty string.
func QuoteKey(text string) string {
	return Key(Normalize(text))
}

// Key is the 64-bit FNV-1a hash of an already normalized text, as 16
// lowercase hex digits.
func Key(normalized string) string { return KeyString(Hash(normalized)) }

// Hash is the 64-bit FNV-1a hash of an already normalized text: Key as a
// number.
func Hash(normalized string) uint64 { return fnv64(normalized) }

// KeyString writes a hash as a key: 16 lowercase hex digits.
func KeyString(h uint64) string {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], h)
	return hex.EncodeToString(b[:])
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func fnv64(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

package fingerprint

import (
	"strings"
	"unicode"
)

// Normalize folds text for comparison: letters are lowercased, every run
// of characters that are not letters or digits (punctuation, quote marks,
// dashes, white space) becomes one space, and the result is trimmed. So
// “It’s over,” and 'it's OVER' both give "it s over".
//
// The same folding in SQL (DuckDB and Spark SQL, on text without exotic
// case mappings) is
//
//	trim(regexp_replace(lower(text), '[^\p{L}\p{N}]+', ' ', 'g'))
func Normalize(text string) string {
	var b strings.Builder
	b.Grow(len(text))
	space := false
	for _, r := range text {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// Words returns the words of Normalize(text).
func Words(text string) []string {
	return strings.Fields(Normalize(text))
}

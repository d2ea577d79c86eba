package ner

import "strings"

// honorifics are the courtesy and rank titles news writes before a name.
// CoNLL-2003 (and MUC) leave them out of the name ("Mr. [Smith]"), but
// CoNLL's Reuters text writes them too rarely for the model to learn it,
// so a person mention's leading titles are trimmed after decoding.
var honorifics = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sen": true, "rep": true,
	"gov": true, "gen": true, "lt": true, "col": true, "capt": true, "sgt": true, "rev": true,
}

// isHonorific reports whether a token is a title such as "Mr.", "Ms" or
// "Sen." (case ignored, final period optional).
func isHonorific(w string) bool {
	w = strings.TrimSuffix(w, ".")
	if len(w) > 4 {
		return false
	}
	return honorifics[strings.ToLower(w)]
}

// trimHonorifics returns the start of a person mention [a, b) of words
// without its leading titles; one token always stays.
func trimHonorifics(words []string, a, b int) int {
	for a < b-1 && isHonorific(words[a]) {
		a++
	}
	return a
}

package conll

import "strings"

// Chunk is an entity chunk of a sentence: tokens [Start, End) of type Type
// ("PER", "LOC", ...).
type Chunk struct {
	Start, End int
	Type       string
}

// splitTag splits a tag into its prefix ("B", "I", "E", "S", or "O") and
// type. "O", "" and "-X-" are outside; a tag without "-" is an I- tag of
// that type.
func splitTag(t string) (prefix, typ string) {
	if t == "O" || t == "" || t == "-X-" {
		return "O", ""
	}
	p, ty, ok := strings.Cut(t, "-")
	if !ok {
		return "I", t
	}
	return p, ty
}

// Chunks returns the chunks of a tag sequence in IOB1, IOB2 (or IOBES)
// with conlleval semantics: a chunk begins at a B- or S- tag, or at an I-
// tag whose type differs from the open chunk's, and ends before an O tag,
// a beginning tag or a change of type.
func Chunks(tags []string) []Chunk {
	var out []Chunk
	start, typ := -1, ""
	for i := 0; i <= len(tags); i++ {
		p, ty := "O", ""
		if i < len(tags) {
			p, ty = splitTag(tags[i])
		}
		begins := p == "B" || p == "S" || (p == "I" && (start < 0 || typ != ty))
		if start >= 0 && (p == "O" || begins || ty != typ) {
			out = append(out, Chunk{start, i, typ})
			start, typ = -1, ""
		}
		if p != "O" && start < 0 {
			start, typ = i, ty
		}
	}
	return out
}

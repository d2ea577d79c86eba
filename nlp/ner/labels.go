package ner

import "github.com/newsnlp/newsnlp/nlp"

// BILOU tags: 0 is O; type t (0 PER, 1 LOC, 2 ORG, 3 MISC) and part p
// (0 B, 1 I, 2 L, 3 U) is 1+4t+p.
const (
	numTypes  = 4
	numLabels = 1 + 4*numTypes
	startTag  = numLabels // previous tag at the start of a sentence
)

const (
	partB = iota
	partI
	partL
	partU
)

var typeLabels = [numTypes]nlp.Label{nlp.Person, nlp.Location, nlp.Organization, nlp.Misc}

func tagOf(typ, part int) uint8 { return uint8(1 + 4*typ + part) }

func tagType(tag uint8) int { return (int(tag) - 1) / 4 }

func tagPart(tag uint8) int { return (int(tag) - 1) % 4 }

// allowed reports whether tag cur may follow tag prev (prev may be startTag).
func allowed(prev, cur int) bool {
	open := prev != startTag && prev != 0 && (tagPart(uint8(prev)) == partB || tagPart(uint8(prev)) == partI)
	if cur == 0 {
		return !open
	}
	p := tagPart(uint8(cur))
	if open {
		return (p == partI || p == partL) && tagType(uint8(cur)) == tagType(uint8(prev))
	}
	return p == partB || p == partU
}

// canEnd reports whether a sentence may end with tag t.
func canEnd(t int) bool {
	return t == 0 || tagPart(uint8(t)) == partL || tagPart(uint8(t)) == partU
}

// spans turns a tag sequence into entity spans [start, end) with their
// type; ill-formed sequences are repaired (an unclosed chunk ends where
// the next one starts or at an O).
func spans(tags []uint8, emit func(start, end, typ int)) {
	start, typ := -1, -1
	for i, t := range tags {
		if t == 0 {
			if start >= 0 {
				emit(start, i, typ)
			}
			start = -1
			continue
		}
		ty, p := tagType(t), tagPart(t)
		if start >= 0 && (ty != typ || p == partB || p == partU) {
			emit(start, i, typ)
			start = -1
		}
		if start < 0 {
			start, typ = i, ty
		}
		if p == partL || p == partU {
			emit(start, i+1, typ)
			start = -1
		}
	}
	if start >= 0 {
		emit(start, len(tags), typ)
	}
}

package pos

import (
	"fmt"
	"io"
	"io/fs"

	"github.com/newsnlp/newsnlp/internal/modelfile"
)

// magic starts every model file (16 bytes, so that the sections that
// follow are 8-byte aligned). Then come numSections sections in the
// container format of internal/modelfile, holding the Tagger's arrays in
// field order (little-endian):
//
//	tag blob, tag ends u32, word blob, word ends u32, fixed u8,
//	clusters u16, feature table keys u64 and rows i32, row offsets i32,
//	row tags u8, row weights f32, lexicon table i32, word vectors f32,
//	history offsets i32, tags u8 and rows i32, history vectors f32
//
// The file is not compressed: on a little-endian machine the arrays are
// used where they lie (the embedded model is part of the executable and
// its pages are read only as they are needed).
const magic = "newsnlp-pos-v5\n\x00"

const numSections = 17

// Load reads a model written by (*Tagger).Save from fsys.
func Load(fsys fs.FS, name string) (*Tagger, error) {
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, fmt.Errorf("pos: load model: %w", err)
	}
	t, err := decode(b)
	if err != nil {
		return nil, fmt.Errorf("pos: load model %s: %w", name, err)
	}
	return t, nil
}

// Read reads a model written by Save from r.
func Read(r io.Reader) (*Tagger, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("pos: read model: %w", err)
	}
	return decode(b)
}

// Save writes the model to w in the format Read reads.
func (t *Tagger) Save(w io.Writer) error {
	var tagBlob []byte
	var tagEnd []uint32
	for _, tag := range t.tags {
		tagBlob = append(tagBlob, tag...)
		tagEnd = append(tagEnd, uint32(len(tagBlob)))
	}
	b := []byte(magic)
	for _, s := range [numSections][]byte{
		tagBlob, modelfile.Bytes(tagEnd), []byte(t.wordBlob), modelfile.Bytes(t.wordEnd), t.fixed,
		modelfile.Bytes(t.lexCl), modelfile.Bytes(t.tabKeys), modelfile.Bytes(t.tabRows), modelfile.Bytes(t.rowOff),
		t.rowTag, modelfile.Bytes(t.rowVal), modelfile.Bytes(t.lex), modelfile.Bytes(t.lexVec),
		modelfile.Bytes(t.t1Off), t.t1Tag, modelfile.Bytes(t.t1Row), modelfile.Bytes(t.hist),
	} {
		b = modelfile.AppendSection(b, s)
	}
	if _, err := w.Write(b); err != nil {
		return fmt.Errorf("pos: save model: %w", err)
	}
	return nil
}

// decode builds a Tagger on the arrays of a model file, viewed in place
// when the machine is little-endian and b is 8-byte aligned (b must then
// not change while the Tagger is in use), copied otherwise. It checks
// every index the tagger follows, so that a damaged file is an error, not
// a panic.
func decode(b []byte) (*Tagger, error) {
	if len(b) < len(magic) || string(b[:len(magic)]) != magic {
		return nil, fmt.Errorf("%w: bad header", ErrBadModel)
	}
	sec, err := modelfile.Split(modelfile.Aligned(b), len(magic), numSections)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadModel, err)
	}
	t := &Tagger{}
	fail := func(msg string) {
		if err == nil {
			err = fmt.Errorf("%w: %s", ErrBadModel, msg)
		}
	}
	tagEnd := view[uint32](sec[1], fail)
	t.wordBlob = modelfile.BytesString(sec[2])
	t.wordEnd = view[uint32](sec[3], fail)
	t.fixed = sec[4]
	t.lexCl = view[uint16](sec[5], fail)
	t.tabKeys = view[uint64](sec[6], fail)
	t.tabRows = view[int32](sec[7], fail)
	t.rowOff = view[int32](sec[8], fail)
	t.rowTag = sec[9]
	t.rowVal = view[float32](sec[10], fail)
	t.lex = view[int32](sec[11], fail)
	t.lexVec = view[float32](sec[12], fail)
	t.t1Off = view[int32](sec[13], fail)
	t.t1Tag = sec[14]
	t.t1Row = view[int32](sec[15], fail)
	t.hist = view[float32](sec[16], fail)
	if err != nil {
		return nil, err
	}

	// Tags.
	t.nT = len(tagEnd)
	if t.nT == 0 || t.nT > 200 { // history ids nT and nT+1 must fit a byte
		return nil, fmt.Errorf("%w: %d tags", ErrBadModel, t.nT)
	}
	if !ascending(tagEnd, uint32(len(sec[0]))) {
		return nil, fmt.Errorf("%w: tag offsets", ErrBadModel)
	}
	start := uint32(0)
	for _, end := range tagEnd {
		t.tags = append(t.tags, string(sec[0][start:end]))
		start = end
	}
	nT, nH := t.nT, t.numHist()

	// Features.
	nFeat := len(t.rowOff) - 1
	switch {
	case nFeat < 0 || t.rowOff[0] != 0 || !ascending(t.rowOff, int32(len(t.rowTag))):
		fail("row offsets")
	case len(t.rowVal) != len(t.rowTag):
		fail("row weights")
	case !below(t.rowTag, uint8(nT)):
		fail("weight tag out of range")
	case !isTable(t.tabRows, nFeat) || len(t.tabKeys) != len(t.tabRows):
		fail("feature table")
	}
	// Lexicon.
	nLex := len(t.wordEnd)
	switch {
	case !ascending(t.wordEnd, uint32(len(t.wordBlob))):
		fail("word offsets")
	case len(t.fixed) != nLex || len(t.lexCl) != 3*nLex || len(t.t1Off) != nLex+1:
		fail("lexicon arrays")
	case !isTable(t.lex, nLex):
		fail("lexicon table")
	case len(t.lexVec) != nLex*int(numSlots)*nT || len(t.hist) != nH*nH*nT:
		fail("score vectors")
	case t.t1Off[0] != 0 || !ascending(t.t1Off, int32(len(t.t1Tag))) || len(t.t1Row) != len(t.t1Tag):
		fail("history offsets")
	case !below(t.t1Tag, uint8(nH)) || !below(t.t1Row, int32(nFeat)):
		fail("history feature out of range")
	}
	for _, f := range t.fixed {
		if f != noTag && int(f) >= nT {
			fail("fixed tag out of range")
			break
		}
	}
	if err != nil {
		return nil, err
	}
	t.buildIndex()
	return t, nil
}

// ascending reports whether xs never decreases and ends at most at max
// (and is not negative).
func ascending[T int32 | uint32](xs []T, max T) bool {
	var prev T
	for _, x := range xs {
		if x < prev {
			return false
		}
		prev = x
	}
	return prev <= max
}

// below reports whether every x is less than n (and not negative).
func below[T int32 | uint8](xs []T, n T) bool {
	for _, x := range xs {
		if x < 0 || x >= n {
			return false
		}
	}
	return true
}

// isTable reports whether slots is an open-addressing table of ids below
// n, with a power-of-two size and at least one empty (-1) slot, so that
// probing ends.
func isTable(slots []int32, n int) bool {
	if len(slots) == 0 || len(slots)&(len(slots)-1) != 0 {
		return false
	}
	empty := false
	for _, s := range slots {
		if s < -1 || int(s) >= n {
			return false
		}
		empty = empty || s == -1
	}
	return empty
}

// view returns section b as a []T (see modelfile.View); a section whose
// length does not fit T is reported to fail.
func view[T uint16 | uint32 | int32 | uint64 | float32](b []byte, fail func(string)) []T {
	xs, err := modelfile.View[T](b)
	if err != nil {
		fail("section length")
	}
	return xs
}

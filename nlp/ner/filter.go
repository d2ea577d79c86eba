package ner

// keyFilter is a blocked Bloom filter of feature keys: a key sets two bits
// of one 64-bit word, the word numbered by its top bits and the bits by
// its lowest twelve (keys are the output of mix, whose bits are all
// alike). It answers "may hold" for every key added (no false negatives),
// so that a table lookup it rejects would have found nothing. Its size is
// fixed (64 KB, 14 bits per key of the embedded model), so that its word
// is a shift by a constant.
type keyFilter [1 << filterLog]uint64

const filterLog = 13

// filterWord returns the word of k and the bits k sets in it.
func filterWord(k uint64) (uint64, uint64) {
	return k >> (64 - filterLog), uint64(1)<<(k&63) | uint64(1)<<(k>>6&63)
}

// add adds key k.
func (f *keyFilter) add(k uint64) {
	w, m := filterWord(k)
	f[w] |= m
}

// mayHave reports whether k may have been added: true for every key added.
// It tests the two bits filterWord sets one by one (bit tests, where a
// mask would be built of shifts by CL, which crowd the registers of
// joint.screen's loop).
func (f *keyFilter) mayHave(k uint64) bool {
	w := f[k>>(64-filterLog)]
	return w>>(k&63)&1 != 0 && w>>(k>>6&63)&1 != 0
}

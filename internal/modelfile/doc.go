// Package modelfile is the container format of newsnlp's model files (the
// NER weights and the POS tagger) and the in-place view of its arrays.
//
// A model file is a 16-byte magic and sections, each a little-endian u64
// byte length, the bytes, and zero padding to a multiple of 8, so that a
// file read into an 8-byte aligned buffer (or embedded in the executable
// and found aligned) is used where it lies: each section is an array of
// fixed layout, viewed as a Go slice on a little-endian machine and
// byte-swapped into a copy on a big-endian one. The magic's length is the
// caller's (any multiple of 8 keeps the sections aligned).
package modelfile

// Package ascii holds the small ASCII-only string tests that several
// packages need on their hot paths (tokens, HTML class names, tag names),
// where Unicode case folding is neither wanted nor affordable, and the
// little-endian word loads of the scans that test eight bytes at a time.
package ascii

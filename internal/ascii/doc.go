// Package ascii holds the small ASCII-only string tests that several
// packages need on their hot paths (tokens, HTML class names, tag names),
// where Unicode case folding is neither wanted nor affordable.
package ascii

// Package extractcmp measures newsnlp's HTML extraction side by side with
// go-trafilatura (with its fallback extractors) on the development sets of
// package cleaneval, in one run. It is a module of its own so that
// go-trafilatura, whose date parser costs a third of a second at the start
// of any program that links it, stays out of the newsnlp binary.
//
//	cd internal/extractcmp && go test -run SideBySide -v
package extractcmp

// Package extractcmp measures newsnlp's HTML extraction side by side with
// go-trafilatura (with its fallback extractors) on the development sets of
// package cleaneval, in one run. It is a module of its own so that
// go-trafilatura, whose date parser costs a third of a second at the start
// of any program that links it, stays out of the newsnlp binary.
//
//	cd internal/extractcmp && go test -run SideBySide -v
//	GOMAXPROCS=1 go test -run XXX -bench Extractors -benchtime 3x
//
// The module requires newsnlp from the repository itself (a replace
// directive): when newsnlp's own requirements change, run go mod tidy here
// before testing.
package extractcmp

// Package readability finds the main content of an HTML page the way
// Mozilla's Readability.js does. It is a fork of go-readability
// (codeberg.org/readeck/go-readability/v2 v2.1.3, itself a fork of
// github.com/go-shiori/go-readability by Radhi Fadlillah; MIT licence, kept
// in LICENSE in this directory), cut down to what package clean uses and
// made cheaper per page: no logging, no rendering, no fetching.
//
// Its output is the upstream's: TestSameAsUpstream runs both on
// go-readability's test pages and the extraction benchmark and compares
// title, byline, publication time and the rendered container byte for byte.
// The generated matchers in re2go are the upstream's, unchanged.
package readability

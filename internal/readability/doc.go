// Package readability finds the main content of an HTML page the way
// Mozilla's Readability.js does. It is a fork of go-readability
// (codeberg.org/readeck/go-readability/v2 v2.1.3, itself a fork of
// github.com/go-shiori/go-readability by Radhi Fadlillah; MIT licence, kept
// in LICENSE in this directory), cut down to what package clean uses — no
// logging, no rendering, no fetching — and made cheaper per page with the
// same result:
//
//   - content scores live in a map, rounded to four decimals as the
//     data-readability-score attribute rounded them (round4);
//   - text is counted once per text node, as run summaries that add up
//     (runs), and the scoring's counts and link densities are cached per
//     node for the pass (statsIndex);
//   - each pass copies the page into one slab of nodes (cloneTree);
//   - class and id values are matched against the word lists without
//     copying them (wordSet), and the regular expressions run only on
//     values that hold what every match holds;
//   - TextOnly leaves link and media addresses alone and skips the favicon.
//
// TestSameAsUpstream runs this package and go-readability v2.1.3 on
// go-readability's test pages and the extraction benchmark and compares
// title, byline, publication time and the rendered container byte for
// byte; TestTextOnly checks that TextOnly changes nothing else. The
// generated matchers in re2go are the upstream's, unchanged.
package readability

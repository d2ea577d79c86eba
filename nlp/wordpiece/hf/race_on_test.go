//go:build race

package hf

// raceDetector is true in a -race build, whose code runs several times
// slower: TestWikinews then takes every 20th article, as with -short; the
// every-sentence comparison runs in the plain build (.ci/run runs it).
const raceDetector = true

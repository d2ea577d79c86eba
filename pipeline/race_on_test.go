//go:build race

package pipeline

// raceDetector is true in a -race build, whose code runs several times
// slower: tests over real corpora take a share of them (see wikinewsInput).
const raceDetector = true

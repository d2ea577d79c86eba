//go:build !race

package benchdata

// RaceDetector is true in a -race build (see Take).
const RaceDetector = false

package benchdata

// Take reports whether a test that checks a corpus item by item checks
// item i: every item in a plain build, every n-th under the race detector,
// whose code runs 10–50 times slower (regular expressions, HTML parsing,
// sugarme's tokenizers). The items it passes over are still checked in the
// plain build: .ci/run runs these tests without -race too.
func Take(i, n int) bool { return !RaceDetector || i%n == 0 }

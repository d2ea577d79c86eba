// Package benchdata gives tests and benchmarks the shared corpora that live
// outside the repository, in ../shared/data (licences keep them out): their
// paths, the wikinews article texts, and the process CPU time, which is a
// steadier measure than wall time on a shared machine. Tests skip, saying
// why, where the data is absent.
package benchdata

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
)

// Dir is the shared data folder: ../shared/data beside the repository.
func Dir() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "..", "shared", "data")
}

// Path is the path of a file under Dir; it skips tb when the file is absent.
func Path(tb testing.TB, rel string) string {
	tb.Helper()
	p := filepath.Join(Dir(), rel)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("%s absent (%v): the shared data lives outside the repository, in ../shared/data", rel, err)
	}
	return p
}

// WikinewsFile is the benchmark corpus: 295 Wikinews articles, 255,753 words.
const WikinewsFile = "wikinews/wikinews_2019_2020.jsonl"

// WikinewsWords is the corpus size in words, as the baselines count them.
const WikinewsWords = 255753

var wikinews = sync.OnceValues(func() ([]string, error) {
	f, err := os.Open(filepath.Join(Dir(), WikinewsFile))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var texts []string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		var row struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &row); err != nil {
			return nil, err
		}
		texts = append(texts, row.Text)
	}
	return texts, sc.Err()
})

// Wikinews returns the article texts of the wikinews corpus, read once;
// it skips tb when the corpus is absent.
func Wikinews(tb testing.TB) []string {
	tb.Helper()
	Path(tb, WikinewsFile)
	texts, err := wikinews()
	if err != nil {
		tb.Fatalf("read %s: %v", WikinewsFile, err)
	}
	return texts
}

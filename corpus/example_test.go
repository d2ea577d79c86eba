package corpus_test

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/newsnlp/newsnlp/corpus"
	"github.com/newsnlp/newsnlp/corpus/rowgen"
)

// Build the corpus tables from a run output: here rows made by rowgen,
// where every fourth article is a syndicated copy of the one before.
func ExampleBuild() {
	dir, err := os.MkdirTemp("", "corpus-example")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	run := filepath.Join(dir, "run")
	if _, err := rowgen.Write(run, rowgen.Options{Articles: 40, Seed: 1}); err != nil {
		fmt.Println(err)
		return
	}
	parts, err := corpus.FindParts([]string{run})
	if err != nil {
		fmt.Println(err)
		return
	}
	st, err := corpus.Build(parts, corpus.Options{Out: filepath.Join(dir, "corpus"), Format: corpus.JSONL})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%d articles, %d quotes: %d clusters of %d articles\n", st.Articles, st.Quotes, st.Clusters, st.ClusteredArticles)
	// Output:
	// 40 articles, 400 quotes: 10 clusters of 20 articles
}

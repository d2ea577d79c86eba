package rowgen

import (
	"path/filepath"
	"testing"

	"github.com/newsnlp/newsnlp/corpus"
)

// TestWriteReadable checks the rows are a valid run output for the corpus
// step: every table read, copies clustered in pairs, repeated quotes
// grouped.
func TestWriteReadable(t *testing.T) {
	dir := t.TempDir()
	st, err := Write(dir, Options{Articles: 400, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 400 || st.Entities != 400*25 || st.Quotes != 400*10 {
		t.Fatalf("stats %+v", st)
	}
	parts, err := corpus.FindParts([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	cs, err := corpus.Build(parts, corpus.Options{Out: filepath.Join(dir, "corpus")})
	if err != nil {
		t.Fatal(err)
	}
	if cs.Articles != 400 || cs.Quotes != 4000 || cs.Clusters != 100 || cs.ClusteredArticles != 200 {
		t.Errorf("corpus stats %+v: want every fourth article a copy of the third (100 clusters of 2)", cs)
	}
	if cs.Quotations >= cs.Quotes || cs.Quotations < cs.Quotes*7/10 {
		t.Errorf("%d quotations of %d quotes: about a fifth are repeats or fragments", cs.Quotations, cs.Quotes)
	}
}

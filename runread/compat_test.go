package runread_test

import (
	"path/filepath"
	"testing"

	"github.com/parquet-go/parquet-go"

	"github.com/newsnlp/newsnlp/runread"
	"github.com/newsnlp/newsnlp/schemas"
)

// oldQuote is a quotes row as an older newsnlp wrote it: fewer columns.
type oldQuote struct {
	ArticleID string  `parquet:"article_id,dict"`
	Start     int32   `parquet:"start"`
	End       int32   `parquet:"end"`
	Text      string  `parquet:"text"`
	Speaker   *string `parquet:"speaker,optional"`
	Extra     string  `parquet:"some_future_column"`
}

type oldArticle struct {
	ArticleID string `parquet:"article_id"`
	Text      string `parquet:"text"`
}

// TestOlderAndNewerParquet reads a run whose files lack columns of the
// current schemas and carry columns the schemas do not know: the missing
// ones come back zero or null, the unknown ones are ignored.
func TestOlderAndNewerParquet(t *testing.T) {
	dir := t.TempDir()
	if err := parquet.WriteFile(filepath.Join(dir, "articles.parquet"), []oldArticle{{"a", "He said “yes” today."}}); err != nil {
		t.Fatal(err)
	}
	who := "He"
	if err := parquet.WriteFile(filepath.Join(dir, "quotes.parquet"), []oldQuote{{"a", 9, 12, "yes", &who, "x"}}); err != nil {
		t.Fatal(err)
	}
	r, err := runread.Read(dir)
	if err != nil {
		t.Fatal(err)
	}
	q := r.Doc("a").Quotes
	if len(q) != 1 || q[0].Start != 9 || q[0].End != 12 || q[0].Speaker == nil || *q[0].Speaker != "He" || q[0].SpeakerStart != nil {
		t.Errorf("quotes %+v", q)
	}
	var zero schemas.Quote
	if q[0].Kind != zero.Kind {
		t.Errorf("missing column kind = %q, want zero", q[0].Kind)
	}
}

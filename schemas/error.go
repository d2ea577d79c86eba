package schemas

// Error is one row of the errors table: a record that could not be
// processed, or a stage that failed on an article that still came out.
type Error struct {
	// Input is the file the record came from; Line its 1-based line (JSONL)
	// or record (WARC) number, 0 for whole-file inputs.
	Input string `parquet:"input,dict" json:"input"`
	Line  int64  `parquet:"line" json:"line"`
	// ArticleID is null when the record was unreadable before its id was known.
	ArticleID *string `parquet:"article_id,optional" json:"article_id"`
	// Stage is read, clean, annotate or a stage name (tokenize, ner, …).
	Stage   string `parquet:"stage,dict" json:"stage"`
	Message string `parquet:"message" json:"message"`
}

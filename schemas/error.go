package schemas

// Error is one row of the errors table: a record that could not be
// processed, a stage that failed on an article that still came out, or a
// warning about an article that came out changed.
type Error struct {
	// Input is the file the record came from; Line its 1-based line (JSONL)
	// or record (WARC) number, 0 for whole-file inputs.
	Input string `parquet:"input,dict" json:"input"`
	Line  int64  `parquet:"line" json:"line"`
	// ArticleID is null when the record was unreadable before its id was known.
	ArticleID *string `parquet:"article_id,optional" json:"article_id"`
	// Stage is read, clean, annotate or a stage name (tokenize, ner, …).
	Stage string `parquet:"stage,dict" json:"stage"`
	// Severity is "error" (the record gave no article) or "warning" (the
	// article came out, changed as Message says: a date left null, a
	// duplicate id renamed, a text truncated, bytes replaced).
	Severity string `parquet:"severity,dict" json:"severity"`
	Message  string `parquet:"message" json:"message"`
}

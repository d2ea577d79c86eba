package schemas

import "time"

// Article is one row of the articles table: one processed article and the
// exact text every offset of every other table refers to.
type Article struct {
	ArticleID string `parquet:"article_id,plain" json:"article_id"`
	// Input is the file the article was read from ("-" for stdin, "sample:NAME"
	// for the embedded sample); InputLine its line (JSONL) or record (WARC)
	// number, 0 for whole-file inputs.
	Input     string `parquet:"input,dict" json:"input"`
	InputLine int64  `parquet:"input_line,delta" json:"input_line"`
	// Source, URL, Title, Byline, Dateline and Agency are null when unknown.
	Source   *string `parquet:"source,optional,dict" json:"source"`
	URL      *string `parquet:"url,optional,plain" json:"url"`
	Title    *string `parquet:"title,optional,plain" json:"title"`
	Byline   *string `parquet:"byline,optional,plain" json:"byline"`
	Dateline *string `parquet:"dateline,optional,dict" json:"dateline"`
	Agency   *string `parquet:"agency,optional,dict" json:"agency"`
	// PublishedAt is UTC, microsecond precision, null when unknown.
	PublishedAt *time.Time `parquet:"published_at,optional,timestamp(microsecond)" json:"published_at"`
	Text        string     `parquet:"text,plain" json:"text"`
	// NChars is the length of Text in code points; RawChars the length of
	// the input text or HTML before cleaning.
	NChars     int32 `parquet:"n_chars" json:"n_chars"`
	RawChars   int32 `parquet:"raw_chars" json:"raw_chars"`
	NWords     int32 `parquet:"n_words" json:"n_words"`
	NSentences int32 `parquet:"n_sentences" json:"n_sentences"`
	// MinHash is the MinHash signature of Text over word 5-grams
	// (fingerprint.Signature, 60 values); DupBands its 30 band keys
	// (fingerprint.BandKeys): articles sharing a band key are near-duplicate
	// candidates. Both are empty when Text has no word.
	MinHash  []int32 `parquet:"minhash,list" json:"minhash"`
	DupBands []int64 `parquet:"dup_bands,list" json:"dup_bands"`
	// Meta holds the input's other fields as a JSON object, null if none.
	Meta *string `parquet:"meta,optional,plain" json:"meta"`
}

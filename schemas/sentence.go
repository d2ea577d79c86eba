package schemas

// Sentence is one row of the sentences table.
type Sentence struct {
	ArticleID     string `parquet:"article_id,dict" json:"article_id"`
	SentenceIndex int32  `parquet:"sentence_index,delta" json:"sentence_index"`
	Start         int32  `parquet:"start,delta" json:"start"`
	End           int32  `parquet:"end,delta" json:"end"`
	Text          string `parquet:"text,plain" json:"text"`
}

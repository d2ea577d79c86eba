package schemas

// Token is one row of the tokens table: a word or punctuation token.
type Token struct {
	ArticleID     string `parquet:"article_id,dict" json:"article_id"`
	SentenceIndex int32  `parquet:"sentence_index,delta" json:"sentence_index"`
	// TokenIndex counts tokens within the sentence, from 0.
	TokenIndex int32  `parquet:"token_index,delta" json:"token_index"`
	Start      int32  `parquet:"start,delta" json:"start"`
	End        int32  `parquet:"end,delta" json:"end"`
	Text       string `parquet:"text,dict" json:"text"`
	// POS is a Penn Treebank part-of-speech tag.
	POS string `parquet:"pos,dict" json:"pos"`
}

package schemas

// Wordpiece is one row of the optional wordpieces table: the BERT WordPiece
// encoding of one sentence (or one window of a long sentence).
type Wordpiece struct {
	ArticleID     string `parquet:"article_id,dict" json:"article_id"`
	SentenceIndex int32  `parquet:"sentence_index,delta" json:"sentence_index"`
	// Window numbers the windows of a sentence longer than --max-length.
	Window int32 `parquet:"window" json:"window"`
	// InputIDs are vocabulary ids, [CLS] first and [SEP] last.
	InputIDs []int32 `parquet:"input_ids,list" json:"input_ids"`
	// Starts and Ends are code point offsets into articles.text; -1 for
	// [CLS] and [SEP].
	Starts []int32 `parquet:"starts,list" json:"starts"`
	Ends   []int32 `parquet:"ends,list" json:"ends"`
	// WordIDs is the token_index (tokens table) of the word each piece
	// belongs to; -1 for special tokens.
	WordIDs []int32 `parquet:"word_ids,list" json:"word_ids"`
	// NERTags are BIO tags over the entity labels (B-PERSON, I-PERSON, …, O).
	NERTags []string `parquet:"ner_tags,list" json:"ner_tags"`
}

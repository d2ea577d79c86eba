package schemas

// Mention is one row of the mentions table: one occurrence of a named
// entity.
type Mention struct {
	ArticleID    string `parquet:"article_id,dict" json:"article_id"`
	MentionIndex int32  `parquet:"mention_index,delta" json:"mention_index"`
	Start        int32  `parquet:"start,delta" json:"start"`
	End          int32  `parquet:"end,delta" json:"end"`
	Text         string `parquet:"text,dict" json:"text"`
	// Label is PERSON, LOCATION, ORGANIZATION or MISC.
	Label string `parquet:"label,dict" json:"label"`
	// EntityID is the entity_id of the entities row this mention refers to.
	EntityID int32 `parquet:"entity_id" json:"entity_id"`
}

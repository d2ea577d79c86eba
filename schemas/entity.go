package schemas

// Entity is one row of the entities table: one distinct entity of an
// article.
type Entity struct {
	ArticleID string `parquet:"article_id,dict" json:"article_id"`
	// EntityID numbers the article's entities from 0 in order of first
	// mention.
	EntityID int32 `parquet:"entity_id,delta" json:"entity_id"`
	// Canonical is the fullest name used in the article, titles excluded.
	Canonical  string `parquet:"canonical,dict" json:"canonical"`
	Label      string `parquet:"label,dict" json:"label"`
	NMentions  int32  `parquet:"n_mentions" json:"n_mentions"`
	FirstStart int32  `parquet:"first_start,delta" json:"first_start"`
}

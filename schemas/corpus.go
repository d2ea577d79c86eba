package schemas

import "time"

// The row types of `newsnlp corpus`, which reads the per-article tables of
// one or many runs and writes tables about the whole corpus.

// Identity is one row of the people, organizations and places tables: one
// real-world identity across articles, made of the per-article entities
// (entities rows) that name it.
type Identity struct {
	// IdentityID is "<label>:<key>", the key being the folded canonical
	// name ("person:donald trump"); entity_links points here.
	IdentityID string `parquet:"identity_id,plain" json:"identity_id"`
	Canonical  string `parquet:"canonical,plain" json:"canonical"`
	Label      string `parquet:"label,dict" json:"label"`
	// Variants are the per-article canonical names merged into this
	// identity, with the number of articles using each, most used first.
	Variants []NameCount `parquet:"variants,list" json:"variants"`
	// Articles, Mentions and Quotes count the articles naming the identity,
	// its mentions, and the quotes attributed to it.
	Articles int64 `parquet:"articles" json:"articles"`
	Mentions int64 `parquet:"mentions" json:"mentions"`
	Quotes   int64 `parquet:"quotes" json:"quotes"`
	// FirstPublishedAt and LastPublishedAt bound the published_at of its
	// articles; null when none has a date.
	FirstPublishedAt *time.Time `parquet:"first_published_at,optional,timestamp(microsecond)" json:"first_published_at"`
	LastPublishedAt  *time.Time `parquet:"last_published_at,optional,timestamp(microsecond)" json:"last_published_at"`
}

// NameCount is a name and how many articles (or quotes) used it.
type NameCount struct {
	Name  string `parquet:"name" json:"name"`
	Count int64  `parquet:"count" json:"count"`
}

// Quotation is one row of the quotations table: one unique quotation across
// articles, with the partial quotations contained in it.
type Quotation struct {
	// QuoteKey is the quotes.quote_key of the longest member.
	QuoteKey string `parquet:"quote_key,plain" json:"quote_key"`
	// Text is the longest text of the quotation as written (in code
	// points; of equal lengths the smallest string).
	Text string `parquet:"text,plain" json:"text"`
	// MemberKeys are the quote_keys grouped here: the quotation's own and
	// those of partial quotations whose words it contains, sorted.
	MemberKeys  []string `parquet:"member_keys,list" json:"member_keys"`
	Occurrences int64    `parquet:"occurrences" json:"occurrences"`
	// ArticleIDs are the distinct articles quoting it, sorted; Sources and
	// URLs the distinct non-null articles.source and articles.url, sorted.
	ArticleIDs       []string   `parquet:"article_ids,list" json:"article_ids"`
	Sources          []string   `parquet:"sources,list" json:"sources"`
	URLs             []string   `parquet:"urls,list" json:"urls"`
	FirstPublishedAt *time.Time `parquet:"first_published_at,optional,timestamp(microsecond)" json:"first_published_at"`
	LastPublishedAt  *time.Time `parquet:"last_published_at,optional,timestamp(microsecond)" json:"last_published_at"`
	// SpeakerVotes counts the occurrences attributed to each identity
	// (people/organizations identity_id), most votes first; Speaker and
	// SpeakerID are the winner, SpeakerShare its votes over all
	// occurrences. Null when no occurrence has a speaker entity.
	SpeakerVotes []NameCount `parquet:"speaker_votes,list" json:"speaker_votes"`
	Speaker      *string     `parquet:"speaker,optional,plain" json:"speaker"`
	SpeakerID    *string     `parquet:"speaker_id,optional,plain" json:"speaker_id"`
	SpeakerShare *float64    `parquet:"speaker_share,optional" json:"speaker_share"`
}

// ArticleCluster is one row of the article_clusters table: an article that
// has at least one near-duplicate, and its cluster.
type ArticleCluster struct {
	// ClusterID is the article_id of the cluster's representative: its
	// earliest published article (undated last), then the smallest id.
	ClusterID string `parquet:"cluster_id,plain" json:"cluster_id"`
	ArticleID string `parquet:"article_id,plain" json:"article_id"`
	// Size is the number of articles in the cluster.
	Size int32 `parquet:"size" json:"size"`
	// Similarity is the MinHash estimate of the Jaccard similarity of the
	// article's 5-gram set with the representative's (1 for itself).
	Similarity  float64    `parquet:"similarity" json:"similarity"`
	Source      *string    `parquet:"source,optional,dict" json:"source"`
	PublishedAt *time.Time `parquet:"published_at,optional,timestamp(microsecond)" json:"published_at"`
}

// EntityLink is one row of the entity_links table: a per-article entity
// (entities row) and the corpus identity it belongs to.
type EntityLink struct {
	ArticleID  string `parquet:"article_id,plain" json:"article_id"`
	EntityID   int32  `parquet:"entity_id" json:"entity_id"`
	IdentityID string `parquet:"identity_id,plain" json:"identity_id"`
	// Table is the table holding the identity: people, organizations or
	// places.
	Table string `parquet:"table,dict" json:"table"`
}

// Package corpus builds tables about a whole corpus from the per-article
// tables of one or many `newsnlp run` outputs (shard parts included):
//
//   - people, organizations, places: one row per real-world identity, made
//     of the per-article entities that name it (Identities);
//   - quotations: one row per unique quotation, grouped by quotes.quote_key,
//     with the partial quotations it contains, its occurrences and the
//     votes for its speaker (Quotations);
//   - article_clusters: near-duplicate articles, found with the MinHash
//     bands of articles.dup_bands and checked with articles.minhash;
//   - entity_links: the corpus identity of every per-article entity.
//
// Memory is bounded: quotes and band keys go through external sorts
// (package extsort) that spill to disk; what stays in memory grows with
// the number of distinct names and of articles (a few bytes each), not
// with the number of quotes. queries/*.sql computes the same tables in SQL.
package corpus

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
// (package extsort) that spill to disk, with records encoded by hand
// (spill.go); what stays in memory grows with the number of distinct
// names and of articles (a few dozen bytes each) and of distinct partial
// quotations (about 60 bytes each), not with the number of quotes.
// queries/*.sql computes the same tables in SQL (name_identities.sql
// first, for entity_links.sql and identities.sql).
package corpus

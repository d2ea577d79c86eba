// Package diff compares two newsnlp runs of the same input: row counts per
// table; per article the entities, mentions and quotes added, removed and
// changed (label, span, speaker), with their text; summary counts and rates;
// and rules over them (`quotes.speaker_changed>2%`, `articles.lost>0`) that
// a CI job fails on. Reports are written as text, Markdown or JSON.
//
// Articles are matched by article_id. Within an article whose text is the
// same in both runs, mentions and quotes are matched by identical span,
// then remaining ones by overlap (the pair that overlaps most first): an
// overlapping pair is a span change, the rest are added or removed.
// Entities are matched by canonical name. An article whose text changed is
// reported as such and its spans are not compared.
package diff

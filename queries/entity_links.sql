-- entity_links: the same table as `newsnlp corpus`, in SQL (DuckDB), after
-- name_identities.sql. Input: the view `entities` over the run output.
-- Every per-article entity of a PERSON, ORGANIZATION or LOCATION label whose
-- name folds to some words, with its identity.
SELECT e.article_id, e.entity_id, n.identity_id, n."table"
FROM entities e JOIN name_identities n ON n.label = e.label AND n.canonical = e.canonical
ORDER BY e.article_id, e.entity_id;

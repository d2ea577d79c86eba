-- people, organizations, places: the same tables as `newsnlp corpus`, in SQL
-- (DuckDB), after name_identities.sql; one result, the table in column
-- "table" (WHERE "table" = 'people' for the people table).
-- Inputs: views `entities`, `articles` and `quotes` over the run output.
-- Per identity: the articles naming it, its mentions, its per-article
-- spellings with the number of entities using each (most first, then by
-- name), the quotes whose speaker entity links to it (people and
-- organizations only), and the range of its articles' published_at. Rows most
-- articles first, then by identity_id.
-- Spark SQL: collect_list(named_struct(...)) sorted with array_sort and a
-- comparator for the variants.
WITH
links AS (
  SELECT e.article_id, e.entity_id, e.canonical, e.n_mentions, n.identity_id, n."table", n.identity_canonical, n.identity_label
  FROM entities e JOIN name_identities n ON n.label = e.label AND n.canonical = e.canonical
),
variants AS (
  SELECT identity_id, list({'name': canonical, 'count': n} ORDER BY n DESC, canonical) AS variants
  FROM (SELECT identity_id, canonical, count(*) AS n FROM links GROUP BY identity_id, canonical)
  GROUP BY identity_id
),
quoted AS (
  SELECT l.identity_id, count(*) AS quotes
  FROM quotes q JOIN links l ON l.article_id = q.article_id AND l.entity_id = q.speaker_entity_id
  WHERE l."table" IN ('people', 'organizations')
  GROUP BY l.identity_id
),
counts AS (
  SELECT l."table", l.identity_id, any_value(l.identity_canonical) AS canonical, any_value(l.identity_label) AS label,
         count(DISTINCT l.article_id) AS articles, sum(l.n_mentions) AS mentions,
         min(a.published_at) AS first_published_at, max(a.published_at) AS last_published_at
  FROM links l JOIN articles a USING (article_id)
  GROUP BY l."table", l.identity_id
)
SELECT c."table", c.identity_id, c.canonical, c.label, v.variants, c.articles, c.mentions,
       coalesce(q.quotes, 0) AS quotes, c.first_published_at, c.last_published_at
FROM counts c JOIN variants v USING (identity_id) LEFT JOIN quoted q USING (identity_id)
ORDER BY c."table", c.articles DESC, c.identity_id;

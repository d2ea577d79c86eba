-- name_identities: the corpus identity of every per-article name, the step of
-- `newsnlp corpus` that people.sql, organizations.sql, places.sql and
-- entity_links.sql build on; run it first (it creates a temporary view).
-- Inputs: the view `entities` over the run output, and views `lexicon_titles`,
-- `lexicon_aliases`, `lexicon_countries` and `lexicon_regions` with one column
-- `line`, one row per line of nlp/entities/lexicon/{titles.txt, aliases.txt,
-- countries.tsv, regions.txt} (the resolver's lexicon, as `newsnlp` embeds it).
-- Output: name_identities(label, canonical, identity_id, "table",
-- identity_canonical, identity_label): every (label, canonical) of the
-- entities with its identity, the identity's canonical name and label.
-- Logic (corpus/identity.go):
--  * a name is a label (PERSON, ORGANIZATION, LOCATION) and the fold of a
--    per-article canonical name (nlp/entities normalizeName: words split on
--    white space, a final possessive removed, lower-cased, ’ as ', periods
--    removed, non-letters and non-digits trimmed from each end, empty words
--    dropped, then a leading "the" and a final corporate suffix); a person's
--    key also drops leading titles and middle initials;
--  * rule 1: places and organizations whose keys share an alias group of the
--    lexicon are one; rule 2: an acronym (one word, written in 2 to 10
--    capitals) joins the one multi-word name of its kind whose initials it
--    is, when that name is in 3 articles or more and the acronym in at most 4
--    times as many; rule 3: a person's surname alone joins the one full name
--    ending in it, or the full name holding 90% of such names' articles and
--    at least 5, unless used alone in more than 4 times its articles;
--  * an identity's id is lower(label):key of its best name (people: most
--    words; then not an acronym, most articles, smallest key).
-- Spark SQL: CREATE OR REPLACE TEMPORARY VIEW; split() for string_split and
-- regexp_split_to_array, transform/filter/exists for list_transform/
-- list_filter, array_contains for list_contains, slice for list_slice,
-- array_join for array_to_string, max_by for arg_max; WITH RECURSIVE (alias
-- groups of lines sharing a name) needs Spark 4.1.
CREATE OR REPLACE TEMP VIEW name_identities AS
WITH RECURSIVE
lex_lines AS (
  SELECT 'title' AS list, line FROM lexicon_titles
  UNION ALL SELECT 'alias', line FROM lexicon_aliases
  UNION ALL SELECT 'alias', line FROM lexicon_countries
  UNION ALL SELECT 'region', line FROM lexicon_regions
),
lex_fields AS (
  SELECT list, row_number() OVER () AS line_no,
         list_filter(list_transform(string_split(trim(line), chr(9)), f -> trim(f)), f -> f <> '') AS fields
  FROM lex_lines
  WHERE trim(line) <> '' AND NOT starts_with(trim(line), '#')
),
-- fold: the words of a display name (normalizeName), for a lexicon name or
-- an entity's canonical name.
raw_names AS (
  SELECT DISTINCT label, canonical FROM entities
  WHERE label IN ('PERSON', 'ORGANIZATION', 'LOCATION') AND entity_id >= 0
),
to_fold AS (
  SELECT 'entity' AS src, label, canonical AS display, NULL::BIGINT AS line_no FROM raw_names
  UNION ALL
  SELECT list, NULL, unnest(fields), line_no FROM lex_fields WHERE list IN ('alias', 'region')
),
folded AS (
  SELECT src, label, display, line_no,
         list_filter(list_transform(
           regexp_split_to_array(display, '[\s\x{0B}\x{85}\p{Z}]+'),
           w -> regexp_replace(
                  replace(replace(lower(
                    CASE WHEN regexp_matches(w, '^.+[''’][sS]$') THEN regexp_replace(w, '[''’][sS]$', '')
                         WHEN regexp_matches(w, '^.+s[''’]$') THEN regexp_replace(w, '[''’]$', '')
                         ELSE w END), '’', ''''), '.', ''),
                  '^[^\p{L}\p{Nd}]+|[^\p{L}\p{Nd}]+$', '', 'g')),
           w -> w <> '') AS w0
  FROM to_fold
),
keyed AS (
  SELECT src, label, display, line_no,
         CASE WHEN len(w1) >= 2 AND list_contains(['inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'ag', 'sa', 'gmbh', 'incorporated', 'corporation', 'limited'], w1[len(w1)])
              THEN list_slice(w1, 1, len(w1) - 1) ELSE w1 END AS words
  FROM (SELECT *, CASE WHEN len(w0) >= 2 AND w0[1] = 'the' THEN list_slice(w0, 2, len(w0)) ELSE w0 END AS w1 FROM folded)
),
titles AS (
  SELECT list(DISTINCT replace(replace(lower(f), '’', ''''), '.', '')) AS tl
  FROM (SELECT unnest(fields) AS f FROM lex_fields WHERE list = 'title')
),
-- alias groups: lexicon lines sharing a name are one group
alias_keys AS (
  SELECT DISTINCT line_no, array_to_string(words, ' ') AS key FROM keyed WHERE src = 'alias' AND len(words) > 0
),
alias_edges AS (
  SELECT a.line_no AS a, b.line_no AS b FROM alias_keys a JOIN alias_keys b USING (key)
),
alias_reach(line_no, grp) AS (
  SELECT a, b FROM alias_edges
  UNION
  SELECT r.line_no, e.b FROM alias_reach r JOIN alias_edges e ON e.a = r.grp
),
alias_group AS (
  SELECT k.key, min(r.grp) AS grp
  FROM alias_keys k JOIN alias_reach r USING (line_no) GROUP BY k.key
),
places AS (
  SELECT key FROM alias_keys
  UNION SELECT array_to_string(words, ' ') FROM keyed WHERE src = 'region' AND len(words) > 0
),
-- the entities' names: people without leading titles and middle initials
spelled0 AS (
  SELECT k.label, k.display AS canonical,
         CASE k.label WHEN 'PERSON' THEN 0 WHEN 'ORGANIZATION' THEN 1 ELSE 2 END AS kind,
         CASE WHEN k.label <> 'PERSON' THEN k.words
              ELSE list_slice(k.words, least(coalesce(nullif(list_position(
                     list_transform(k.words, x -> list_contains(t.tl, x) OR len(list_filter(string_split(x, '-'), y -> list_contains(t.tl, y))) > 0),
                     false), 0), len(k.words)), len(k.words)), len(k.words))
         END AS p
  FROM keyed k CROSS JOIN titles t
  WHERE k.src = 'entity' AND len(k.words) > 0
),
spelled AS (
  SELECT label, canonical, kind, words, array_to_string(words, ' ') AS key
  FROM (SELECT *, CASE WHEN kind = 0 AND len(p) >= 3
                       THEN list_concat([p[1]], list_filter(list_slice(p, 2, len(p) - 1), x -> length(x) > 1), [p[len(p)]])
                       ELSE p END AS words
        FROM spelled0)
),
name_rows AS (
  SELECT s.kind, s.key, e.article_id, e.canonical
  FROM entities e JOIN spelled s ON s.label = e.label AND s.canonical = e.canonical
  WHERE e.entity_id >= 0
),
spellings AS (
  SELECT kind, key, canonical, count(*) AS n FROM name_rows GROUP BY kind, key, canonical
),
names AS (
  SELECT s.kind, s.key, any_value(s.words) AS words, any_value(s.label) AS label, any_value(a.articles) AS articles,
         bool_or(regexp_matches(trim(s.canonical), '^[\p{Lu}.]+$')
                 AND length(regexp_replace(trim(s.canonical), '\.', '', 'g')) BETWEEN 2 AND 10) AS acronym,
         -- the spelling most used, then the shortest in bytes, then the smallest
         any_value(c.canonical) AS top_spelling
  FROM spelled s
  JOIN (SELECT kind, key, count(DISTINCT article_id) AS articles FROM name_rows GROUP BY kind, key) a USING (kind, key)
  JOIN (SELECT kind, key, arg_min(canonical, (-n, strlen(canonical), canonical)) AS canonical FROM spellings GROUP BY kind, key) c USING (kind, key)
  GROUP BY s.kind, s.key
),
-- rule 1: the component of a name after the alias groups
comp1 AS (
  SELECT n.*, g.grp IS NOT NULL AS aliased,
         CASE WHEN n.kind <> 0 AND g.grp IS NOT NULL THEN 'a' || g.grp ELSE 'n' || n.key END AS comp
  FROM names n LEFT JOIN alias_group g ON n.kind <> 0 AND g.key = n.key
),
-- rule 2: acronyms
initials AS (
  SELECT DISTINCT kind, key, comp, articles, array_to_string(list_transform(
           flatten(list_transform(list_filter(words, w -> NOT skip_stop OR NOT list_contains(['of', 'the', 'and', 'for', '&', 'on', 'in', 'de'], w)),
                                  w -> CASE WHEN split_hyphen THEN string_split(w, '-') ELSE [w] END)),
           p -> CASE WHEN regexp_matches(left(p, 1), '^\p{L}$') THEN left(p, 1) ELSE '' END), '') AS acronym
  FROM comp1, (SELECT unnest([false, true]) AS skip_stop), (SELECT unnest([false, true]) AS split_hyphen)
  WHERE kind <> 0 AND len(words) >= 2
),
acronym_targets AS (
  SELECT a.kind, a.key, a.articles AS own, i.comp AS target, sum(i.articles) AS articles
  FROM comp1 a JOIN initials i ON i.kind = a.kind AND i.acronym = a.key AND length(i.acronym) >= 2
  WHERE a.kind <> 0 AND a.acronym AND len(a.words) = 1 AND NOT a.aliased
  GROUP BY a.kind, a.key, a.articles, i.comp
),
acronym_joins AS (
  SELECT kind, key, any_value(target) AS target
  FROM acronym_targets GROUP BY kind, key
  HAVING count(*) = 1 AND any_value(articles) >= 3 AND any_value(articles) * 4 >= any_value(own)
),
-- rule 3: surnames
surname_targets AS (
  SELECT s.key, s.articles AS own, f.comp AS target, f.articles
  FROM comp1 s JOIN comp1 f ON f.kind = 0 AND len(f.words) >= 2 AND f.words[len(f.words)] = s.key
  WHERE s.kind = 0 AND len(s.words) = 1 AND length(s.key) > 1
    AND s.key NOT IN ('jr', 'sr', 'ii', 'iii', 'iv') AND s.key NOT IN (SELECT key FROM places)
),
surname_joins AS (
  SELECT 0 AS kind, key, arg_max(target, articles) AS target
  FROM surname_targets GROUP BY key
  HAVING max(articles) * 4 >= any_value(own)
     AND (count(*) = 1 OR (max(articles) >= 0.9 * sum(articles) AND max(articles) >= 5))
),
joins AS (SELECT * FROM acronym_joins UNION ALL SELECT * FROM surname_joins),
final AS (
  SELECT c.*, coalesce(j.target, c.comp) AS identity
  FROM comp1 c LEFT JOIN joins j ON j.kind = c.kind AND j.key = c.key
),
best AS (
  SELECT kind, identity,
         arg_min(struct_pack(id := lower(label) || ':' || key, canonical := top_spelling, label := label),
                 (CASE WHEN kind = 0 THEN -len(words) ELSE 0 END, acronym, -articles, key)) AS b
  FROM final GROUP BY kind, identity
)
SELECT s.label, s.canonical, b.b.id AS identity_id,
       CASE s.kind WHEN 0 THEN 'people' WHEN 1 THEN 'organizations' ELSE 'places' END AS "table",
       b.b.canonical AS identity_canonical, b.b.label AS identity_label
FROM spelled s
JOIN final f ON f.kind = s.kind AND f.key = s.key
JOIN best b ON b.kind = f.kind AND b.identity = f.identity;

-- quotations: the same table as `newsnlp corpus`, in SQL (DuckDB).
-- Inputs: views `quotes` and `articles` over the run output, and
-- `entity_links`, `people` and `organizations` over the corpus output.
-- Logic (corpus/quotations.go): occurrences grouped by quote_key; a partial
-- quotation of 3 words or more joins the quotation whose folded words contain
-- its own (preferring one voted for the partial's speaker, then the longest,
-- the most quoted, the smallest key), and a partial joining a longer partial
-- goes on to the quotation that one joins; speaker votes count the occurrences
-- attributed to each identity; the winner's share is over all occurrences.
-- Folding: lower-case, every run of characters that are not letters or
-- decimal digits one space (fingerprint.Normalize).
-- Spark SQL: collect_list/array_distinct/array_sort for the lists, sequence()
-- and slice() for the word windows, max_by for arg_max; the recursive chain
-- of joins needs Spark 4.1 (else repeat the parent join a few times: chains
-- are short, each step is a longer quotation).
WITH RECURSIVE
occ AS (
  SELECT q.quote_key, q.text, q.kind, q.article_id, a.source, a.url, a.published_at,
         CASE WHEN l."table" IN ('people', 'organizations') THEN l.identity_id END AS speaker_id
  FROM quotes q
  JOIN articles a USING (article_id)
  LEFT JOIN entity_links l ON l.article_id = q.article_id AND l.entity_id = q.speaker_entity_id
),
keyed AS (
  SELECT quote_key,
         max(length(text)) AS maxlen,
         count(*) AS occurrences,
         bool_or(kind = 'partial') AS partial
  FROM occ GROUP BY quote_key
),
texts AS (
  SELECT k.quote_key, min(o.text) AS text, k.occurrences, k.partial
  FROM keyed k JOIN occ o ON o.quote_key = k.quote_key AND length(o.text) = k.maxlen
  GROUP BY k.quote_key, k.occurrences, k.partial
),
words AS (
  SELECT quote_key, occurrences, partial,
         list_filter(string_split(trim(regexp_replace(lower(text), '[^\p{L}\p{Nd}]+', ' ', 'g')), ' '), w -> w <> '') AS w
  FROM texts
),
votes AS (
  SELECT quote_key, speaker_id, count(*) AS n FROM occ WHERE speaker_id IS NOT NULL GROUP BY quote_key, speaker_id
),
top_vote AS (
  SELECT quote_key, arg_min(speaker_id, (-n, speaker_id)) AS speaker_id FROM votes GROUP BY quote_key
),
partials AS (
  SELECT w.quote_key, w.w, len(w.w) AS n, t.speaker_id
  FROM words w LEFT JOIN top_vote t USING (quote_key)
  WHERE w.partial AND len(w.w) >= 3
),
windows AS (
  SELECT quote_key, w, occurrences, unnest(range(1, len(w) - 1)) AS p
  FROM words WHERE len(w) >= 3
),
containing AS (
  SELECT p.quote_key AS partial_key, l.quote_key AS parent,
         CASE WHEN v.n IS NOT NULL THEN 1 ELSE 0 END AS same_speaker, len(l.w) AS n, l.occurrences
  FROM partials p
  JOIN windows l ON list_slice(l.w, l.p, l.p + 2) = list_slice(p.w, 1, 3)
  LEFT JOIN votes v ON v.quote_key = l.quote_key AND v.speaker_id = p.speaker_id
  WHERE l.quote_key <> p.quote_key AND p.n < len(l.w) AND l.p + p.n - 1 <= len(l.w)
    AND list_slice(l.w, l.p, l.p + p.n - 1) = p.w
),
parent AS (
  SELECT partial_key, arg_min(parent, (-same_speaker, -n, -occurrences, parent)) AS parent
  FROM containing GROUP BY partial_key
),
chain(partial_key, root) AS (
  SELECT partial_key, parent FROM parent
  UNION ALL
  SELECT c.partial_key, p.parent FROM chain c JOIN parent p ON p.partial_key = c.root
),
final AS (
  SELECT t.quote_key, coalesce(c.root, t.quote_key) AS final_key
  FROM texts t
  LEFT JOIN (SELECT * FROM chain WHERE root NOT IN (SELECT partial_key FROM parent)) c ON c.partial_key = t.quote_key
),
grouped AS (
  SELECT f.final_key AS quote_key,
         list_sort(list_distinct(list(o.quote_key))) AS member_keys,
         count(*) AS occurrences,
         list_sort(list_distinct(list(o.article_id))) AS article_ids,
         list_sort(list_distinct(list(o.source))) AS sources,
         list_sort(list_distinct(list(o.url))) AS urls,
         min(o.published_at) AS first_published_at,
         max(o.published_at) AS last_published_at
  FROM occ o JOIN final f USING (quote_key)
  GROUP BY f.final_key
),
group_votes AS (
  SELECT f.final_key AS quote_key, o.speaker_id, count(*) AS n
  FROM occ o JOIN final f USING (quote_key)
  WHERE o.speaker_id IS NOT NULL
  GROUP BY f.final_key, o.speaker_id
),
vote_lists AS (
  SELECT quote_key,
         list({'name': speaker_id, 'count': n} ORDER BY n DESC, speaker_id) AS speaker_votes,
         arg_min(speaker_id, (-n, speaker_id)) AS speaker_id,
         max(n) AS top
  FROM group_votes GROUP BY quote_key
)
SELECT g.quote_key, t.text, g.member_keys, g.occurrences, g.article_ids, g.sources, g.urls,
       g.first_published_at, g.last_published_at,
       coalesce(v.speaker_votes, []) AS speaker_votes,
       c.canonical AS speaker, v.speaker_id, v.top / g.occurrences AS speaker_share
FROM grouped g
JOIN texts t ON t.quote_key = g.quote_key
LEFT JOIN vote_lists v ON v.quote_key = g.quote_key
LEFT JOIN (SELECT identity_id, canonical FROM people UNION ALL SELECT identity_id, canonical FROM organizations) c
  ON c.identity_id = v.speaker_id
ORDER BY g.quote_key;

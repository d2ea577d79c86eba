-- article_clusters: the same table as `newsnlp corpus`, in SQL (DuckDB).
-- Input: a view `articles` over the run output (articles.parquet or
-- articles/*.parquet). Logic (corpus/clusters.go): articles sharing a band key
-- at the same band position are candidates; each is compared with the
-- bucket's smallest article_id, and linked when their MinHash signatures
-- agree on at least 27 of 60 values (corpus.MinSharedValues); clusters are the connected components of
-- two or more articles; the representative is the earliest published
-- article (undated last), then the smallest article_id.
-- Spark SQL: posexplode(dup_bands) for the band positions, and
-- aggregate(zip_with(a, b, (x, y) -> IF(x = y, 1, 0)), 0, (s, x) -> s + x)
-- for the agreement count; WITH RECURSIVE needs Spark 4.1 (else iterate the
-- min-label step or use GraphFrames connectedComponents).
WITH RECURSIVE
bands AS (
  SELECT article_id, generate_subscripts(dup_bands, 1) AS pos, unnest(dup_bands) AS band
  FROM articles
),
heads AS (
  SELECT pos, band, min(article_id) AS head
  FROM bands GROUP BY pos, band HAVING count(*) > 1
),
candidates AS (
  SELECT DISTINCT h.head, b.article_id
  FROM bands b JOIN heads h USING (pos, band)
  WHERE b.article_id <> h.head
),
edges AS (
  SELECT c.head AS a, c.article_id AS b
  FROM candidates c
  JOIN articles x ON x.article_id = c.head
  JOIN articles y ON y.article_id = c.article_id
  WHERE len(x.minhash) = 60 AND len(y.minhash) = 60
    AND list_sum(list_transform(range(1, 61), i -> CASE WHEN x.minhash[i] = y.minhash[i] THEN 1 ELSE 0 END)) >= 27
),
links AS (SELECT a, b FROM edges UNION SELECT b, a FROM edges),
reach(node, comp) AS (
  SELECT a, a FROM links
  UNION
  SELECT l.b, r.comp FROM reach r JOIN links l ON l.a = r.node
),
members AS (
  SELECT node AS article_id, min(comp) AS comp FROM reach GROUP BY node
),
ranked AS (
  SELECT m.comp, a.article_id, a.source, a.published_at, a.minhash,
         row_number() OVER (PARTITION BY m.comp ORDER BY a.published_at NULLS LAST, a.article_id) AS rank,
         count(*) OVER (PARTITION BY m.comp) AS size
  FROM members m JOIN articles a USING (article_id)
),
reps AS (SELECT comp, article_id AS cluster_id, minhash AS rep_minhash FROM ranked WHERE rank = 1)
SELECT r.cluster_id, k.article_id, CAST(k.size AS INTEGER) AS size,
       list_sum(list_transform(range(1, 61), i -> CASE WHEN k.minhash[i] = r.rep_minhash[i] THEN 1 ELSE 0 END)) / 60.0 AS similarity,
       k.source, k.published_at
FROM ranked k JOIN reps r USING (comp)
ORDER BY r.cluster_id, k.article_id;

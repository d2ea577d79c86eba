// Runs a query of queries/*.sql through DuckDB over newsnlp outputs:
//   node sql.mjs RUN_DIR CORPUS_DIR [SETUP.sql...] QUERY.sql    (or SQL statements instead of files)
// Views: articles, entities, quotes (RUN_DIR/<t>.parquet or RUN_DIR/<t>/*.parquet),
// entity_links, people, organizations, places (CORPUS_DIR/<t>.parquet), and
// lexicon_titles, lexicon_aliases, lexicon_countries, lexicon_regions (column
// line: the lines of nlp/entities/lexicon/*). SETUP statements run first.
// Prints {"columns": [...], "data": [row objects]} on stdout, values as dump.mjs prints them.
import { DuckDBInstance } from '@duckdb/node-api';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { plain } from './plain.mjs';

const [run, corpus, ...queries] = process.argv.slice(2);
const query = queries.pop();
const instance = await DuckDBInstance.create(':memory:');
const con = await instance.connect();
const lit = s => "'" + s.replaceAll("'", "''") + "'";
for (const t of ['articles', 'entities', 'quotes']) {
  const one = `${run}/${t}.parquet`;
  const src = existsSync(one) ? one : `${run}/${t}/*.parquet`;
  await con.run(`CREATE VIEW ${t} AS SELECT * FROM read_parquet(${lit(src)})`);
}
for (const t of ['entity_links', 'people', 'organizations', 'places']) {
  await con.run(`CREATE VIEW ${t} AS SELECT * FROM read_parquet(${lit(`${corpus}/${t}.parquet`)})`);
}
const lexicon = fileURLToPath(new URL('../../nlp/entities/lexicon/', import.meta.url));
for (const [view, file] of [['titles', 'titles.txt'], ['aliases', 'aliases.txt'], ['countries', 'countries.tsv'], ['regions', 'regions.txt']]) {
  await con.run(`CREATE VIEW lexicon_${view} AS SELECT unnest(string_split(content, chr(10))) AS line FROM read_text(${lit(lexicon + file)})`);
}
const text = q => q.endsWith('.sql') ? readFileSync(q, 'utf8') : q;
for (const q of queries) await con.run(text(q));
const res = await con.runAndReadAll(text(query));
const data = res.getRowObjects().map(r => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, plain(v)])));
process.stdout.write(JSON.stringify({ columns: res.columnNames(), data }) + '\n');

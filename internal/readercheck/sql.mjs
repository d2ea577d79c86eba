// Runs a query of queries/*.sql through DuckDB over newsnlp outputs:
//   node sql.mjs RUN_DIR CORPUS_DIR QUERY.sql    (or an SQL statement instead of a file)
// Views: articles, entities, quotes (RUN_DIR/<t>.parquet or RUN_DIR/<t>/*.parquet)
// and entity_links, people, organizations, places (CORPUS_DIR/<t>.parquet).
// Prints {"columns": [...], "data": [row objects]} on stdout, values as dump.mjs prints them.
import { DuckDBInstance } from '@duckdb/node-api';
import { existsSync, readFileSync } from 'node:fs';
import { plain } from './plain.mjs';

const [run, corpus, query] = process.argv.slice(2);
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
const res = await con.runAndReadAll(query.endsWith('.sql') ? readFileSync(query, 'utf8') : query);
const data = res.getRowObjects().map(r => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, plain(v)])));
process.stdout.write(JSON.stringify({ columns: res.columnNames(), data }) + '\n');

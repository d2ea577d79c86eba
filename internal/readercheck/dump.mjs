// Dumps newsnlp Parquet tables through DuckDB, an independent reader:
//   node dump.mjs FILE.parquet...
// prints one JSON object per file on stdout:
//   {"file", "columns": [[name, duckdb_type]], "rows": n, "metadata": {key: value}, "data": [row objects]}
// Timestamps are printed as RFC 3339 UTC with microseconds, lists as arrays,
// NULL as null, so that the Go test can compare them with the JSONL output.
import { DuckDBInstance } from '@duckdb/node-api';

const instance = await DuckDBInstance.create(':memory:');
const con = await instance.connect();

function plain(v) {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint') return Number(v);
  if (Array.isArray(v)) return v.map(plain);
  if (typeof v === 'object' && 'items' in v) return v.items.map(plain); // LIST
  if (typeof v === 'object' && 'micros' in v) {
    const ms = Number(v.micros / 1000n);
    const us = Number(v.micros % 1000n);
    return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, (_, m) => '.' + m + String(us).padStart(3, '0') + 'Z');
  }
  return v;
}

for (const file of process.argv.slice(2)) {
  const lit = "'" + file.replaceAll("'", "''") + "'";
  const desc = await con.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet(${lit})`);
  const columns = desc.getRowObjects().map(r => [r.column_name, r.column_type]);
  const kv = await con.runAndReadAll(`SELECT decode(key) AS k, decode(value) AS v FROM parquet_kv_metadata(${lit})`);
  const metadata = Object.fromEntries(kv.getRowObjects().map(r => [r.k, r.v]));
  const res = await con.runAndReadAll(`SELECT * FROM read_parquet(${lit})`);
  const data = res.getRowObjects().map(r => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, plain(v)])));
  process.stdout.write(JSON.stringify({ file, columns, rows: data.length, metadata, data }) + '\n');
}

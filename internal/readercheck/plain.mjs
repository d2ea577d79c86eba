// plain turns DuckDB values into JSON values: timestamps as RFC 3339 UTC with
// microseconds, lists as arrays, structs as objects, NULL as null.
export function plain(v) {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint') return Number(v);
  if (Array.isArray(v)) return v.map(plain);
  if (typeof v === 'object' && 'items' in v) return v.items.map(plain); // LIST
  if (typeof v === 'object' && 'entries' in v && !Array.isArray(v.entries)) { // STRUCT
    return Object.fromEntries(Object.entries(v.entries).map(([k, x]) => [k, plain(x)]));
  }
  if (typeof v === 'object' && 'micros' in v) {
    const ms = Number(v.micros / 1000n);
    const us = Number(v.micros % 1000n);
    return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, (_, m) => '.' + m + String(us).padStart(3, '0') + 'Z');
  }
  if (typeof v === 'object' && 'width' in v && 'scale' in v) return Number(v.toString()); // DECIMAL
  return v;
}

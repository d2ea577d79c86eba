// Package schemas defines one Go row type per output table of newsnlp. The
// struct tags are the table schema: parquet tags give column names,
// encodings and logical types, json tags give the same names for the JSONL
// output. docs/schema.md documents every column.
//
// All start/end columns are Unicode code point offsets into the article's
// text (articles.text), end exclusive: text[start:end] in Python, or
// substring(text, start+1, end-start) in DuckDB, is the span.
package schemas

// Version is written into every Parquet file's key/value metadata under
// VersionKey. It changes whenever a column is added, removed or changes
// meaning.
const Version = "2"

// VersionKey is the Parquet key/value metadata key holding Version.
const VersionKey = "newsnlp.schema_version"

// Package runread reads the output of a newsnlp run back into memory: the
// tables of an output directory, Parquet or JSONL, one file per table or
// sharded into OUT/<table>/part-<i>-of-<n>.<ext>, as the row types of
// package schemas. Columns a file has and the row type lacks are ignored;
// columns the row type has and an older file lacks come back as zero or
// null. It is what `newsnlp show`, `diff`, `eval --gold` and `export-gold`
// read runs with.
package runread

// Package source reads article dumps: JSONL (plain, gzip, zstd), plain text
// files, HTML pages and WARC archives, given as files, directories or stdin.
// Each source is an iterator of Records; a record that cannot be read is
// yielded with its Err set and the iteration goes on, so one bad line never
// loses the rest of a file.
package source

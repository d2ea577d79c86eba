package pipeline

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/newsnlp/newsnlp"
)

// readerCheck is the folder of the independent Parquet reader (DuckDB's
// Node API), installed by .ci/run with npm ci.
var readerCheck = filepath.Join("..", "internal", "readercheck")

type dumped struct {
	File     string            `json:"file"`
	Columns  [][2]string       `json:"columns"`
	Rows     int               `json:"rows"`
	Metadata map[string]string `json:"metadata"`
	Data     []map[string]any  `json:"data"`
}

// duckdbDump reads Parquet files with DuckDB.
func duckdbDump(t *testing.T, files ...string) []dumped {
	t.Helper()
	if _, err := exec.LookPath("node"); err != nil {
		t.Skip("node not installed: .ci/run installs it with the DuckDB reader")
	}
	if _, err := os.Stat(filepath.Join(readerCheck, "node_modules", "@duckdb", "node-api")); err != nil {
		t.Skip("DuckDB reader not installed: run `npm ci --prefix internal/readercheck` (.ci/run does)")
	}
	cmd := exec.Command("node", append([]string{filepath.Join(readerCheck, "dump.mjs")}, files...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("duckdb reader: %v\n%s", err, stderr.String())
	}
	var ds []dumped
	dec := json.NewDecoder(bytes.NewReader(out))
	for dec.More() {
		var d dumped
		if err := dec.Decode(&d); err != nil {
			t.Fatal(err)
		}
		ds = append(ds, d)
	}
	return ds
}

// wantTypes are the DuckDB types of the columns whose type matters to users
// beyond plain strings and integers.
var wantTypes = map[string]map[string]string{
	TableArticles:   {"published_at": "TIMESTAMP WITH TIME ZONE", "n_chars": "INTEGER", "text": "VARCHAR"},
	TableTokens:     {"start": "INTEGER", "end": "INTEGER", "sentence_index": "INTEGER"},
	TableQuotes:     {"speaker_start": "INTEGER", "speaker": "VARCHAR"},
	TableErrors:     {"line": "BIGINT"},
	TableWordpieces: {"input_ids": "INTEGER[]", "starts": "INTEGER[]", "ends": "INTEGER[]", "word_ids": "INTEGER[]", "ner_tags": "VARCHAR[]", "window": "INTEGER"},
}

// TestParquetReadByDuckDB runs the sample corpus to Parquet and to JSONL and
// checks, with DuckDB as the reader, every table's column types, schema
// version, row count and rows against the JSONL output of the same run.
func TestParquetReadByDuckDB(t *testing.T) {
	pq, js := t.TempDir(), t.TempDir()
	for _, c := range []struct{ dir, format string }{{pq, "parquet"}, {js, "jsonl"}} {
		if _, err := Run(context.Background(), Config{Sample: newsnlp.Sample(), OutDir: c.dir, Format: c.format, Workers: 2, Tables: AllTables()}); err != nil {
			t.Fatalf("%s run: %v", c.format, err)
		}
	}
	var files []string
	for _, table := range AllTables() {
		files = append(files, filepath.Join(pq, table+".parquet"))
	}
	for i, d := range duckdbDump(t, files...) {
		table := allTables[i]
		t.Run(table, func(t *testing.T) {
			if d.Metadata["newsnlp.schema_version"] == "" {
				t.Errorf("no newsnlp.schema_version in metadata: %v", d.Metadata)
			}
			types := map[string]string{}
			for _, c := range d.Columns {
				types[c[0]] = c[1]
			}
			for col, want := range wantTypes[table] {
				if types[col] != want {
					t.Errorf("column %s: type %q, want %q", col, types[col], want)
				}
			}
			rows := readJSONRows(t, filepath.Join(js, table+".jsonl"))
			if len(rows) != d.Rows {
				t.Fatalf("parquet has %d rows, jsonl %d", d.Rows, len(rows))
			}
			if d.Rows == 0 && table != TableErrors {
				t.Errorf("no rows in %s for the sample corpus", table)
			}
			for r := range rows {
				if !sameRow(d.Data[r], rows[r]) {
					t.Fatalf("row %d differs:\nparquet %v\n  jsonl %v", r, d.Data[r], rows[r])
				}
			}
		})
	}
}

func readJSONRows(t *testing.T, path string) []map[string]any {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows []map[string]any
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<26)
	for sc.Scan() {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatal(err)
		}
		rows = append(rows, m)
	}
	return rows
}

// sameRow compares a DuckDB row with a JSONL row: same columns, same
// values, timestamps compared as instants and floats as float32.
func sameRow(a, b map[string]any) bool {
	if len(a) != len(b) {
		return false
	}
	for k, va := range a {
		vb, ok := b[k]
		if !ok {
			return false
		}
		sa, okA := va.(string)
		sb, okB := vb.(string)
		if okA && okB && k == "published_at" {
			ta, errA := time.Parse(time.RFC3339Nano, sa)
			tb, errB := time.Parse(time.RFC3339Nano, sb)
			if errA != nil || errB != nil || !ta.Equal(tb) {
				return false
			}
			continue
		}
		// A float32 column (quotes.confidence) reaches DuckDB's JSON as
		// the double nearest the float32, JSONL as the shortest decimal of
		// the float32: equal as float32 values.
		fa, okA := va.(float64)
		fb, okB := vb.(float64)
		if okA && okB && fa != math.Trunc(fa) && float32(fa) == float32(fb) {
			continue
		}
		if !reflect.DeepEqual(va, vb) {
			return false
		}
	}
	return true
}

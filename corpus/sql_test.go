package corpus

import (
	"encoding/json"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

var readerCheck = filepath.Join("..", "internal", "readercheck")

// TestSQLAgrees runs queries/*.sql through DuckDB over the same run output
// as the Go corpus step, on wikinews and on a synthetic corpus with
// syndicated copies, and checks both give the same rows in every table:
// quotations, article_clusters, entity_links, people, organizations and
// places.
func TestSQLAgrees(t *testing.T) {
	needWikinews(t)
	if _, err := os.Stat(filepath.Join(readerCheck, "node_modules", "@duckdb", "node-api")); err != nil {
		t.Skip("DuckDB reader not installed: run `npm ci --prefix internal/readercheck` (.ci/run does)")
	}
	syn := filepath.Join(t.TempDir(), "syn.jsonl")
	writeSyndicated(t, syn, 100, 11)
	for name, input := range map[string]string{"wikinews": wikinews, "synthetic": syn} {
		t.Run(name, func(t *testing.T) {
			run := runPipeline(t, "parquet", input)
			out := t.TempDir()
			parts, err := FindParts([]string{run})
			if err != nil {
				t.Fatal(err)
			}
			st, err := Build(parts, Options{Out: out})
			if err != nil {
				t.Fatal(err)
			}
			if name == "synthetic" && st.Clusters == 0 {
				t.Fatal("no article clusters in the synthetic corpus: nothing compared")
			}
			for _, q := range sqlCases() {
				fromSQL := duckdbQuery(t, run, out, append(q.setup, q.sql)...)
				fromGo := duckdbQuery(t, run, out, "SELECT * FROM read_parquet('"+filepath.Join(out, q.table+".parquet")+"') ORDER BY "+q.order)
				if len(fromGo) == 0 && q.table != TableArticleClusters { // wikinews has no copies; the synthetic check above
					t.Errorf("%s: no rows from Go: nothing compared", q.table)
				}
				if len(fromSQL) != len(fromGo) {
					t.Errorf("%s: SQL %d rows, Go %d rows", q.table, len(fromSQL), len(fromGo))
					continue
				}
				bad := 0
				for i := range fromGo {
					if !sameValue(fromGo[i], fromSQL[i]) {
						if bad++; bad <= 3 {
							t.Errorf("%s row %d differs:\n Go  %v\n SQL %v", q.table, i, fromGo[i], fromSQL[i])
						}
					}
				}
				t.Logf("%s: %d rows, %d differ", q.table, len(fromGo), bad)
			}
		})
	}
}

// sqlCase is one corpus table computed by queries/*.sql: setup files run
// first, then sql, whose rows must equal the Go table's in order.
type sqlCase struct {
	table, order string
	setup        []string
	sql          string
}

func sqlCases() []sqlCase {
	q := func(name string) string { return filepath.Join("..", "queries", name+".sql") }
	names := []string{q("name_identities")}
	cases := []sqlCase{
		{table: TableQuotations, order: "quote_key", sql: q(TableQuotations)},
		{table: TableArticleClusters, order: "cluster_id, article_id", sql: q(TableArticleClusters)},
		{table: TableEntityLinks, order: "article_id, entity_id", setup: names, sql: q(TableEntityLinks)},
	}
	for _, k := range []Kind{People, Organizations, Places} {
		// identities.sql gives the three tables in one result.
		body, err := os.ReadFile(q("identities"))
		if err != nil {
			panic(err)
		}
		cases = append(cases, sqlCase{table: k.String(), order: "articles DESC, identity_id", setup: names,
			sql: "SELECT * EXCLUDE (\"table\") FROM (" + strings.TrimRight(strings.TrimSpace(string(body)), ";") +
				") WHERE \"table\" = '" + k.String() + "' ORDER BY articles DESC, identity_id"})
	}
	return cases
}

// duckdbQuery runs SQL statements or files through DuckDB over a run
// output and a corpus output; the last one gives the rows.
func duckdbQuery(t *testing.T, run, corpus string, queries ...string) []map[string]any {
	t.Helper()
	out, err := exec.Command("node", append([]string{filepath.Join(readerCheck, "sql.mjs"), run, corpus}, queries...)...).Output()
	if err != nil {
		if ee, ok := err.(*exec.ExitError); ok {
			t.Fatalf("duckdb %s: %v\n%s", queries, err, ee.Stderr)
		}
		t.Fatal(err)
	}
	var res struct{ Data []map[string]any }
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatal(err)
	}
	return res.Data
}

// sameValue compares JSON values, numbers to 1e-9.
func sameValue(a, b any) bool {
	switch x := a.(type) {
	case float64:
		y, ok := b.(float64)
		return ok && math.Abs(x-y) <= 1e-9
	case []any:
		y, ok := b.([]any)
		if !ok || len(x) != len(y) {
			return false
		}
		for i := range x {
			if !sameValue(x[i], y[i]) {
				return false
			}
		}
		return true
	case map[string]any:
		y, ok := b.(map[string]any)
		if !ok || len(x) != len(y) {
			return false
		}
		for k := range x {
			if !sameValue(x[k], y[k]) {
				return false
			}
		}
		return true
	}
	return a == b
}

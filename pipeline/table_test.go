package pipeline

import (
	"slices"
	"testing"
)

// TestTableListsAreCopies checks that changing the slice one call returns
// changes neither what later calls return nor which tables a run writes.
func TestTableListsAreCopies(t *testing.T) {
	def := DefaultTables()
	if slices.Contains(def, TableWordpieces) || !slices.Contains(def, TableErrors) {
		t.Fatalf("DefaultTables() = %v: want every table but wordpieces", def)
	}
	def = append(def, "extra")
	all := AllTables()
	all[0] = "changed"
	if got := AllTables(); got[len(got)-1] != TableWordpieces || got[0] != TableArticles {
		t.Errorf("AllTables() = %v after callers changed their copies", got)
	}
	want, _ := parseTables(nil)
	if want.has(TableWordpieces) || !want.has(TableArticles) {
		t.Error("the default table set changed with a caller's copy")
	}
	_ = def
}

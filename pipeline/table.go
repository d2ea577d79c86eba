package pipeline

import (
	"fmt"
	"slices"
	"strings"
)

// Table names.
const (
	TableArticles   = "articles"
	TableSentences  = "sentences"
	TableTokens     = "tokens"
	TableMentions   = "mentions"
	TableEntities   = "entities"
	TableQuotes     = "quotes"
	TableErrors     = "errors"
	TableWordpieces = "wordpieces"
)

// allTables lists every table in the order they are written. It is an
// array so that no caller can change it through a slice.
var allTables = [...]string{TableArticles, TableSentences, TableTokens, TableMentions, TableEntities, TableQuotes, TableErrors, TableWordpieces}

// AllTables lists every table in the order they are written.
func AllTables() []string { return slices.Clone(allTables[:]) }

// DefaultTables are the tables written when none are chosen: all but the
// optional wordpieces.
func DefaultTables() []string {
	return slices.DeleteFunc(AllTables(), func(t string) bool { return t == TableWordpieces })
}

type tableSet uint16

func (s tableSet) has(name string) bool { return s&(1<<slices.Index(allTables[:], name)) != 0 }

// parseTables checks table names; errors is always included, since that is
// where bad records go.
func parseTables(names []string) (tableSet, error) {
	if len(names) == 0 {
		names = DefaultTables()
	}
	var s tableSet
	for _, n := range names {
		n = strings.TrimSpace(n)
		i := slices.Index(allTables[:], n)
		if i < 0 {
			return 0, fmt.Errorf("pipeline: unknown table %q (tables: %s)", n, strings.Join(allTables[:], ", "))
		}
		s |= 1 << i
	}
	s |= 1 << slices.Index(allTables[:], TableErrors)
	return s, nil
}

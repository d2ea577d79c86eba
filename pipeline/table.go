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

// AllTables lists every table in the order they are written.
var AllTables = []string{TableArticles, TableSentences, TableTokens, TableMentions, TableEntities, TableQuotes, TableErrors, TableWordpieces}

// DefaultTables are the tables written when none are chosen: all but the
// optional wordpieces.
var DefaultTables = AllTables[:len(AllTables)-1]

type tableSet uint16

func (s tableSet) has(name string) bool { return s&(1<<slices.Index(AllTables, name)) != 0 }

// parseTables checks table names; errors is always included, since that is
// where bad records go.
func parseTables(names []string) (tableSet, error) {
	if len(names) == 0 {
		names = DefaultTables
	}
	var s tableSet
	for _, n := range names {
		n = strings.TrimSpace(n)
		i := slices.Index(AllTables, n)
		if i < 0 {
			return 0, fmt.Errorf("pipeline: unknown table %q (tables: %s)", n, strings.Join(AllTables, ", "))
		}
		s |= 1 << i
	}
	s |= 1 << slices.Index(AllTables, TableErrors)
	return s, nil
}

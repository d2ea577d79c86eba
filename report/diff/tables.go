package diff

import (
	"slices"
	"strings"

	"github.com/newsnlp/newsnlp/runread"
)

// tableOrder is the order `newsnlp run` writes its tables in; other tables
// follow by name.
var tableOrder = []string{"articles", "sentences", "tokens", "mentions", "entities", "quotes", "errors", "wordpieces"}

// tableCounts counts every table present in either run.
func tableCounts(old, new *runread.Layout) ([]TableCount, error) {
	names := append(old.Tables(), new.Tables()...)
	slices.SortFunc(names, func(a, b string) int {
		ia, ib := slices.Index(tableOrder, a), slices.Index(tableOrder, b)
		switch {
		case ia >= 0 && ib >= 0:
			return ia - ib
		case ia >= 0:
			return -1
		case ib >= 0:
			return 1
		}
		return strings.Compare(a, b)
	})
	names = slices.Compact(names)
	out := make([]TableCount, 0, len(names))
	for _, n := range names {
		tc := TableCount{Table: n, Old: -1, New: -1}
		var err error
		if old.Has(n) {
			if tc.Old, err = old.Count(n); err != nil {
				return nil, err
			}
		}
		if new.Has(n) {
			if tc.New, err = new.Count(n); err != nil {
				return nil, err
			}
		}
		out = append(out, tc)
	}
	return out, nil
}

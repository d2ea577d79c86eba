package show_test

import (
	"fmt"
	"strconv"
	"strings"
)

func itoa(i int) string { return strconv.Itoa(i) }

// fmtSscan parses a data-span "start,end".
func fmtSscan(span string, s, e *int) (int, error) {
	return fmt.Sscanf(strings.Replace(span, ",", " ", 1), "%d %d", s, e)
}

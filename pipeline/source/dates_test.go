package source

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	mar5 := time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		in    string
		order DateOrder
		want  time.Time
	}{
		{"2024-03-05", MonthFirst, mar5},
		{"2024-03-05T14:30:00+01:00", MonthFirst, time.Date(2024, 3, 5, 13, 30, 0, 0, time.UTC)},
		{"Tue, 05 Mar 2024 14:30:00 GMT", MonthFirst, time.Date(2024, 3, 5, 14, 30, 0, 0, time.UTC)},
		{"Tue, 5 Mar 2024 14:30:00 +0100", MonthFirst, time.Date(2024, 3, 5, 13, 30, 0, 0, time.UTC)},
		{"March 5, 2024", MonthFirst, mar5},
		{"Mar 5, 2024", MonthFirst, mar5},
		{"March 5th, 2024", MonthFirst, mar5},
		{"Tuesday, March 5, 2024", MonthFirst, mar5},
		{"5 March 2024", MonthFirst, mar5},
		{"5th March 2024", DayFirst, mar5},
		{"March 5, 2024 2:30 PM", MonthFirst, time.Date(2024, 3, 5, 14, 30, 0, 0, time.UTC)},
		{"05/03/2024", DayFirst, mar5},
		{"05/03/2024", MonthFirst, time.Date(2024, 5, 3, 0, 0, 0, 0, time.UTC)},
		{"03/05/2024", MonthFirst, mar5},
		{"13/03/2024", MonthFirst, time.Date(2024, 3, 13, 0, 0, 0, 0, time.UTC)}, // 13 is no month
		{"05.03.2024", DayFirst, mar5},
		{"05.03.24 10:15", DayFirst, time.Date(2024, 3, 5, 10, 15, 0, 0, time.UTC)},
		{"2024/03/05", DayFirst, mar5},
		{"1709600000", MonthFirst, time.Date(2024, 3, 5, 0, 53, 20, 0, time.UTC)},
		{"1709600000000", MonthFirst, time.Date(2024, 3, 5, 0, 53, 20, 0, time.UTC)},
		{"1709600000.5", MonthFirst, time.Date(2024, 3, 5, 0, 53, 20, 5e8, time.UTC)},
	}
	for _, tt := range tests {
		t.Run(tt.in+"/"+tt.order.String(), func(t *testing.T) {
			got, err := ParseDate(tt.in, tt.order)
			if err != nil || !got.Equal(tt.want) || got.Location() != time.UTC {
				t.Errorf("got %v, %v; want %v", got, err, tt.want)
			}
		})
	}
	for _, bad := range []string{"soon", "31/02/2024", "12345", "13/13/2024", "2024-13-01", ""} {
		if got, err := ParseDate(bad, DayFirst); !errors.Is(err, ErrBadDate) {
			t.Errorf("%q: got %v, %v; want ErrBadDate", bad, got, err)
		}
	}
}

func TestParseDateOrder(t *testing.T) {
	for _, tt := range []struct {
		flag, lang string
		want       DateOrder
	}{
		{"dmy", "en_US.UTF-8", DayFirst},
		{"mdy", "de_DE.UTF-8", MonthFirst},
		{"auto", "en_US.UTF-8", MonthFirst},
		{"auto", "en_GB.UTF-8", DayFirst},
		{"auto", "de_DE", DayFirst},
		{"auto", "C.UTF-8", MonthFirst},
		{"", "", MonthFirst},
	} {
		t.Setenv("LC_ALL", "")
		t.Setenv("LC_TIME", "")
		t.Setenv("LANG", tt.lang)
		if got, err := ParseDateOrder(tt.flag); err != nil || got != tt.want {
			t.Errorf("%s with LANG=%s: got %v, %v; want %v", tt.flag, tt.lang, got, err, tt.want)
		}
	}
	if _, err := ParseDateOrder("ymd"); err == nil {
		t.Error("ymd accepted")
	}
}

// TestDatesInRecords reads the records: every date form gives
// published_at, and a date that cannot be read keeps the article, with
// the raw value in meta and a warning.
func TestDatesInRecords(t *testing.T) {
	in := `{"id":"a","text":"x","published":"March 5, 2024"}
{"id":"b","text":"x","date":"05/03/2024"}
{"id":"c","text":"x","date":1709600000}
{"id":"d","text":"x","date":"next Tuesday"}
`
	recs := readJSONL(in, &Options{DateOrder: DayFirst})
	if len(recs) != 4 {
		t.Fatalf("got %d records", len(recs))
	}
	for _, r := range recs[:3] {
		if r.Err != nil || r.Published == nil || r.Published.Format("2006-01-02") != "2024-03-05" || len(r.Warnings) > 0 {
			t.Errorf("%s: published %v, err %v, warnings %v", r.ID, r.Published, r.Err, r.Warnings)
		}
	}
	d := recs[3]
	if d.Err != nil || d.Published != nil || d.Meta != `{"date":"next Tuesday"}` || len(d.Warnings) != 1 ||
		!strings.Contains(d.Warnings[0].Error(), `field "date": cannot parse date "next Tuesday"`) {
		t.Errorf("bad date: err %v published %v meta %q warnings %v", d.Err, d.Published, d.Meta, d.Warnings)
	}
}

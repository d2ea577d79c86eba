package clean

import (
	"strings"
	"testing"
	"time"
)

func TestParseMetaLine(t *testing.T) {
	utc := func(y int, m time.Month, d, hh, mm, ss int) time.Time {
		return time.Date(y, m, d, hh, mm, ss, 0, time.UTC)
	}
	tests := []struct {
		in     string
		ok     bool
		byline string
		kind   dateKind
		t      time.Time
	}{
		{"Date:2025-04-15 09:27:15", true, "", publishedDate, utc(2025, 4, 15, 9, 27, 15)},
		{"Published: March 3, 2024 10:15 a.m. ET", true, "", publishedDate, utc(2024, 3, 3, 15, 15, 0)},
		{"Updated 2:45 PM EST, Tue March 5, 2024", true, "", updatedDate, utc(2024, 3, 5, 19, 45, 0)},
		{"Friday, January 4, 2019", true, "", bareDate, utc(2019, 1, 4, 0, 0, 0)},
		{"Posted on 4 January 2019", true, "", publishedDate, utc(2019, 1, 4, 0, 0, 0)},
		{"2024-02-11T08:30:00+02:00", true, "", bareDate, utc(2024, 2, 11, 6, 30, 0)},
		{"By Jane Doe", true, "Jane Doe", noDate, time.Time{}},
		{"By Jane Doe and John Roe, Associated Press", true, "Jane Doe and John Roe", noDate, time.Time{}},
		{"By Maren Ostby | Published 2024-02-11 08:30 GMT", true, "Maren Ostby", publishedDate, utc(2024, 2, 11, 8, 30, 0)},
		{"by Ana de la Cruz • 5 min read", true, "Ana de la Cruz", noDate, time.Time{}},
		{"By the time the rescuers arrived, the house had burned down.", false, "", noDate, time.Time{}},
		{"On January 4, 2019 the council voted to close the school.", false, "", noDate, time.Time{}},
		{"Date: sometime soon", false, "", noDate, time.Time{}},
		{"2024-13-45", false, "", noDate, time.Time{}},
		{"9:05 p.m.", false, "", noDate, time.Time{}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			m := parseMetaLine(tt.in)
			if m.ok != tt.ok || m.byline != tt.byline || m.kind != tt.kind || !m.published.Equal(tt.t) {
				t.Errorf("got ok=%v byline=%q kind=%d time=%v; want ok=%v byline=%q kind=%d time=%v",
					m.ok, m.byline, m.kind, m.published, tt.ok, tt.byline, tt.kind, tt.t)
			}
		})
	}
}

func TestParseDateline(t *testing.T) {
	tests := []struct{ in, place, agency string }{
		{"PARIS (AP) — NATO Secretary-General Mark Rutte has called", "PARIS", "AP"},
		{"WASHINGTON — The Senate voted", "WASHINGTON", ""},
		{"LONDON (Reuters) - Britain's economy grew", "LONDON", "Reuters"},
		{"SAN JUAN, Puerto Rico (AP) — A storm", "SAN JUAN, Puerto Rico", "AP"},
		{"NEW YORK, March 3 (Reuters) - Stocks fell", "NEW YORK", "Reuters"},
		{"ST. LOUIS (AP) — A judge", "ST. LOUIS", "AP"},
		{"The council — in a rare move — voted", "", ""},
		{"A — B", "", ""},
		{"NATO said on Monday", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			place, agency, _ := parseDateline(tt.in)
			if place != tt.place || agency != tt.agency {
				t.Errorf("got %q %q, want %q %q", place, agency, tt.place, tt.agency)
			}
		})
	}
}

// FuzzHasFourDigits checks that no date expression matches a string
// hasFourDigits rules out.
func FuzzHasFourDigits(f *testing.F) {
	for _, s := range []string{"March 3, 2024", "3rd Mar 2024", "2024-03-03T10:00Z", "12 comments", "Sept. 9 202", "١٢٣٤"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if (isoDateRE.MatchString(s) || mdyRE.MatchString(s) || dmyRE.MatchString(s)) && !hasFourDigits(s) {
			t.Fatalf("%q holds a date, hasFourDigits says no", s)
		}
	})
}

// FuzzMayHoldDateLine checks that Text finds no date in a text
// mayHoldDateLine rules out.
func FuzzMayHoldDateLine(f *testing.F) {
	for _, s := range []string{"Title\nMarch 3, 2024\nBody text here.", "By Jane Doe | 3 Mar 2024\nx", "Published: 2024-03-03\n" + strings.Repeat("word ", 40), "no date here\n12 comments"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if Text(s).Published != nil && !mayHoldDateLine(s) {
			t.Fatalf("Text(%q) finds a date, mayHoldDateLine says no", s)
		}
	})
}

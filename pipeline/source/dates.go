package source

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"
)

// DateOrder says how an all-numeric date whose first two parts could each be
// the day or the month ("05/03/2024") is read. A part above 12 settles it
// whatever the order.
type DateOrder uint8

// Date orders.
const (
	// MonthFirst reads 05/03/2024 as May 3 (United States usage).
	MonthFirst DateOrder = iota
	// DayFirst reads 05/03/2024 as March 5 (most other locales).
	DayFirst
)

func (o DateOrder) String() string {
	if o == DayFirst {
		return "dmy"
	}
	return "mdy"
}

// ParseDateOrder parses "mdy", "dmy" or "auto" (from the locale: LC_ALL,
// LC_TIME or LANG; day-first unless it names the United States or a
// few other month-first regions, month-first when unset or "C").
func ParseDateOrder(s string) (DateOrder, error) {
	switch strings.ToLower(s) {
	case "mdy":
		return MonthFirst, nil
	case "dmy":
		return DayFirst, nil
	case "", "auto":
		return localeDateOrder(firstEnv("LC_ALL", "LC_TIME", "LANG")), nil
	}
	return MonthFirst, fmt.Errorf("source: bad date order %q (want mdy, dmy or auto)", s)
}

func firstEnv(names ...string) string {
	for _, n := range names {
		if v := os.Getenv(n); v != "" {
			return v
		}
	}
	return ""
}

// localeDateOrder is the numeric date order of a POSIX locale name
// ("en_GB.UTF-8").
func localeDateOrder(locale string) DateOrder {
	lang, _, _ := strings.Cut(locale, ".")
	_, region, ok := strings.Cut(lang, "_")
	if !ok || lang == "C" || lang == "POSIX" {
		return MonthFirst
	}
	switch strings.ToUpper(region) {
	case "US", "PH", "FM", "MH", "PW", "CA", "BZ", "GU", "AS", "PR", "UM", "VI":
		return MonthFirst
	}
	return DayFirst
}

// ErrBadDate is wrapped by the errors of ParseDate.
var ErrBadDate = errors.New("cannot parse date")

// layouts with a time zone or a date only, tried in order after the
// numeric forms.
var dateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 MST",
	"2006-01-02T15:04",
	"2006-01-02 15:04",
	"2006-01-02",
	"2006/01/02",
	"2006/01/02 15:04:05",
	"20060102",
	time.RFC1123,
	time.RFC1123Z,
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04 MST",
	"Mon, 2 Jan 2006 15:04 -0700",
	"Mon, 2 Jan 2006",
	time.RFC850,
	time.ANSIC,
	time.UnixDate,
	time.RFC822,
	time.RFC822Z,
	"January 2, 2006",
	"January 2 2006",
	"Jan 2, 2006",
	"Jan 2 2006",
	"Jan. 2, 2006",
	"Monday, January 2, 2006",
	"Mon, January 2, 2006",
	"January 2, 2006 15:04",
	"January 2, 2006 3:04 PM",
	"January 2, 2006 3:04PM",
	"January 2, 2006, 3:04 PM",
	"Jan 2, 2006 3:04 PM",
	"Jan 2, 2006 15:04",
	"2 January 2006",
	"2 Jan 2006",
	"2 January, 2006",
	"Monday 2 January 2006",
	"Monday, 2 January 2006",
	"2 January 2006 15:04",
	"2 Jan 2006 15:04",
	"2 Jan 2006 15:04:05",
	"02-Jan-2006",
	"January 2006",
}

// ParseDate parses a published date in any common form: RFC 3339 and ISO
// 8601 dates and times, RFC 1123/822/850 and Unix date strings, written-out
// dates ("March 5, 2024", "5 March 2024", "Tuesday, March 5, 2024" with an
// optional time), all-numeric dates with "/", "." or "-" (day and month
// ordered by order when ambiguous; two-digit years are 19xx from 70 on,
// else 20xx), and Unix epoch seconds (9–10 digits) or milliseconds
// (12–13 digits), optionally with a fraction. A date without a zone is UTC.
// The result is in UTC.
func ParseDate(s string, order DateOrder) (time.Time, error) {
	s = strings.Join(strings.Fields(s), " ")
	if t, ok := parseEpoch(s); ok {
		return t, nil
	}
	if t, ok := parseNumericDate(s, order); ok {
		return t, nil
	}
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC(), nil
		}
	}
	// "5th March 2024", "March 5th, 2024"
	if plain := stripOrdinals(s); plain != s {
		return ParseDate(plain, order)
	}
	return time.Time{}, fmt.Errorf("%w %q", ErrBadDate, abbreviate([]byte(s)))
}

// parseEpoch reads Unix seconds or milliseconds, told apart by their digit
// count, within 1973–2286 (seconds) or 1973–2286 (milliseconds).
func parseEpoch(s string) (time.Time, bool) {
	whole, frac, _ := strings.Cut(s, ".")
	if whole == "" || strings.TrimLeft(whole, "0123456789") != "" || strings.TrimLeft(frac, "0123456789") != "" {
		return time.Time{}, false
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return time.Time{}, false
	}
	switch len(whole) {
	case 9, 10:
		sec := int64(f)
		return time.Unix(sec, int64((f-float64(sec))*1e9)).UTC().Truncate(time.Microsecond), true
	case 12, 13:
		ms := int64(f)
		return time.UnixMilli(ms).UTC(), true
	}
	return time.Time{}, false
}

// parseNumericDate reads a-b-c dates with "/", "." or "-" where the year
// comes last (or first with four digits), optionally followed by a time.
func parseNumericDate(s string, order DateOrder) (time.Time, bool) {
	date, clock, _ := strings.Cut(s, " ")
	var sep string
	for _, c := range []string{"/", ".", "-"} {
		if strings.Count(date, c) == 2 {
			sep = c
			break
		}
	}
	if sep == "" {
		return time.Time{}, false
	}
	parts := strings.Split(date, sep)
	var n [3]int
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || p == "" || len(p) > 4 {
			return time.Time{}, false
		}
		n[i] = v
	}
	var y, m, d int
	switch {
	case len(parts[0]) == 4: // y-m-d
		y, m, d = n[0], n[1], n[2]
	case len(parts[2]) == 4 || len(parts[2]) == 2:
		y = n[2]
		if len(parts[2]) == 2 {
			y += 2000
			if n[2] >= 70 {
				y -= 100
			}
		}
		a, b := n[0], n[1]
		switch {
		case a > 12 && b <= 12:
			d, m = a, b
		case b > 12 && a <= 12:
			m, d = a, b
		case order == DayFirst:
			d, m = a, b
		default:
			m, d = a, b
		}
	default:
		return time.Time{}, false
	}
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d { // February 30
		return time.Time{}, false
	}
	if clock != "" {
		for _, layout := range []string{"15:04:05", "15:04", "3:04 PM", "3:04:05 PM", "15:04:05 MST", "15:04 MST", "15:04:05Z07:00"} {
			if c, err := time.Parse(layout, clock); err == nil {
				_, off := c.Zone()
				return t.Add(time.Duration(c.Hour())*time.Hour + time.Duration(c.Minute())*time.Minute +
					time.Duration(c.Second())*time.Second - time.Duration(off)*time.Second), true
			}
		}
		return time.Time{}, false
	}
	return t, true
}

// stripOrdinals removes "st", "nd", "rd", "th" after a day number.
func stripOrdinals(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		trail := strings.TrimRight(w, ",")
		for _, suf := range []string{"st", "nd", "rd", "th"} {
			num, ok := strings.CutSuffix(trail, suf)
			if ok && len(num) > 0 && len(num) <= 2 && strings.Trim(num, "0123456789") == "" {
				words[i] = num + w[len(trail):]
			}
		}
	}
	return strings.Join(words, " ")
}

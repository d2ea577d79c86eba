package clean

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// dateKind ranks what a date line says: a publication date beats a bare date,
// which beats an update date.
type dateKind int

const (
	noDate dateKind = iota
	updatedDate
	bareDate
	publishedDate
)

var (
	// isoDateRE matches 2025-04-15, 2025-04-15 09:27:15, 2025-04-15T09:27:15.123Z, 2025/04/15.
	isoDateRE = regexp.MustCompile(`(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?)?`)
	// mdyRE matches "January 4, 2019", "Jan. 4, 2019", "Jan 4 2019".
	mdyRE = regexp.MustCompile(`(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	// dmyRE matches "4 January 2019", "4 Jan. 2019".
	dmyRE = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+(\d{4})\b`)
	// clockRE matches "9:27", "9:27:15", "9:27 a.m.", "9:27PM", "9 p.m." and a zone.
	clockRE = regexp.MustCompile(`(?i)\b(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?(?:\s+(UTC|GMT|ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|BST|CET|CEST))?(?:\s|$|,|\))`)
)

var months = map[string]time.Month{
	"jan": time.January, "feb": time.February, "mar": time.March, "apr": time.April,
	"may": time.May, "jun": time.June, "jul": time.July, "aug": time.August,
	"sep": time.September, "sept": time.September, "oct": time.October,
	"nov": time.November, "dec": time.December,
}

// zoneOffsets are the hour offsets of the zone abbreviations news pages use.
var zoneOffsets = map[string]int{
	"UTC": 0, "GMT": 0, "ET": -5, "EST": -5, "EDT": -4, "CT": -6, "CST": -6, "CDT": -5,
	"MT": -7, "MST": -7, "MDT": -6, "PT": -8, "PST": -8, "PDT": -7, "BST": 1, "CET": 1, "CEST": 2,
}

// hasFourDigits reports whether s holds four ASCII digits in a row.
func hasFourDigits(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			if run++; run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// parseDate finds a date (and a time of day, if given) in s. It returns the
// time in UTC and the byte range of s it was read from.
func parseDate(s string) (t time.Time, start, end int, ok bool) {
	if !hasFourDigits(s) {
		return time.Time{}, 0, 0, false // each of the date expressions needs a year: \d{4}
	}
	if m := isoDateRE.FindStringSubmatchIndex(s); m != nil {
		y, mo, d := atoi(s, m[2], m[3]), atoi(s, m[4], m[5]), atoi(s, m[6], m[7])
		if !validYMD(y, mo, d) {
			return time.Time{}, 0, 0, false
		}
		hh, mm, ss := 0, 0, 0
		if m[8] >= 0 {
			hh, mm = atoi(s, m[8], m[9]), atoi(s, m[10], m[11])
			if m[12] >= 0 {
				ss = atoi(s, m[12], m[13])
			}
		}
		if hh > 23 || mm > 59 || ss > 60 {
			return time.Time{}, 0, 0, false
		}
		t = time.Date(y, time.Month(mo), d, hh, mm, ss, 0, time.UTC)
		if m[14] >= 0 {
			t = t.Add(-zoneOffset(s[m[14]:m[15]]))
		}
		return t, m[0], m[1], true
	}
	var y, d int
	var mo time.Month
	var m []int
	if m = mdyRE.FindStringSubmatchIndex(s); m != nil {
		mo, d, y = months[strings.ToLower(s[m[2]:m[3]])], atoi(s, m[4], m[5]), atoi(s, m[6], m[7])
	} else if m = dmyRE.FindStringSubmatchIndex(s); m != nil {
		d, mo, y = atoi(s, m[2], m[3]), months[strings.ToLower(s[m[4]:m[5]])], atoi(s, m[6], m[7])
	} else {
		return time.Time{}, 0, 0, false
	}
	if !validYMD(y, int(mo), d) {
		return time.Time{}, 0, 0, false
	}
	start, end = m[0], m[1]
	t = time.Date(y, mo, d, 0, 0, 0, 0, time.UTC)
	// A clock time may stand before or after the date ("9:27 a.m. ET, March 3, 2024").
	for _, part := range [2][2]int{{end, len(s)}, {0, start}} {
		c := clockRE.FindStringSubmatchIndex(s[part[0]:part[1]])
		if c == nil {
			continue
		}
		sub := s[part[0]:part[1]]
		if c[4] < 0 && c[8] < 0 { // a bare number is not a time
			continue
		}
		hh, mm, ss := atoi(sub, c[2], c[3]), 0, 0
		if c[4] >= 0 {
			mm = atoi(sub, c[4], c[5])
		}
		if c[6] >= 0 {
			ss = atoi(sub, c[6], c[7])
		}
		if c[8] >= 0 {
			pm := strings.HasPrefix(strings.ToLower(sub[c[8]:c[9]]), "p")
			if hh == 12 {
				hh = 0
			}
			if pm {
				hh += 12
			}
		}
		if hh > 23 || mm > 59 || ss > 60 {
			continue
		}
		t = t.Add(time.Duration(hh)*time.Hour + time.Duration(mm)*time.Minute + time.Duration(ss)*time.Second)
		if c[10] >= 0 {
			t = t.Add(-zoneOffset(sub[c[10]:c[11]]))
		}
		if part[0] == end {
			end += c[1]
		} else {
			start = part[0] + c[0]
		}
		break
	}
	return t, start, end, true
}

func zoneOffset(z string) time.Duration {
	switch {
	case z == "Z":
		return 0
	case z[0] == '+' || z[0] == '-':
		digits := strings.ReplaceAll(z[1:], ":", "")
		if len(digits) != 4 {
			return 0
		}
		h, _ := strconv.Atoi(digits[:2])
		m, _ := strconv.Atoi(digits[2:])
		d := time.Duration(h)*time.Hour + time.Duration(m)*time.Minute
		if z[0] == '-' {
			d = -d
		}
		return d
	}
	return time.Duration(zoneOffsets[strings.ToUpper(z)]) * time.Hour
}

func atoi(s string, i, j int) int {
	n, _ := strconv.Atoi(s[i:j])
	return n
}

func validYMD(y, m, d int) bool {
	return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31
}

var (
	// datePrefixRE matches the label in front of a date: "Date:", "Published on", "Updated".
	datePrefixRE = regexp.MustCompile(`(?i)^(?:date|published|publication date|posted|first published|pub(?:lished)? date|released|updated|last updated|modified|last modified)\b\s*(?:on|at)?\s*:?\s*`)
	// weekdayRE matches a leading weekday name.
	weekdayRE = regexp.MustCompile(`(?i)^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s*`)
	// bylineRE matches "By Jane Doe", "By JANE DOE and John Roe", "by Jane Doe, Staff Writer".
	bylineRE = regexp.MustCompile(`^(?i:by|written by|words by|story by)[:\s]\s*(\p{Lu}[\p{L}'’.\-]*(?:\s+(?:\p{Lu}[\p{L}'’.\-]*|and|&|de|da|van|von|der|den|la|le|del|bin|al-\p{L}+))*)`)
	// segmentSepRE splits a metadata line into its parts: "By Jane Doe | March 3, 2024".
	segmentSepRE = regexp.MustCompile(`\s+[|•·]\s+|\s+[|•·]|[|•·]\s+`)
	// readTimeRE matches "4 min read", "5-minute read".
	readTimeRE = regexp.MustCompile(`(?i)^\d+[\s-]*(?:min|mins|minute|minutes)\.?\s+read$`)
)

// metaLine is what a metadata line ("Date:2025-04-15 09:27:15", "By Jane Doe |
// Updated March 3, 2024") says. ok is false when the line is not one.
type metaLine struct {
	byline    string
	published time.Time
	kind      dateKind
	ok        bool
}

// parseMetaLine reads a short line made only of metadata segments.
func parseMetaLine(s string) metaLine {
	var out metaLine
	if len(s) > 160 || s == "" {
		return out
	}
	for _, seg := range segmentSepRE.Split(s, -1) {
		seg = strings.TrimSpace(seg)
		if seg == "" {
			continue
		}
		if m := bylineRE.FindStringSubmatch(seg); m != nil && strings.TrimRight(m[0], " .") == bylineEnd(seg) {
			if out.byline == "" {
				out.byline = strings.TrimRight(m[1], " .")
			}
			continue
		}
		if readTimeRE.MatchString(seg) {
			continue
		}
		kind := bareDate
		rest := seg
		if p := datePrefixRE.FindString(seg); p != "" {
			low := strings.ToLower(p)
			kind = publishedDate
			if strings.Contains(low, "updated") || strings.Contains(low, "modified") {
				kind = updatedDate
			}
			rest = seg[len(p):]
		}
		rest = weekdayRE.ReplaceAllString(rest, "")
		t, a, b, ok := parseDate(rest)
		if !ok || !onlyDateNoise(rest[:a]) || !onlyDateNoise(rest[b:]) {
			return metaLine{}
		}
		if kind > out.kind {
			out.published, out.kind = t, kind
		}
	}
	out.ok = out.byline != "" || out.kind != noDate
	return out
}

// bylineEnd is seg up to the end of a byline's name part: a comma or " - "
// introduces the author's role or employer ("Jane Doe, Staff Writer").
func bylineEnd(seg string) string {
	for _, sep := range []string{",", " - ", " — ", " – ", " for "} {
		if i := strings.Index(seg, sep); i > 0 {
			seg = seg[:i]
		}
	}
	return strings.TrimRight(seg, " .")
}

// onlyDateNoise reports whether s holds nothing but punctuation, "at", "on"
// and zone names around a date.
func onlyDateNoise(s string) bool {
	for _, f := range strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == ',' || r == '(' || r == ')' || r == '|' || r == '-' || r == '—' || r == '.' || r == ':' || r == '\u00a0'
	}) {
		switch strings.ToLower(f) {
		case "at", "on", "am", "pm", "a", "m", "p", "utc", "gmt", "et", "est", "edt", "pt", "pst", "pdt", "ct", "cst", "cdt", "bst", "cet", "cest":
			continue
		}
		return false
	}
	return true
}

// datelineRE matches a news dateline at the start of a paragraph:
// "PARIS (AP) —", "WASHINGTON —", "LONDON (Reuters) -",
// "SAN JUAN, Puerto Rico (AP) —", "NEW YORK, March 3 (Reuters) -".
var datelineRE = regexp.MustCompile(`^(\p{Lu}[\p{Lu}'’.\-]+(?:\s+\p{Lu}[\p{Lu}'’.\-]*)*(?:,\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)?)(?:,\s+\p{Lu}\p{Ll}+\.?\s+\d{1,2})?\s*(?:\(([^()]{1,40})\))?\s*(?:—|–|--|-)\s`)

// parseDateline returns the place and agency of a dateline that opens s.
func parseDateline(s string) (place, agency string, ok bool) {
	m := datelineRE.FindStringSubmatch(s)
	if m == nil {
		return "", "", false
	}
	place, agency = strings.TrimSpace(m[1]), strings.TrimSpace(m[2])
	// Require an all-caps place of at least two letters, or an agency:
	// "A —" or "I -" are sentences, not datelines.
	caps := 0
	for _, r := range place {
		if r >= 'A' && r <= 'Z' || r > 127 {
			caps++
		}
	}
	if caps < 2 {
		return "", "", false
	}
	return place, agency, true
}

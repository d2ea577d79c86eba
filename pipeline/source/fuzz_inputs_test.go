package source

import (
	"bytes"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzParseDate checks that a time written in any of the common layouts
// reads back as the same instant, in UTC, whatever the date order (the
// layouts are unambiguous).
func FuzzParseDate(f *testing.F) {
	f.Add(int64(1709600000), uint8(0))
	f.Add(int64(0), uint8(3))
	f.Add(int64(4102444799), uint8(7))
	layouts := []string{time.RFC3339, time.RFC1123, time.RFC1123Z, "January 2, 2006", "2 January 2006", "2006-01-02 15:04:05", "Monday, January 2, 2006"}
	f.Fuzz(func(t *testing.T, sec int64, which uint8) {
		if sec < 0 || sec > 4102444799 { // 1970–2099
			return
		}
		layout := layouts[int(which)%len(layouts)]
		want := time.Unix(sec, 0).UTC()
		s := want.Format(layout)
		for _, order := range []DateOrder{MonthFirst, DayFirst} {
			got, err := ParseDate(s, order)
			if err != nil {
				t.Fatalf("%q (%s): %v", s, layout, err)
			}
			if reformatted := got.Format(layout); reformatted != s || got.Location() != time.UTC {
				t.Fatalf("%q read as %v", s, got)
			}
		}
	})
}

// FuzzDecode checks that decoding any bytes gives valid UTF-8 and loses
// nothing: bytes that are valid UTF-8 come back unchanged, and a
// windows-1252 reading has at least one character per byte.
func FuzzDecode(f *testing.F) {
	f.Add([]byte("caf\xe9"), false)
	f.Add([]byte("<meta charset=\"utf-8\"><p>caf\xe9</p>"), true)
	f.Add([]byte("\xff\xfeG\x00r\x00"), false)
	f.Fuzz(func(t *testing.T, b []byte, html bool) {
		var d Decoded
		if html {
			d = DecodeHTML(b, "", Encoding{})
		} else {
			d = DecodeText(b, Encoding{})
		}
		if !utf8.ValidString(d.Text) {
			t.Fatalf("%q decoded to invalid UTF-8 %q", b, d.Text)
		}
		if d.By == "detected" && utf8.Valid(b) && d.Text != string(b) {
			t.Fatalf("valid UTF-8 %q changed to %q", b, d.Text)
		}
		if d.Charset == "windows-1252" && d.By == "detected" && utf8.RuneCountInString(d.Text) < len(b) {
			t.Fatalf("%q: %d bytes gave %d characters", b, len(b), utf8.RuneCountInString(d.Text))
		}
	})
}

// FuzzCSV checks that no row is lost: a CSV of n data rows gives n
// records (good or bad), in order, and good records hold valid UTF-8.
func FuzzCSV(f *testing.F) {
	f.Add("id,text\na,Hello\nb,\"Multi\nline\"\n")
	f.Add("id,text\na,\"unterminated\nb,ok\n")
	f.Fuzz(func(t *testing.T, body string) {
		var last int64
		for rec := range CSVRows(strings.NewReader(body), "f.csv") {
			if rec.Err == nil && (!utf8.ValidString(rec.Text) || strings.TrimSpace(rec.Text) == "") {
				t.Fatalf("good record with bad text %q", rec.Text)
			}
			if rec.Line < last {
				t.Fatalf("line %d after %d", rec.Line, last)
			}
			last = rec.Line
		}
		// Without quotes every non-blank line is a row: the first is the
		// header, each other gives one record (a header alone or no line
		// at all gives one error record).
		if !bytes.ContainsAny([]byte(body), "\"\r") {
			rows := countNonBlank(strings.Split(body, "\n"))
			n := 0
			for range CSVRows(strings.NewReader(body), "f.csv") {
				n++
			}
			if n != max(rows-1, 1) {
				t.Fatalf("%d records from %d rows", n, rows)
			}
		}
	})
}

func countNonBlank(lines []string) int {
	n := 0
	for _, l := range lines {
		if l != "" {
			n++
		}
	}
	return n
}

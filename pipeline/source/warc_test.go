package source

import (
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// warcRecord builds one WARC record by hand: header fields, then the block.
func warcRecord(fields [][2]string, block string) string {
	var b strings.Builder
	b.WriteString("WARC/1.1\r\n")
	for _, f := range fields {
		fmt.Fprintf(&b, "%s: %s\r\n", f[0], f[1])
	}
	fmt.Fprintf(&b, "Content-Length: %d\r\n\r\n%s\r\n\r\n", len(block), block)
	return b.String()
}

func httpResponse(status, contentType, body string) string {
	return fmt.Sprintf("HTTP/1.1 %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s", status, contentType, len(body), body)
}

// testWARC writes a WARC file of 130 records: a warcinfo record, then per
// page a request and a response; some responses are images, redirects or
// errors; record number bad is malformed (its Content-Length is not a
// number). It returns the file and, by record number, the URL of every HTML
// response with status 2xx.
func testWARC(t *testing.T, gz bool, bad int64) ([]byte, map[int64]string) {
	t.Helper()
	var out bytes.Buffer
	want := map[int64]string{}
	n := int64(0)
	add := func(rec string) {
		n++
		if !gz {
			out.WriteString(rec)
			return
		}
		zw := gzip.NewWriter(&out)
		zw.Write([]byte(rec))
		zw.Close()
	}
	add(warcRecord([][2]string{{"WARC-Type", "warcinfo"}, {"WARC-Record-ID", "<urn:uuid:00000000-0000-4000-8000-000000000000>"},
		{"WARC-Date", "2024-02-11T08:00:00Z"}, {"Content-Type", "application/warc-fields"}}, "software: newsnlp test\r\n"))
	for page := 0; n < 130; page++ {
		url := fmt.Sprintf("https://news.example.org/story/%d", page)
		add(warcRecord([][2]string{{"WARC-Type", "request"}, {"WARC-Record-ID", fmt.Sprintf("<urn:uuid:10000000-0000-4000-8000-%012d>", page)},
			{"WARC-Date", "2024-02-11T08:30:00Z"}, {"WARC-Target-URI", url}, {"Content-Type", "application/http;msgtype=request"}},
			"GET /story HTTP/1.1\r\nHost: news.example.org\r\n\r\n"))
		if n+1 == bad {
			n++
			rec := "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: " + url + "\r\nContent-Length: many\r\n\r\nHTTP/1.1 200 OK\r\n\r\n<p>lost</p>\r\n\r\n"
			if gz {
				zw := gzip.NewWriter(&out)
				zw.Write([]byte(rec))
				zw.Close()
			} else {
				out.WriteString(rec)
			}
			continue
		}
		status, ctype := "200 OK", "text/html; charset=utf-8"
		switch page % 10 {
		case 3:
			ctype = "image/png"
		case 5:
			status = "404 Not Found"
		case 7:
			status = "301 Moved Permanently"
		}
		body := fmt.Sprintf("<html><head><title>Story %d</title></head><body><p>Paragraph of story %d.</p></body></html>", page, page)
		add(warcRecord([][2]string{{"WARC-Type", "response"}, {"WARC-Record-ID", fmt.Sprintf("<urn:uuid:20000000-0000-4000-8000-%012d>", page)},
			{"WARC-Date", "2024-02-11T08:30:00Z"}, {"WARC-Target-URI", url}, {"Content-Type", "application/http;msgtype=response"}},
			httpResponse(status, ctype, body)))
		if status == "200 OK" && strings.HasPrefix(ctype, "text/html") {
			want[n] = url
		}
	}
	return out.Bytes(), want
}

func TestWARCFile(t *testing.T) {
	for _, gz := range []bool{false, true} {
		t.Run(fmt.Sprintf("gzip=%v", gz), func(t *testing.T) {
			const bad = 43 // a response: records are warcinfo, then request and response pairs
			data, want := testWARC(t, gz, bad)
			got := map[int64]Record{}
			var errs []Record
			for rec := range WARCFile(bytes.NewReader(data), "crawl.warc") {
				if rec.Err != nil {
					errs = append(errs, rec)
					continue
				}
				got[rec.Line] = rec
			}
			if len(want) < 40 {
				t.Fatalf("test file has only %d HTML responses", len(want))
			}
			for line, url := range want {
				rec, ok := got[line]
				if !ok {
					t.Errorf("record %d (%s) missing", line, url)
					continue
				}
				if rec.URL != url || rec.Input != "crawl.warc" || !strings.Contains(rec.HTML, "<p>Paragraph of story") {
					t.Errorf("record %d: got URL %q input %q html %.40q", line, rec.URL, rec.Input, rec.HTML)
				}
				if rec.Published == nil || !rec.Published.Equal(time.Date(2024, 2, 11, 8, 30, 0, 0, time.UTC)) {
					t.Errorf("record %d: published %v", line, rec.Published)
				}
				if !strings.HasPrefix(rec.ID, "20000000-0000-4000-8000-") {
					t.Errorf("record %d: id %q", line, rec.ID)
				}
			}
			if len(got) != len(want) {
				t.Errorf("got %d HTML records, want %d", len(got), len(want))
			}
			if len(errs) != 1 || errs[0].Line != bad || errs[0].Input != "crawl.warc" {
				for _, e := range errs {
					t.Logf("error record: line %d: %v", e.Line, e.Err)
				}
				t.Fatalf("got %d error records, want one at record %d", len(errs), bad)
			}
			if !strings.HasPrefix(errs[0].Err.Error(), "source: ") {
				t.Errorf("error %q lacks the package prefix", errs[0].Err)
			}
		})
	}
}

func TestWARCFileTruncated(t *testing.T) {
	data, want := testWARC(t, true, -1)
	cut := data[:len(data)*2/3]
	ok, failed := 0, 0
	for rec := range WARCFile(bytes.NewReader(cut), "cut.warc.gz") {
		if rec.Err != nil {
			failed++
			continue
		}
		ok++
	}
	if ok == 0 || ok >= len(want) || failed < 1 || failed > 2 {
		t.Errorf("truncated file: %d records, %d errors; want some of %d records and one or two errors (the cut record, the stream)", ok, failed, len(want))
	}
}

func TestRecordID(t *testing.T) {
	if got := recordID("<urn:uuid:abc>", "u"); got != "abc" {
		t.Errorf("got %q", got)
	}
	a, b := recordID("", "https://a.example/1"), recordID("", "https://a.example/2")
	if a == b || !strings.HasPrefix(a, "url-") || len(a) != 20 {
		t.Errorf("url ids %q %q", a, b)
	}
}

var writeFixture = flag.Bool("write-warc-fixture", false, "write ../testdata/warc/news.warc.gz, the pipeline's end-to-end WARC fixture")

// TestWriteWARCFixture writes the WARC file of testWARC (130 records, record
// 43 malformed, gzip per record) as a fixture for the pipeline's end-to-end
// test, when run with -write-warc-fixture.
func TestWriteWARCFixture(t *testing.T) {
	if !*writeFixture {
		t.Skip("run with -write-warc-fixture to regenerate ../testdata/warc/news.warc.gz")
	}
	data, _ := testWARC(t, true, 43)
	if err := os.MkdirAll(filepath.Join("..", "testdata", "warc"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join("..", "testdata", "warc", "news.warc.gz"), data, 0o644); err != nil {
		t.Fatal(err)
	}
}

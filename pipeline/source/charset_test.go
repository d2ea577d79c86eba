package source

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDecodeFiles(t *testing.T) {
	const verb = "veröffentlichen"
	tests := []struct {
		file, want, charset string
		enc                 string // --encoding
	}{
		{"latin1.txt", "Le café est fermé à Noël", "windows-1252", ""},
		{"utf8.txt", "Grüße aus Köln — “quoted”", "utf-8", ""},
		{"utf16le-bom.txt", "Grüße aus Köln", "utf-16le", ""},
		{"latin1.txt", "Le café est fermé à Noël", "iso-8859-15", "iso-8859-15"},
		{"cp1252-meta.html", "12 € und", "windows-1252", ""},
		{"latin1-http-equiv.html", verb, "windows-1252", ""},
		{"late-meta.html", verb, "windows-1252", ""},
		{"undeclared-latin1.html", verb, "windows-1252", ""},
		{"utf8-meta.html", "12 € und", "utf-8", ""},
		{"utf8-stale-gbk-meta.html", "谷歌在2014年收购的人工智能公司", "utf-8", ""}, // re-encoded by a crawler, old <meta> kept
	}
	for _, tt := range tests {
		t.Run(tt.file+"/"+tt.enc, func(t *testing.T) {
			path := filepath.Join("testdata", "charset", tt.file)
			f, _, _ := Classify(path)
			enc, err := LookupEncoding(tt.enc)
			if err != nil {
				t.Fatal(err)
			}
			st, _ := os.Stat(path)
			in := Input{Path: path, Name: tt.file, Format: f, Size: st.Size()}
			var recs []Record
			for r := range (&Options{Encoding: enc}).Read(in, nil, nil) {
				recs = append(recs, r)
			}
			if len(recs) != 1 || recs[0].Err != nil {
				t.Fatalf("got %+v", recs)
			}
			r := recs[0]
			got := r.Text + r.HTML
			if !strings.Contains(got, tt.want) || strings.ContainsRune(got, '\uFFFD') || r.Charset != tt.charset || len(r.Warnings) > 0 {
				t.Errorf("charset %s warnings %v, text %.200q; want %q in %s", r.Charset, r.Warnings, got, tt.want, tt.charset)
			}
		})
	}
}

// TestDecodeWARCHeaderCharset: a WARC response whose HTTP header says
// ISO-8859-1 is decoded from it, whatever the page says.
func TestDecodeWARCHeaderCharset(t *testing.T) {
	body := "<html><head><title>T</title></head><body><p>Das Buch ver\xf6ffentlichen.</p></body></html>"
	data := warcRecord([][2]string{{"WARC-Type", "response"}, {"WARC-Record-ID", "<urn:uuid:1>"}, {"WARC-Target-URI", "https://x.example/"},
		{"Content-Type", "application/http;msgtype=response"}}, httpResponse("200 OK", "text/html; charset=ISO-8859-1", body))
	n := 0
	for r := range WARCFile(strings.NewReader(data), "x.warc") {
		n++
		if r.Err != nil || !strings.Contains(r.HTML, "veröffentlichen") || r.Charset != "windows-1252" {
			t.Errorf("err %v charset %s html %q", r.Err, r.Charset, r.HTML)
		}
	}
	if n != 1 {
		t.Errorf("got %d records", n)
	}
	// A server that says ISO-8859-1 and sends UTF-8: valid UTF-8 wins.
	data = warcRecord([][2]string{{"WARC-Type", "response"}, {"WARC-Record-ID", "<urn:uuid:2>"}, {"WARC-Target-URI", "https://x.example/"},
		{"Content-Type", "application/http;msgtype=response"}}, httpResponse("200 OK", "text/html; charset=ISO-8859-1", "<p>Das Buch veröffentlichen.</p>"))
	for r := range WARCFile(strings.NewReader(data), "x.warc") {
		if r.Err != nil || !strings.Contains(r.HTML, "veröffentlichen") || r.Charset != "utf-8" {
			t.Errorf("UTF-8 sent as ISO-8859-1: err %v charset %s html %q", r.Err, r.Charset, r.HTML)
		}
	}
}

func TestDecodeDeclaredUTF8Invalid(t *testing.T) {
	d := DecodeHTML([]byte("<meta charset=\"utf-8\"><p>caf\xe9</p>"), "", Encoding{})
	if d.Text != "<meta charset=\"utf-8\"><p>caf\uFFFD</p>" || d.Warning == nil || !strings.Contains(d.Warning.Error(), "--encoding") {
		t.Errorf("got %q, %v", d.Text, d.Warning)
	}
}

func TestLookupEncoding(t *testing.T) {
	if e, err := LookupEncoding("latin1"); err != nil || e.String() != "windows-1252" {
		t.Errorf("latin1: %v %v", e, err)
	}
	if e, err := LookupEncoding("auto"); err != nil || e.String() != "auto" {
		t.Errorf("auto: %v %v", e, err)
	}
	if _, err := LookupEncoding("klingon"); err == nil {
		t.Error("unknown encoding accepted")
	}
}

// TestJSONLinesEncoding: a JSONL file in windows-1252 is an error naming
// --encoding, and reads with it.
func TestJSONLinesEncoding(t *testing.T) {
	path := filepath.Join(t.TempDir(), "latin1.jsonl")
	os.WriteFile(path, []byte("{\"id\":\"a\",\"text\":\"Le caf\xe9 est ferm\xe9.\"}\n"), 0o644)
	in := Input{Path: path, Name: "latin1.jsonl", Format: JSONL}
	for r := range Read(in, nil, nil) {
		if !errors.Is(r.Err, ErrInvalidUTF8) || !strings.Contains(r.Err.Error(), "--encoding") {
			t.Errorf("without --encoding: %v", r.Err)
		}
	}
	enc, _ := LookupEncoding("windows-1252")
	for r := range (&Options{Encoding: enc}).Read(in, nil, nil) {
		if r.Err != nil || r.Text != "Le café est fermé." {
			t.Errorf("with --encoding: %q, %v", r.Text, r.Err)
		}
	}
}

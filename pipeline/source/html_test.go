package source

import (
	"errors"
	"os"
	"strings"
	"testing"
)

func TestHTMLFile(t *testing.T) {
	const page = "../clean/testdata/html/seawall-jsonld_nav_cookie.html"
	data, err := os.ReadFile(page)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, input, wantID string
		wantErr             error
	}{
		{"page", string(data), "dir/seawall-jsonld_nav_cookie", nil},
		{"empty", " \n", "dir/seawall-jsonld_nav_cookie", ErrEmptyInput},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var recs []Record
			for r := range HTMLFile(strings.NewReader(tt.input), "dir/seawall-jsonld_nav_cookie.html.gz") {
				recs = append(recs, r)
			}
			if len(recs) != 1 {
				t.Fatalf("got %d records", len(recs))
			}
			r := recs[0]
			if r.ID != tt.wantID || r.Input != "dir/seawall-jsonld_nav_cookie.html.gz" {
				t.Errorf("id %q input %q", r.ID, r.Input)
			}
			if !errors.Is(r.Err, tt.wantErr) {
				t.Errorf("err %v, want %v", r.Err, tt.wantErr)
			}
			if tt.wantErr == nil && (r.HTML != tt.input || r.Text != "") {
				t.Errorf("HTML not kept verbatim")
			}
		})
	}
}

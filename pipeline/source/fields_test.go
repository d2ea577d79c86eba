package source

import (
	"strings"
	"testing"
)

// readJSONL reads JSONL text with opts.
func readJSONL(in string, opts *Options) []Record {
	var out []Record
	for rec := range jsonLines(strings.NewReader(in), "feed.jsonl", nil, MaxLine, opts) {
		out = append(out, rec)
	}
	return out
}

func TestFieldMapping(t *testing.T) {
	tests := []struct {
		name, line string
		opts       Options
		// wantText is the text of a good record; wantErr part of the
		// error of a bad one.
		wantText, wantField, wantMeta, wantErr, wantWarning string
	}{
		{name: "content", line: `{"id":"1","content":"Body one."}`, wantText: "Body one.", wantField: "content"},
		{name: "body", line: `{"id":"2","body":"Body two."}`, wantText: "Body two.", wantField: "body"},
		{name: "nested article.text", line: `{"id":"3","article":{"text":"Body three.","section":"World"}}`,
			wantText: "Body three.", wantField: "article.text", wantMeta: `{"article":{"section":"World"}}`},
		{name: "article string", line: `{"id":"4","article":"Body four."}`, wantText: "Body four.", wantField: "article"},
		{name: "empty text falls through", line: `{"id":"5","text":"","body":"Body five."}`, wantText: "Body five.", wantField: "body", wantMeta: `{"text":""}`},
		{name: "flag path", line: `{"id":"6","payload":{"story":"Body six."},"text":"not this"}`,
			opts: Options{Fields: Fields{Text: []string{"payload.story"}}}, wantText: "Body six.", wantField: "payload.story", wantMeta: `{"text":"not this"}`},
		{name: "flag field with a dot in its name", line: `{"id":"7","a.b":"Body seven."}`,
			opts: Options{Fields: Fields{Text: []string{"a.b"}}}, wantText: "Body seven.", wantField: "a.b"},
		{name: "title of the wrong type kept in meta", line: `{"id":"8","text":"Body.","title":12}`,
			wantText: "Body.", wantField: "text", wantMeta: `{"title":12}`, wantWarning: `field "title": want a string`},
		{name: "text of the wrong type", line: `{"id":"9","text":5}`, wantErr: `field "text": want a string, got 5`},
		{name: "no text names the flag", line: `{"id":"10","summary":"x"}`, wantErr: "--text-field"},
		{name: "flag field missing", line: `{"id":"11","content":"Body."}`, opts: Options{Fields: Fields{Text: []string{"story"}}}, wantErr: "among story"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recs := readJSONL(tt.line, &tt.opts)
			if len(recs) != 1 {
				t.Fatalf("got %d records", len(recs))
			}
			r := recs[0]
			if tt.wantErr != "" {
				if r.Err == nil || !strings.Contains(r.Err.Error(), tt.wantErr) {
					t.Fatalf("err %v, want one containing %q", r.Err, tt.wantErr)
				}
				return
			}
			if r.Err != nil {
				t.Fatal(r.Err)
			}
			if r.Text != tt.wantText || r.TextField != tt.wantField || r.Meta != tt.wantMeta {
				t.Errorf("got text %q field %q meta %q, want %q %q %q", r.Text, r.TextField, r.Meta, tt.wantText, tt.wantField, tt.wantMeta)
			}
			if tt.wantWarning == "" && len(r.Warnings) > 0 || tt.wantWarning != "" && (len(r.Warnings) != 1 || !strings.Contains(r.Warnings[0].Error(), tt.wantWarning)) {
				t.Errorf("warnings %v, want %q", r.Warnings, tt.wantWarning)
			}
		})
	}
}

func TestFieldMappingParts(t *testing.T) {
	opts := Options{Fields: Fields{ID: []string{"meta.uid"}, Title: []string{"meta.head"}, Published: []string{"meta.when"}}}
	r := readJSONL(`{"meta":{"uid":77,"head":"Headline","when":"2024-03-05"},"text":"Body.","authors":["A. One","B. Two"],"link":"https://x.example/1"}`, &opts)[0]
	if r.Err != nil {
		t.Fatal(r.Err)
	}
	if r.ID != "77" || r.Title != "Headline" || r.Published == nil || r.Published.Format("2006-01-02") != "2024-03-05" ||
		r.Byline != "A. One, B. Two" || r.URL != "https://x.example/1" || r.Meta != "" {
		t.Errorf("got %+v", r)
	}
}

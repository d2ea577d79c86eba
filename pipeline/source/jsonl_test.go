package source

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestJSONLines(t *testing.T) {
	cases := []struct {
		name, in string
		want     []string // "id" for a good record, "!message part" for a bad one
	}{
		{"fields", `{"id":"a","text":"Hello.","title":"T","date":"2024-01-02","x":1}` + "\n", []string{"a"}},
		{"numeric id", `{"article_id":7,"text":"Hi."}`, []string{"7"}},
		{"default id", "\n\n" + `{"text":"Hi."}` + "\n", []string{"in:3"}},
		{"html only", `{"id":"h","html":"<p>Hi</p>"}`, []string{"h"}},
		{"crlf", `{"id":"c","text":"Hi."}` + "\r\n" + `{"id":"d","text":"Yo."}` + "\r\n", []string{"c", "d"}},
		{"no text", `{"id":"a"}`, []string{"!no text"}},
		{"text not a string", `{"id":"a","text":5}`, []string{"!want a string"}},
		{"not an object", `"text"`, []string{"!not a JSON object: found a JSON string"}},
		{"bad JSON", `{"text":"x",}`, []string{"!invalid JSON: invalid character"}},
		{"bad date kept", `{"text":"x","date":"soon"}`, []string{"in:1"}},
		{"empty", "", []string{"!empty input"}},
		{"blank lines only", "\n \n", []string{"!empty input"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for rec := range JSONLines(strings.NewReader(c.in), "in.jsonl") {
				if rec.Err != nil {
					got = append(got, "!"+rec.Err.Error())
				} else {
					got = append(got, rec.ID)
				}
			}
			if len(got) != len(c.want) {
				t.Fatalf("got %q, want %q", got, c.want)
			}
			for i := range got {
				if strings.HasPrefix(c.want[i], "!") {
					if !strings.Contains(got[i], c.want[i][1:]) {
						t.Errorf("record %d = %q, want an error containing %q", i, got[i], c.want[i][1:])
					}
				} else if got[i] != c.want[i] {
					t.Errorf("record %d = %q, want %q", i, got[i], c.want[i])
				}
			}
		})
	}
}

func TestJSONLinesMeta(t *testing.T) {
	in := `{"text":"x","z":[1,2],"a":{"b":null},"title":"T"}`
	for rec := range JSONLines(strings.NewReader(in), "f.jsonl") {
		if rec.Err != nil || rec.Meta != `{"a":{"b":null},"z":[1,2]}` || rec.Title != "T" {
			t.Errorf("got %+v", rec)
		}
	}
}

func TestJSONLinesLongLine(t *testing.T) {
	text := strings.Repeat("word ", 13<<20/5) // a 13 MB line
	in := `{"id":"big","text":"` + text + `"}` + "\n" + `{"id":"next","text":"small"}`
	var ids []string
	for rec := range JSONLines(strings.NewReader(in), "f.jsonl") {
		if rec.Err != nil {
			t.Fatal(rec.Err)
		}
		ids = append(ids, rec.ID)
		if rec.ID == "big" && len(rec.Text) != len(text) {
			t.Errorf("long text cut to %d bytes", len(rec.Text))
		}
	}
	if strings.Join(ids, ",") != "big,next" {
		t.Errorf("got %v", ids)
	}
}

func TestJSONLinesTooLong(t *testing.T) {
	r := strings.NewReader(`{"id":"x","text":"` + strings.Repeat("a", 1<<20) + `"}` + "\n" + `{"id":"y","text":"b"}`)
	var got []Record
	for rec := range jsonLines(r, "f", nil, 1<<20, &Options{}) {
		got = append(got, rec)
	}
	if len(got) != 2 || !errors.Is(got[0].Err, ErrLineTooLong) || got[0].Line != 1 || got[1].ID != "y" || got[1].Line != 2 {
		t.Fatalf("got %+v", got)
	}
}

// FuzzJSONLines checks that no line is lost: every non-blank line gives one
// record, in order, with its line number, and good records hold valid UTF-8
// text.
func FuzzJSONLines(f *testing.F) {
	f.Add([]byte(`{"id":"a","text":"Hello “world”."}` + "\n" + `{"text":"\ud800"}`))
	f.Add([]byte("{\"text\":\"caf\xe9\"}\n[]\nnull\n{\"text\":\"\"}\n"))
	f.Add([]byte(`{"id":{"x":1},"text":"t","published":"2024-02-30"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		lines := bytes.Split(data, []byte("\n"))
		var want []int64
		for i, l := range lines {
			if len(bytes.TrimSpace(l)) > 0 {
				want = append(want, int64(i+1))
			}
		}
		var got []int64
		for rec := range JSONLines(bytes.NewReader(data), "fuzz.jsonl") {
			if rec.Line == 0 {
				if rec.Err == nil || len(want) != 0 {
					t.Fatalf("line 0 record: %+v", rec)
				}
				continue
			}
			got = append(got, rec.Line)
			if rec.Err == nil && (!utf8.ValidString(rec.Text) || rec.ID == "" || (rec.Text == "" && rec.HTML == "")) {
				t.Fatalf("bad good record %+v", rec)
			}
		}
		if len(got) != len(want) {
			t.Fatalf("got lines %v, want %v", got, want)
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("got lines %v, want %v", got, want)
			}
		}
	})
}

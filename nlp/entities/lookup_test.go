package entities

import (
	"slices"
	"strings"
	"testing"
)

func TestPersonForAndTitles(t *testing.T) {
	marked, _, _ := strings.Cut(readFile(t, "testdata/resolve/clinton.txt"), "=== entities\n")
	d := markedDoc(t, marked)
	r := New()
	if err := r.Annotate(d); err != nil {
		t.Fatal(err)
	}
	bill, hillary := 0, 1 // entity order of clinton.txt
	tests := []struct {
		name string
		at   int
		want int
	}{
		{"Bill Clinton", len(d.Text), bill},
		{"Hillary", 0, hillary},
		{"Mrs. Clinton", len(d.Text), hillary},
		{"Clinton", 40, bill},             // only Bill mentioned before
		{"Clinton", len(d.Text), hillary}, // Hillary mentioned last
		{"Clinton", 0, bill},              // none before: first after
		{"Iowa", 0, -1},                   // not a person
		{"Chelsea Clinton", 0, -1},
		{"", 0, -1},
	}
	for _, tt := range tests {
		if got := r.PersonFor(d, tt.name, tt.at); got != tt.want {
			t.Errorf("PersonFor(%q, %d) = %d, want %d", tt.name, tt.at, got, tt.want)
		}
	}

	marked, _, _ = strings.Cut(readFile(t, "testdata/resolve/titles.txt"), "=== entities\n")
	d = markedDoc(t, marked)
	if err := r.Annotate(d); err != nil {
		t.Fatal(err)
	}
	wantTitles := map[string][]string{
		"Antony Blinken": {"secretary of state", "mr"},
		"Boris Johnson":  {"prime minister"},
		"Mark Milley":    {"gen"},
		"Barack Obama":   {"president"},
		"Joe Biden":      {"president-elect"},
		"London":         nil,
	}
	for e, ent := range d.Entities {
		want, ok := wantTitles[ent.Canonical]
		if !ok {
			continue
		}
		if got := r.Titles(d, e); !slices.Equal(got, want) {
			t.Errorf("Titles(%s) = %q, want %q", ent.Canonical, got, want)
		}
	}
	if got := r.Titles(d, -1); got != nil {
		t.Errorf("Titles(-1) = %q", got)
	}
}

package pos

import (
	"os"
	"reflect"
	"strings"
	"testing"
)

func TestReadCoNLL(t *testing.T) {
	for _, tt := range []struct {
		file string
		want []Sentence
	}{
		{"testdata/four.conll", []Sentence{
			{Words: []string{"Maria", "said", "no", "."}, Tags: []string{"NNP", "VBD", "DT", "."}},
			{Words: []string{"Oslo", "won"}, Tags: []string{"NNP", "VBD"}},
		}},
		{"testdata/two.conll", []Sentence{
			{Words: []string{"Maria", "said"}, Tags: []string{"NNP", "VBD"}},
			{Words: []string{"no"}, Tags: []string{"DT"}},
		}},
	} {
		t.Run(tt.file, func(t *testing.T) {
			f, err := os.Open(tt.file)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			got, err := ReadCoNLL(f)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %v\nwant %v", got, tt.want)
			}
		})
	}
	if _, err := ReadCoNLL(strings.NewReader("Maria NNP\nalone\n")); err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("one-column line: err = %v, want an error naming line 2", err)
	}
}

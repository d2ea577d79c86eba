package quotes

import (
	"bytes"
	"compress/gzip"
	"testing"
)

func TestFirstNames(t *testing.T) {
	names, err := loadFirstNames(firstNamesGz)
	if err != nil {
		t.Fatal(err)
	}
	if len(names) < 50000 {
		t.Errorf("%d first names, want over 50,000", len(names))
	}
	for _, c := range []struct {
		name string
		want gender
	}{
		{"Donald Trump", genderMale},
		{"Sen. Elizabeth Warren", genderFemale},
		{"President Joe Biden", genderMale},
		{"Nancy Pelosi", genderFemale},
		{"Trump", genderUnknown},
		{"Xq Zzyzx", genderUnknown},
	} {
		if got := names.of(c.name); got != c.want {
			t.Errorf("%q: %s, want %s", c.name, got, c.want)
		}
	}
}

func TestFirstNamesMalformed(t *testing.T) {
	for _, table := range []string{"anna\tx\n", "anna\n", "\tf\n"} {
		var b bytes.Buffer
		zw := gzip.NewWriter(&b)
		zw.Write([]byte(table))
		zw.Close()
		if _, err := loadFirstNames(b.Bytes()); err == nil {
			t.Errorf("%q: no error", table)
		}
	}
	if _, err := loadFirstNames([]byte("not gzip")); err == nil {
		t.Error("not gzip: no error")
	}
}

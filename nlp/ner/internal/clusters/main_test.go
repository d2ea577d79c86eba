package main

import (
	"reflect"
	"strings"
	"testing"
)

func TestAddText(t *testing.T) {
	var c corpus
	c.init()
	c.addText(`He said: "Obama's U.S. plan (2016) works."`)
	var got []string
	for _, id := range c.ids {
		if id >= 0 {
			got = append(got, c.words[id])
		}
	}
	want := strings.Fields(`He said : " Obama 's U.S. plan ( 2016 ) works . "`)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("tokens %q, want %q", got, want)
	}
}

// TestExchange clusters a toy corpus where days and cities occur in
// different contexts: each group must end up in one class of its own, and
// a second run must give the same classes.
func TestExchange(t *testing.T) {
	var c corpus
	c.init()
	for range 20 {
		for _, day := range []string{"Monday", "Tuesday", "Friday"} {
			for _, city := range []string{"Paris", "Oslo", "Rome"} {
				c.addText("on " + day + " in " + city + " .")
			}
		}
	}
	vocab, total := c.vocabulary(1)
	cls := exchange(vocab, total, 4, 10)
	class := map[string]int{}
	for i, v := range vocab {
		class[v.word] = cls[i]
	}
	if class["Monday"] != class["Friday"] || class["Paris"] != class["Rome"] || class["Monday"] == class["Paris"] {
		t.Errorf("classes %v: days and cities not separated", class)
	}
	if again := exchange(vocab, total, 4, 10); !reflect.DeepEqual(cls, again) {
		t.Error("exchange is not deterministic")
	}
}

package ner

import (
	"encoding/binary"
	"math/rand/v2"
	"testing"
)

// TestJointFilterModel checks the filter of the embedded model: it
// holds every key of the table, rejects most other keys, and the key that
// stands for rejected features is not in the table and has an empty home
// slot.
func TestJointFilterModel(t *testing.T) {
	j := mustDefault(t).joint
	n := 0
	for _, s := range j.slots {
		if s.key != 0 {
			n++
			if !j.filter.mayHave(s.key) {
				t.Fatalf("the filter rejects key %#x of the table", s.key)
			}
		}
	}
	if n == 0 {
		t.Fatal("empty table")
	}
	if got := j.lookup(nil, []uint64{j.absent}); len(got) != 0 || j.slots[j.absent&j.mask].key != 0 || j.filter.mayHave(j.absent) {
		t.Fatalf("absent key %#x: rows %v, home slot %#x", j.absent, got, j.slots[j.absent&j.mask].key)
	}
	r := rand.New(rand.NewPCG(3, 4))
	passed := 0
	const tries = 100000
	for range tries {
		if j.filter.mayHave(mix(r.Uint64(), r.Uint64(), 0)) {
			passed++
		}
	}
	if passed > tries/20 { // about 2% for 37.6k keys
		t.Errorf("the filter passes %d of %d random keys", passed, tries)
	}
}

// FuzzScreen checks that screening features and then finding them gives
// the rows a plain map of the table's keys gives, on tables of the
// fuzzer's keys and keys near them.
func FuzzScreen(f *testing.F) {
	f.Add([]byte("0123456789abcdef0123456789abcdeg\x00\x00\x00\x00\x00\x00\x00\x00"), uint8(1))
	f.Add([]byte("\xff\xff\xff\xff\xff\xff\xff\xff\x01\x00\x00\x00\x00\x00\x00\x00"), uint8(2))
	f.Fuzz(func(t *testing.T, b []byte, keep uint8) {
		want := map[uint64]int32{}
		var feats []uint64
		for ; len(b) >= 8; b = b[8:] {
			k := binary.LittleEndian.Uint64(b)
			feats = append(feats, k, k^1, k^1<<63, mix(k, 1, 2))
			if fk := fixKey(k); uint8(k)%4 <= keep%4 {
				if _, ok := want[fk]; !ok {
					want[fk] = int32(len(want))
				}
			}
		}
		j := &joint{slots: make([]jointSlot, tableSize(len(want)))}
		j.mask = uint64(len(j.slots) - 1)
		for k, row := range want {
			i := k & j.mask
			for j.slots[i].key != 0 {
				i = (i + 1) & j.mask
			}
			j.slots[i] = jointSlot{key: k, row: row}
		}
		j.setFilter()
		var wantRows []int32
		for _, k := range feats {
			if row, ok := want[fixKey(k)]; ok {
				wantRows = append(wantRows, row)
			}
		}
		screened := append([]uint64(nil), feats...)
		j.screen(screened)
		rows, ends := make([]int32, len(feats)), make([]int32, len(feats))
		n := j.find(rows, ends, screened)
		if n != len(wantRows) {
			t.Fatalf("%d rows, want %d", n, len(wantRows))
		}
		for i := range n {
			if rows[i] != wantRows[i] {
				t.Fatalf("row %d is %d, want %d", i, rows[i], wantRows[i])
			}
		}
	})
}

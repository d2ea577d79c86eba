package modelfile

import (
	"bytes"
	"errors"
	"slices"
	"testing"
)

type pair struct {
	A uint64
	B int32
	C uint16
	D uint16
}

var pairLayout = []int{8, 4, 2, 2}

// TestRoundTrip writes sections of several element types and views them
// back from an unaligned copy of the file.
func TestRoundTrip(t *testing.T) {
	const magic = "test-model-v1\n\x00\x00"
	u32 := []uint32{1, 2, 0xdeadbeef}
	f32 := []float32{0.5, -3, 1e9}
	ps := []pair{{1, -2, 3, 4}, {1 << 60, 7, 0xffff, 0}}
	text := []byte("hello")
	b := []byte(magic)
	for _, s := range [][]byte{Bytes(u32), Bytes(f32), Bytes(ps, pairLayout...), text, nil} {
		b = AppendSection(b, s)
	}
	if len(b)%8 != 0 {
		t.Fatalf("file length %d not a multiple of 8", len(b))
	}
	odd := make([]byte, len(b)+1)[1:] // most likely unaligned
	copy(odd, b)
	secs, err := Split(Aligned(odd), len(magic), 5)
	if err != nil {
		t.Fatal(err)
	}
	gotU, err1 := View[uint32](secs[0])
	gotF, err2 := View[float32](secs[1])
	gotP, err3 := View[pair](secs[2], pairLayout...)
	if err := errors.Join(err1, err2, err3); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(gotU, u32) || !slices.Equal(gotF, f32) || !slices.Equal(gotP, ps) {
		t.Errorf("views %v %v %v, want %v %v %v", gotU, gotF, gotP, u32, f32, ps)
	}
	if !bytes.Equal(secs[3], text) || len(secs[4]) != 0 {
		t.Errorf("byte sections %q %q", secs[3], secs[4])
	}
}

func TestSplitErrors(t *testing.T) {
	b := AppendSection([]byte("12345678"), []byte("abc"))
	for _, tt := range []struct {
		name string
		b    []byte
		n    int
		want error
	}{
		{"short header", b[:4], 1, ErrTruncated},
		{"missing section", b, 2, ErrTruncated},
		{"cut section", b[:len(b)-8], 1, ErrTruncated},
		{"length overflow", append([]byte("12345678"), 0xf9, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff), 1, ErrTruncated},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := Split(Aligned(tt.b), 8, tt.n); !errors.Is(err, tt.want) {
				t.Errorf("err = %v, want %v", err, tt.want)
			}
		})
	}
	if _, err := Split(append(slices.Clone(b), make([]byte, 8)...), 8, 1); err == nil {
		t.Error("trailing bytes accepted")
	}
	if _, err := View[uint64](make([]byte, 12)); !errors.Is(err, ErrSection) {
		t.Errorf("12 bytes as uint64: err = %v, want ErrSection", err)
	}
}

func TestSwapped(t *testing.T) {
	got := swapped([]byte{1, 2, 3, 4, 5, 6}, []int{4, 2})
	if want := []byte{4, 3, 2, 1, 6, 5}; !bytes.Equal(got, want) {
		t.Errorf("swapped = %v, want %v", got, want)
	}
}

func FuzzSplit(f *testing.F) {
	f.Add(AppendSection(AppendSection([]byte("12345678"), []byte("abc")), []byte("defghijkl")), 2)
	f.Fuzz(func(t *testing.T, b []byte, n int) {
		if n < 0 || n > 64 {
			return
		}
		secs, err := Split(Aligned(b), 8, n)
		if err != nil {
			return
		}
		// Re-encoding the sections gives the file back, but for the
		// padding, which Split does not check.
		out := slices.Clone(b[:8])
		pad := make([]bool, 8)
		for _, s := range secs {
			k := len(out)
			out = AppendSection(out, s)
			pad = append(pad, make([]bool, 8+len(s))...)
			for range len(out) - k - 8 - len(s) {
				pad = append(pad, true)
			}
		}
		if len(out) != len(b) {
			t.Fatalf("re-encoded %d bytes, read %d", len(out), len(b))
		}
		for i := range out {
			if !pad[i] && out[i] != b[i] {
				t.Fatalf("re-encoded byte %d = %d, read %d", i, out[i], b[i])
			}
		}
	})
}

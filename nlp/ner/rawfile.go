package ner

import (
	"encoding/binary"
	"errors"
	"fmt"
	"unsafe"
)

// A model file is a 16-byte magic and sections, each a little-endian u64
// byte length, the bytes, and zero padding to a multiple of 8, so that a
// file read into an 8-byte aligned buffer (or embedded in the executable
// and found aligned) is used in place: each section is an array of fixed
// layout, viewed as a Go slice on a little-endian machine and byte-swapped
// into a copy on a big-endian one.

// appendSection appends one section to b.
func appendSection(b, data []byte) []byte {
	b = binary.LittleEndian.AppendUint64(b, uint64(len(data)))
	b = append(b, data...)
	for len(b)%8 != 0 {
		b = append(b, 0)
	}
	return b
}

// splitSections splits the n sections following the magic (the caller
// checked it) and checks that nothing follows them.
func splitSections(b []byte, n int) ([][]byte, error) {
	rest := b[len(magic):]
	out := make([][]byte, n)
	for i := range out {
		if len(rest) < 8 {
			return nil, errShort
		}
		size := binary.LittleEndian.Uint64(rest)
		rest = rest[8:]
		padded := (size + 7) &^ 7
		if padded < size || padded > uint64(len(rest)) {
			return nil, errShort
		}
		out[i] = rest[:size:size]
		rest = rest[padded:]
	}
	if len(rest) != 0 {
		return nil, fmt.Errorf("%d bytes after the model", len(rest))
	}
	return out, nil
}

// aligned returns b, or a copy of it, starting at an 8-byte boundary.
func aligned(b []byte) []byte {
	if uintptr(unsafe.Pointer(unsafe.SliceData(b)))%8 == 0 {
		return b
	}
	c := unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(make([]uint64, len(b)/8+1)))), len(b))
	copy(c, b)
	return c
}

// nativeLittle reports whether the machine is little-endian.
var nativeLittle = func() bool {
	x := uint16(1)
	return *(*byte)(unsafe.Pointer(&x)) == 1
}()

var errSection = errors.New("section length does not fit its array")

// view returns section b as a []T whose elements have the little-endian
// fields of the sizes in layout (repeated to fill T). b must be 8-byte
// aligned, and must not change while the slice is in use.
func view[T any](b []byte, layout ...int) ([]T, error) {
	var zero T
	size := int(unsafe.Sizeof(zero))
	if len(b)%size != 0 {
		return nil, errSection
	}
	if len(b) == 0 {
		return nil, nil
	}
	if !nativeLittle {
		b = swapped(b, layout)
	}
	return unsafe.Slice((*T)(unsafe.Pointer(unsafe.SliceData(b))), len(b)/int(size)), nil
}

// rawBytes returns the little-endian bytes of xs (see view).
func rawBytes[T any](xs []T, layout ...int) []byte {
	var zero T
	b := unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(xs))), len(xs)*int(unsafe.Sizeof(zero)))
	if !nativeLittle {
		b = swapped(b, layout)
	}
	return b
}

// swapped returns an 8-byte aligned copy of b with the byte order of each
// field reversed, the field sizes following layout cyclically.
func swapped(b []byte, layout []int) []byte {
	c := unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(make([]uint64, len(b)/8+1)))), len(b))
	copy(c, b)
	for i, f := 0, 0; i < len(c); f = (f + 1) % len(layout) {
		n := layout[f]
		for a, z := i, i+n-1; a < z; a, z = a+1, z-1 {
			c[a], c[z] = c[z], c[a]
		}
		i += n
	}
	return c
}

// stringBytes views s as bytes; they must not be written.
func stringBytes(s string) []byte { return unsafe.Slice(unsafe.StringData(s), len(s)) }

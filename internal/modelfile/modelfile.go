package modelfile

import (
	"encoding/binary"
	"errors"
	"fmt"
	"unsafe"
)

// Errors of Split and View.
var (
	ErrTruncated = errors.New("modelfile: truncated")
	ErrSection   = errors.New("modelfile: section length does not fit its array")
)

// AppendSection appends one section to b.
func AppendSection(b, data []byte) []byte {
	b = binary.LittleEndian.AppendUint64(b, uint64(len(data)))
	b = append(b, data...)
	for len(b)%8 != 0 {
		b = append(b, 0)
	}
	return b
}

// Split splits the n sections that follow the header's first skip bytes
// (the magic, which the caller checks) and checks that nothing follows
// them. The sections share b's memory.
func Split(b []byte, skip, n int) ([][]byte, error) {
	if len(b) < skip {
		return nil, ErrTruncated
	}
	rest := b[skip:]
	out := make([][]byte, n)
	for i := range out {
		if len(rest) < 8 {
			return nil, ErrTruncated
		}
		size := binary.LittleEndian.Uint64(rest)
		rest = rest[8:]
		padded := (size + 7) &^ 7
		if padded < size || padded > uint64(len(rest)) {
			return nil, ErrTruncated
		}
		out[i] = rest[:size:size]
		rest = rest[padded:]
	}
	if len(rest) != 0 {
		return nil, fmt.Errorf("modelfile: %d bytes after the last section", len(rest))
	}
	return out, nil
}

// Aligned returns b, or a copy of it, starting at an 8-byte boundary.
func Aligned(b []byte) []byte {
	if uintptr(unsafe.Pointer(unsafe.SliceData(b)))%8 == 0 {
		return b
	}
	c := alignedBuffer(len(b))
	copy(c, b)
	return c
}

func alignedBuffer(n int) []byte {
	return unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(make([]uint64, n/8+1)))), n)
}

// NativeLittle reports whether the machine is little-endian, so that
// sections are used where they lie.
func NativeLittle() bool {
	x := uint16(1)
	return *(*byte)(unsafe.Pointer(&x)) == 1
}

// View returns section b as a []T whose elements are made of little-endian
// fields of the byte sizes in layout, repeated to fill T (no layout: one
// field of T's size). b must be 8-byte aligned (see Aligned) and must not
// change while the slice is in use; on a big-endian machine the slice is a
// byte-swapped copy.
func View[T any](b []byte, layout ...int) ([]T, error) {
	var zero T
	size := int(unsafe.Sizeof(zero))
	if size == 0 || len(b)%size != 0 {
		return nil, ErrSection
	}
	if len(b) == 0 {
		return nil, nil
	}
	if !NativeLittle() {
		b = swapped(b, fields(layout, size))
	}
	return unsafe.Slice((*T)(unsafe.Pointer(unsafe.SliceData(b))), len(b)/size), nil
}

// Bytes returns the little-endian bytes of xs, whose elements have the
// fields of layout (see View): xs's own memory on a little-endian machine.
func Bytes[T any](xs []T, layout ...int) []byte {
	var zero T
	size := int(unsafe.Sizeof(zero))
	b := unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(xs))), len(xs)*size)
	if !NativeLittle() {
		b = swapped(b, fields(layout, size))
	}
	return b
}

func fields(layout []int, size int) []int {
	if len(layout) == 0 {
		return []int{size}
	}
	return layout
}

// swapped returns an 8-byte aligned copy of b with the byte order of each
// field reversed, the field sizes following layout cyclically.
func swapped(b []byte, layout []int) []byte {
	c := alignedBuffer(len(b))
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

// StringBytes views s as bytes; they must not be written.
func StringBytes(s string) []byte { return unsafe.Slice(unsafe.StringData(s), len(s)) }

// BytesString views b as a string; b must not change afterwards.
func BytesString(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }

package corpus

import (
	"encoding/binary"
	"errors"
)

// The spill records of the quotation steps are encoded by hand: unsigned
// varints for counts, indices and lengths, zig-zag varints for dates, and
// length-prefixed bytes for strings. Decoding never allocates for a record
// beyond the strings it keeps.

var errSpill = errors.New("corpus: corrupt spill record")

// spillEnc appends fields to a record.
type spillEnc []byte

func (e spillEnc) uint(v uint64) spillEnc { return binary.AppendUvarint(e, v) }
func (e spillEnc) int(v int64) spillEnc   { return binary.AppendVarint(e, v) }
func (e spillEnc) str(s string) spillEnc {
	return append(binary.AppendUvarint(e, uint64(len(s))), s...)
}

// spillDec reads the fields of a record in the order they were appended.
// A malformed record sets err; later reads return zero values.
type spillDec struct {
	b   []byte
	err error
}

func (d *spillDec) uint() uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.err = errSpill
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *spillDec) int() int64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Varint(d.b)
	if n <= 0 {
		d.err = errSpill
		return 0
	}
	d.b = d.b[n:]
	return v
}

// bytes returns the next length-prefixed field; it aliases the record.
func (d *spillDec) bytes() []byte {
	n := d.uint()
	if d.err != nil {
		return nil
	}
	if n > uint64(len(d.b)) {
		d.err = errSpill
		return nil
	}
	s := d.b[:n]
	d.b = d.b[n:]
	return s
}

func (d *spillDec) str() string { return string(d.bytes()) }

// done reports a decoding error or bytes left over.
func (d *spillDec) done() error {
	if d.err == nil && len(d.b) != 0 {
		d.err = errSpill
	}
	return d.err
}

// count reads a list length, which cannot exceed the record's size.
func (d *spillDec) count(max int) int {
	n := d.uint()
	if n > uint64(max) {
		d.err = errSpill
		return 0
	}
	return int(n)
}

// flag reads a 0 or 1.
func (d *spillDec) flag() bool {
	v := d.uint()
	if v > 1 {
		d.err = errSpill
	}
	return v == 1
}

// uint64 reads 8 bytes, big-endian.
func (d *spillDec) uint64() uint64 {
	if d.err != nil {
		return 0
	}
	if len(d.b) < 8 {
		d.err = errSpill
		return 0
	}
	v := binary.BigEndian.Uint64(d.b)
	d.b = d.b[8:]
	return v
}

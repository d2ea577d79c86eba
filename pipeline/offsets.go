package pipeline

import (
	"math/bits"

	"github.com/newsnlp/newsnlp/internal/ascii"
)

// codePoints converts UTF-8 byte offsets of one text into Unicode code point
// offsets. For ASCII text the two are equal; otherwise it keeps the number
// of UTF-8 continuation bytes before every 256-byte block, so a conversion
// costs at most one 256-byte scan whatever the order of the queries, and it
// remembers the last answer, so increasing queries (the common case) only
// scan the bytes between them. Not safe for concurrent use.
type codePoints struct {
	text  string
	ascii bool
	cont  []int32 // cont[k]: continuation bytes in text[:k*blockSize]
	// lastB, lastCont: continuation bytes in text[:lastB].
	lastB    int
	lastCont int32
}

const blockSize = 256

func newCodePoints(text string) *codePoints {
	c := &codePoints{text: text, ascii: true}
	for i := 0; i < len(text); i++ {
		if text[i] >= 0x80 {
			c.ascii = false
			break
		}
	}
	if c.ascii {
		return c
	}
	c.cont = make([]int32, len(text)/blockSize+1)
	var n int32
	for k := 1; k < len(c.cont); k++ {
		n += countCont(text[(k-1)*blockSize : k*blockSize])
		c.cont[k] = n
	}
	return c
}

// countCont returns the number of UTF-8 continuation bytes (10xxxxxx) in
// s, eight bytes at a time: a byte counts when its top bit is set and the
// bit below it, shifted up into the top bit's place, is not.
func countCont(s string) int32 {
	const tops = 0x8080808080808080
	var n int
	for ; len(s) >= 8; s = s[8:] {
		x := ascii.Load64(s)
		n += bits.OnesCount64(x &^ (x << 1) & tops)
	}
	for i := 0; i < len(s); i++ {
		if s[i]&0xC0 == 0x80 {
			n++
		}
	}
	return int32(n)
}

// at returns the code point offset of byte offset b (0 ≤ b ≤ len(text)).
func (c *codePoints) at(b int) int32 {
	if c.ascii || b <= 0 {
		return int32(b)
	}
	if b > len(c.text) {
		b = len(c.text)
	}
	k := b / blockSize
	if b >= c.lastB && b-c.lastB < b-k*blockSize {
		if s := c.text[c.lastB:b]; len(s) < 8 {
			// The gap to the previous query, as between tokens: the byte
			// loop of countCont without the call.
			for i := 0; i < len(s); i++ {
				if s[i]&0xC0 == 0x80 {
					c.lastCont++
				}
			}
		} else {
			c.lastCont += countCont(s)
		}
	} else {
		c.lastCont = c.cont[k] + countCont(c.text[k*blockSize:b])
	}
	c.lastB = b
	return int32(b) - c.lastCont
}

package quotes

import (
	"math/rand/v2"
	"testing"
	"unicode"
)

// nextMarkByteRef is nextMarkByte a byte at a time.
func nextMarkByteRef(text string, i, b int) int {
	for ; i < b; i++ {
		if c := text[i]; c == '"' || c == '\'' || c == 0xE2 {
			return i
		}
	}
	return b
}

// TestNextMarkByte compares nextMarkByte with the byte loop on random
// texts where marks, their neighbours ('!', '&', '#', 0xE1, 0xE3) and
// bytes that differ from a mark by one bit are common, for every start
// and end up to 40 bytes apart.
func TestNextMarkByte(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	alphabet := []byte{'"', '\'', 0xE2, '!', '&', '#', 0xE1, 0xE3, 0x62, 0xA2, 0x27 ^ 0x80, 'a', ' ', 0x80, 0x9C, 0x00, 0xFF}
	b := make([]byte, 48)
	for trial := range 300 {
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
			if trial%3 == 0 && r.IntN(8) != 0 {
				b[i] = 'x' // long runs without marks
			}
		}
		s := string(b)
		for i := 0; i < len(s); i++ {
			for end := i; end <= len(s) && end <= i+40; end++ {
				if got, want := nextMarkByte(s, i, end), nextMarkByteRef(s, i, end); got != want {
					t.Fatalf("nextMarkByte(% x, %d, %d) = %d, want %d", s, i, end, got, want)
				}
			}
		}
	}
}

func FuzzNextMarkByte(f *testing.F) {
	f.Add("He said “yes” and ''no'' and \"maybe\".", 0)
	f.Fuzz(func(t *testing.T, s string, i int) {
		if i < 0 || i > len(s) {
			return
		}
		if got, want := nextMarkByte(s, i, len(s)), nextMarkByteRef(s, i, len(s)); got != want {
			t.Fatalf("nextMarkByte(%q, %d) = %d, want %d", s, i, got, want)
		}
	})
}

// TestIsWordRune compares isWordRune with isWordRuneSlow on every rune.
func TestIsWordRune(t *testing.T) {
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		if got, want := isWordRune(r), isWordRuneSlow(r); got != want {
			t.Fatalf("isWordRune(%U) = %v, want %v", r, got, want)
		}
	}
}

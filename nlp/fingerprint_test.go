package nlp

import (
	"strings"
	"testing"
)

func TestFingerprint(t *testing.T) {
	big := strings.Repeat("abcdefgh", 1<<17) // 1 MiB
	tests := []struct {
		name string
		a, b string
		same bool
	}{
		{"equal", big, strings.Clone(big), true},
		{"longer", big, big + "x", false},
		{"first block", big, "X" + big[1:], false},
		{"last byte", big, big[:len(big)-1] + "X", false},
		{"small files hashed whole", "model-a", "model-b", false},
	}
	for _, tt := range tests {
		if got := Fingerprint(tt.a) == Fingerprint(tt.b); got != tt.same {
			t.Errorf("%s: same = %v, want %v", tt.name, got, tt.same)
		}
	}
	if len(Fingerprint("")) != 64 {
		t.Error("not a hex SHA-256")
	}
}

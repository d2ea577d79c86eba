package ascii

// HasPrefixFold reports whether s starts with prefix, ASCII letters
// compared without case. prefix must be lower-case ASCII; no byte of s
// outside A–Z is folded (unlike strings.EqualFold, the Kelvin sign and
// the long s do not match k and s).
func HasPrefixFold[S ~string | ~[]byte](s S, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}

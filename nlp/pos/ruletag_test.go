package pos

import "testing"

// ruleTagRef is ruleTag without the mayBeAddress shortcut.
func ruleTagRef(tok string) string {
	switch {
	case len(tok) < 2:
		return ""
	case tok[0] == '@':
		return "NNP"
	case tok[0] == '#' && tok[1] > '9':
		return "NN"
	}
	return addressTag(tok)
}

func TestRuleTag(t *testing.T) {
	for _, c := range []struct{ tok, want string }{
		{"@handle", "NNP"}, {"#tag", "NN"}, {"#1", ""}, {"https://example.org/x", "NN"}, {"ftp://x", "NN"},
		{"www.example.com", "NN"}, {"WWW.EXAMPLE.COM", "NN"}, {"Www.x", "NN"}, {"we", ""}, {"Wales", ""},
		{"a@b.com", "NN"}, {"name@host", ""}, {"x:y", ""}, {"10:30", ""}, {"word", ""}, {"w", ""}, {"é@x.fr", "NN"},
	} {
		if got := ruleTag(c.tok); got != c.want {
			t.Errorf("ruleTag(%q) = %q, want %q", c.tok, got, c.want)
		}
		if got := ruleTagRef(c.tok); got != c.want {
			t.Errorf("ruleTagRef(%q) = %q, want %q", c.tok, got, c.want)
		}
	}
}

func FuzzRuleTag(f *testing.F) {
	for _, s := range []string{"@a", "#b", "http://x", "www.y", "a@b.c", "wx", "x:y"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, tok string) {
		if got, want := ruleTag(tok), ruleTagRef(tok); got != want {
			t.Errorf("ruleTag(%q) = %q, want %q", tok, got, want)
		}
	})
}

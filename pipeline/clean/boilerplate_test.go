package clean

import (
	"strings"
	"testing"
)

func TestIsBoilerplateLine(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Advert", true},
		{"Advertisement", true},
		{"This article is the copyrighted property of Example Wire and may not be republished.", true},
		{"The material may not be published, broadcast, rewritten or redistributed.", true},
		{"Have a tip? Amy Kuperinsky may be reached at akuperinsky@example.com.", true},
		{"Follow AP's full coverage of Brexit and British politics at https://example.com/Brexit", true},
		{"Email Tariq Malik at tmalik@example.com or follow him @tariqjmalik.", true},
		{"Get the latest updates right in your inbox. Subscribe to our newsletters.", true},
		{"Like this story? Share it with a friend!", true},
		{"DON'T MISS", true},
		{"…said Jon Ralston, who runs a Nevada politics newsletter.", false},
		{"Related news", true},
		{"© 2024 Example Times", true},
		// article text that mentions the same words
		{"The advertisement ran in three newspapers before the election, the campaign said.", false},
		{"She said she would follow the court's ruling on the newsletter dispute closely.", false},
		{"Readers were asked to sign up for the paper's weekly newsletter, which the editor described as a lifeline for the town's shops and the people who run them, many of whom have seen sales fall by a third since the bypass opened and the buses stopped running through the square every hour.", false},
	}
	for _, tt := range tests {
		if got := isBoilerplateLine(tt.line); got != tt.want {
			t.Errorf("isBoilerplateLine(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// FuzzPrefilters checks that the cheap tests in front of chromeLineRE and
// boilerplateLineRE never rule out a line the expression matches.
func FuzzPrefilters(f *testing.F) {
	for _, s := range []string{"Advertisement", "ADVERTISING", "(C) 2024 Example", "ſubscribe now", "Share", "12 comments",
		"Related news:", "Don’t miss", "More great science stories", "© 2024", "Follow us on X", "Tags: a, b",
		"View all comments", "This story has been updated.", "what do you think?", "Publicité", "Werbung",
		"Email the author at x@y", "Reproduction is strictly prohibited", "See also", "Read more", "\u212aeep"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if chromeLineRE.MatchString(s) && !mayStartChromeLine(s) {
			t.Fatalf("%q matches chromeLineRE, prefilter says no", s)
		}
		low := strings.ToLower(s)
		if boilerplateLineRE.MatchString(low) && !mayBeBoilerplate(low) {
			t.Fatalf("%q matches boilerplateLineRE, prefilter says no", s)
		}
	})
}

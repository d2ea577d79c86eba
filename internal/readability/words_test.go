package readability

import (
	"strings"
	"testing"

	"github.com/newsnlp/newsnlp/internal/ascii"
	"github.com/newsnlp/newsnlp/internal/readability/re2go"
)

// FuzzWordSets checks the word sets against the re2go matchers they
// replace, and collapseSpaces against joining the fields.
func FuzzWordSets(f *testing.F) {
	for _, s := range []string{"", "main-content", "ARTICLE body", "x hid", "hid", "d-none y", "hidden", "c-\rd-", "ai\x122html",
		"Sidebar", "-AD-", "comment\x00s", "ſhare", "post  text ", "\u00a0a\tb"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, c := range []struct {
			name      string
			got, want bool
		}{
			{"unlikely", unlikelyWords.in(s), re2go.IsUnlikelyCandidates(s)},
			{"maybe", maybeCandidateWords.in(s), re2go.MaybeItsACandidate(s)},
			{"byline", bylineWords.in(s), re2go.IsByline(s)},
			{"positive", positiveWords.in(s), re2go.IsPositiveClass(s)},
			{"negative", isNegativeClass(s), re2go.IsNegativeClass(s)},
		} {
			if c.got != c.want {
				t.Fatalf("%s(%q) = %v, re2go says %v", c.name, s, c.got, c.want)
			}
		}
		if got, want := collapseSpaces(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Fatalf("collapseSpaces(%q) = %q, want %q", s, got, want)
		}
	})
}

// FuzzImagePrefilters checks that the cheap tests in front of the image
// expressions never rule out a match.
func FuzzImagePrefilters(f *testing.F) {
	for _, s := range []string{"a.JPG 2x", " x.webp?w=1 ", "data:image/png;base64,AA", "DATA: image/gif ; base64 ,", "x.Jpeg"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if (rxImgExtensions.MatchString(s) || rxLazyImageSrcset.MatchString(s) || rxLazyImageSrc.MatchString(s)) && !imageExtensions.in(s) {
			t.Fatalf("%q matches an image expression, prefilter says no", s)
		}
		if rxB64DataURL.MatchString(s) && !ascii.HasPrefixFold(s, "data:") {
			t.Fatalf("%q matches the data URL expression, prefilter says no", s)
		}
	})
}

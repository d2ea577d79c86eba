package clean

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// boilerplateLineRE matches the lines that article containers carry
// besides the article: advertisement labels, copyright and reuse notices,
// contact and follow lines, newsletter pitches, share prompts and the
// titles of link lists. They are matched in extracted HTML bodies only,
// never in plain text a user gave as the article.
// The expression is matched against the lowercased line.
var boilerplateLineRE = regexp.MustCompile(`` +
	// advertisement labels, in the languages news sites use them
	`^(?:advert|advertisement|ad|anzeige|werbung|publicidad|publicité|pubblicità|reklama|iklan|annonse|advertentie)$` +
	// copyright and reuse notices
	`|copyrighted (?:property|material) of|may not be (?:re)?published,? broadcast|(?:reproduction|redistribution) (?:is )?(?:strictly )?prohibited|all rights reserved\.?$|^©|^copyright\b` +
	// contact and follow lines
	`|^(?:have|got) a (?:news )?tip\b|\bmay be reached at\b|^(?:e-?mail|contact) (?:the )?(?:author|reporter|writer|\S+ \S+ at \S+@)|^follow (?:him|her|them|us|@\S+|\S+'s full coverage|the author)\b|\bfollow (?:him|her|us) on (?:twitter|facebook|instagram)` +
	// newsletter and subscription pitches
	`|\bsign up (?:for|to) .{0,80}newsletter|(?:delivered|straight|right) (?:to|in|into) your inbox|^every (?:day|week|morning) we send\b|^subscribe (?:to|now|today)\b` +
	// share prompts and reader calls
	`|^like this (?:story|article)\?|^share (?:this|it) with\b|^tell us what you think\b|^what do you think\?$` +
	// titles of link lists
	`|^(?:don['’]t miss|related (?:news|articles|stories|content|coverage)|more great .{1,40} stories|read more|see also)\s*:?$`)

// boilerplateMaxRunes is the length above which a line is article text
// whatever it says: notices and pitches are short.
const boilerplateMaxRunes = 250

// boilerplateStarts are the literal beginnings of boilerplateLineRE's
// alternatives anchored at the line's start, boilerplateWords literal
// parts of the others; adLabels are the advertisement labels it matches as
// whole lines. Every match holds one of them.
var (
	boilerplateStarts = []string{"©", "copyright", "have a", "got a", "e-mail", "email", "contact", "follow ",
		"every ", "subscribe ", "like this ", "share ", "tell us ", "what do you think", "more great ", "don",
		"related ", "read more", "see also"}
	boilerplateWords = []string{"copyrighted ", "may not be ", "prohibited", "all rights reserved", "may be reached at",
		"follow him on", "follow her on", "follow us on", "sign up ", "your inbox"}
	adLabels = map[string]bool{
		"advert": true, "advertisement": true, "ad": true, "anzeige": true, "werbung": true, "publicidad": true,
		"publicité": true, "pubblicità": true, "reklama": true, "iklan": true, "annonse": true, "advertentie": true,
	}
)

// isBoilerplateLine reports whether a line of an extracted body is page
// boilerplate rather than article text.
func isBoilerplateLine(s string) bool {
	n := utf8.RuneCountInString(s)
	if n > boilerplateMaxRunes {
		return false
	}
	low := strings.ToLower(s)
	return mayBeBoilerplate(low) && boilerplateLineRE.MatchString(low)
}

// mayBeBoilerplate reports whether a lowercased line holds what every
// match of boilerplateLineRE holds.
func mayBeBoilerplate(low string) bool {
	for _, p := range boilerplateStarts {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	return containsAny(low, boilerplateWords) || adLabels[low]
}

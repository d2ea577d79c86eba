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

// boilerplateKeys are substrings one of which every match of
// boilerplateLineRE longer than boilerplateShortRunes holds: a longer line
// with none of them needs no regular expression.
var boilerplateKeys = []string{"copyright", "©", "reserved", "published", "prohibited", "tip", "reached at",
	"mail", "contact", "follow", "newsletter", "inbox", "we send", "subscribe", "like this", "share", "tell us", "think", "stories"}

// boilerplateShortRunes is the length up to which a line may be the
// title of a link list, or an advertisement label, without any of
// boilerplateKeys.
const boilerplateShortRunes = 40

// boilerplateShortKeys are the substrings one of which every other match
// holds: the titles of link lists ("Don't miss", "Related news", "Read
// more:", "See also"); advertisement labels are adLabels.
var boilerplateShortKeys = []string{"don", "related ", "read more", "see also"}

// adLabels are the advertisement labels boilerplateLineRE matches as whole
// lines.
var adLabels = map[string]bool{
	"advert": true, "advertisement": true, "ad": true, "anzeige": true, "werbung": true, "publicidad": true,
	"publicité": true, "pubblicità": true, "reklama": true, "iklan": true, "annonse": true, "advertentie": true,
}

// isBoilerplateLine reports whether a line of an extracted body is page
// boilerplate rather than article text.
func isBoilerplateLine(s string) bool {
	n := utf8.RuneCountInString(s)
	if n > boilerplateMaxRunes {
		return false
	}
	low := strings.ToLower(s)
	return mayBeBoilerplate(low, n) && boilerplateLineRE.MatchString(low)
}

// mayBeBoilerplate reports whether a lowercased line of n code points
// holds what every match of boilerplateLineRE holds.
func mayBeBoilerplate(low string, n int) bool {
	if containsAny(low, boilerplateKeys) {
		return true
	}
	return n <= boilerplateShortRunes && (containsAny(low, boilerplateShortKeys) || adLabels[low])
}

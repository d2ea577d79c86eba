package clean

import (
	"regexp"
	"unicode/utf8"
)

// boilerplateLineRE matches the lines that article containers carry
// besides the article: advertisement labels, copyright and reuse notices,
// contact and follow lines, newsletter pitches, share prompts and the
// titles of link lists. They are matched in extracted HTML bodies only,
// never in plain text a user gave as the article.
var boilerplateLineRE = regexp.MustCompile(`(?i)` +
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

// isBoilerplateLine reports whether a line of an extracted body is page
// boilerplate rather than article text.
func isBoilerplateLine(s string) bool {
	return utf8.RuneCountInString(s) <= boilerplateMaxRunes && boilerplateLineRE.MatchString(s)
}

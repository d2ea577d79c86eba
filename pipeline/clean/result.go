package clean

import "time"

// Result is a cleaned article and the metadata found on its page.
type Result struct {
	// Title is the article's headline, "" if none was found.
	Title string
	// Byline names the author(s) ("Jane Doe"), without the leading "By".
	Byline string
	// Dateline is the place of a news dateline ("PARIS" in "PARIS (AP) —"),
	// Agency the agency named in it ("AP"). The dateline stays in Body.
	Dateline string
	Agency   string
	// Published is the publication date the page states, in UTC; nil if none.
	// A zone-less time ("2025-04-15 09:27:15") is read as UTC.
	Published *time.Time
	// Body is the article text, paragraphs separated by "\n" (or by the
	// blank lines of the input where it had them).
	Body string
	// RawChars is the length of the input in Unicode code points.
	RawChars int
}

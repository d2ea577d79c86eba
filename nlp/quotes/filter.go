package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// minorWords may stay lower-case inside a title ("Meet the Press").
var minorWords = setOf("the", "a", "an", "of", "and", "in", "on", "at", "to", "for", "with", "from", "by", "or", "but", "is", "vs")

// titleContext words announce a title of a work or a name: NBC's "Meet the
// Press", the book "Crippled America", a group called "Students for Trump".
var titleContext = setOf("book", "books", "show", "film", "movie", "song", "titled", "entitled", "program",
	"programme", "series", "album", "column", "headline", "slogan", "documentary", "magazine", "newspaper",
	"podcast", "memoir", "novel", "play", "hashtag", "nicknamed", "dubbed", "episode", "sitcom", "musical",
	"essay", "poem", "banner", "motto", "segment", "website", "blog", "ad", "video", "report", "initiative",
	"anthem", "hymn", "ballad")

// scareMarkers before a short quote make it a scare quote or a nickname:
// the so-called “experts”.
var scareMarkers = setOf("so-called", "nicknamed", "self-described", "self-styled", "supposed", "alleged")

// titlePossessives before a title-cased quote of two words or more make it
// a name: his "Keepin' It Real" radio program (but her “Mexican” heritage).
var titlePossessives = setOf("his", "her", "their", "its", "our")

// titlePrepositions before a title-cased quote make it a title: on "Meet
// the Press", a broadcast of "Fox News Sunday".
var titlePrepositions = setOf("on", "of", "in")

// kept returns the quotes of qs that keep admits and that are not
// attribute values inside HTML-like tags, in place.
func (f *Finder) kept(text string, qs []found) []found {
	out := qs[:0]
	for _, q := range qs {
		if f.keep(text, &q) && !insideTag(text, q.seg.open) {
			out = append(out, q)
		}
	}
	return out
}

// keep decides whether a quoted segment is a quotation someone is said to
// have said, rather than a title, a nickname or scare quotes. Short
// segments (under five words) are dropped when no rule attributes them;
// short title-cased ones, and ones announced as titles, are dropped unless
// a strong rule attributes them.
func (f *Finder) keep(text string, q *found) bool {
	if f.keepUnattributed {
		return true
	}
	n := wordCount(text[q.seg.start:q.seg.end])
	if !q.attr.found {
		return (n >= f.minUnattributed || q.hypothetical) && !transcriptLine(text[q.seg.start:q.seg.end])
	}
	if !q.attr.rule.strong() && transcriptLine(text[q.seg.start:q.seg.end]) {
		return false
	}
	if n >= f.minUnattributed {
		return !longTitle(text, q, n)
	}
	if q.prevOK && scareMarkers[q.prev.lower] {
		return false
	}
	// "DuVernay's documentary, “13th,”": a title in apposition to the
	// word that announces it.
	if q.prevOK && q.prev.lower == "," && q.prev2.kind == tWord && titleContext[q.prev2.lower] && !q.attr.rule.strong() {
		return false
	}
	title := titleCased(text[q.seg.start:q.seg.end])
	if title && q.prevOK && q.prev.kind == tWord && (titleContext[q.prev.lower] || strings.HasSuffix(q.prev.lower, "'s") || titlePrepositions[q.prev.lower] || titlePossessives[q.prev.lower] && n > 1) {
		return false
	}
	return q.attr.rule.strong() || !title
}

// longTitle reports whether a quote of five words or more is the title of
// a work rather than speech: title-cased, at most ten words, right after
// a word announcing a title (the anthem ”A Change Is Gonna Come”; in his
// book, ”Make Your Kid a Millionaire,” he suggested), or after "of" or
// "on" when no strong rule attributes it (an episode of “The Steve Harvey
// Morning Show”).
func longTitle(text string, q *found, n int) bool {
	if n > 10 || !q.prevOK || !titleCased(text[q.seg.start:q.seg.end]) {
		return false
	}
	if q.prev.kind == tWord && titleContext[q.prev.lower] {
		return true
	}
	if q.prev.lower == "," && q.prev2.kind == tWord && titleContext[q.prev2.lower] {
		return true
	}
	return q.prev.kind == tWord && (q.prev.lower == "of" || q.prev.lower == "on") && !q.attr.rule.strong()
}

// titleCased reports whether every word of s starts with an upper-case
// letter, minor words apart, the first word included.
func titleCased(s string) bool {
	first := true
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			i += n
			continue
		}
		j := i
		for j < len(s) {
			r2, n2 := utf8.DecodeRuneInString(s[j:])
			if !(unicode.IsLetter(r2) || unicode.IsDigit(r2) || r2 == '\'' || r2 == '\u2019' || r2 == '-') {
				break
			}
			j += n2
		}
		w := s[i:j]
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && (first || !minorWords[lowerASCII(w)]) {
			return false
		}
		first = false
		i = j
	}
	return !first
}

// transcriptLine reports whether quoted words open with a speaker label in
// capitals ("WALLACE: Let's start…"): a transcript, not a quotation.
func transcriptLine(s string) bool {
	i := strings.IndexByte(s, ':')
	if i < 2 || i > 30 {
		return false
	}
	for _, r := range s[:i] {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

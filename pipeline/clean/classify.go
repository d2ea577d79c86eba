package clean

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// kind is what a line of scraped text is.
type kind uint8

const (
	blank      kind = iota
	prose           // a paragraph of running text
	sentence        // a short line that reads as a sentence
	neutral         // a short fragment: a subheading, a label, a headline
	widget          // a button or counter label ("View", "veryGood! (8)")
	chrome          // navigation, sharing, cookie, subscription, copyright lines
	breadcrumb      // "Home > News > World"
	meta            // a date or byline line
	listHeader      // the header of a link list ("Related", "Most read")
	listItem        // an entry of a link list
)

// line is one line of the input and what it was classified as.
type line struct {
	start, end int    // byte range in the input, without the line break
	text       string // the line with surrounding space trimmed
	kind       kind
	meta       metaLine
	stats      stats // lineStats(text), set by classify
}

var (
	// chromeLineRE matches lines that are page furniture by their opening
	// words or as a whole: "Advertisement", "Share this article", "© 2024 …".
	chromeLineRE = regexp.MustCompile(`(?i)^(?:(?:we|this (?:site|website)) uses? cookies|by (?:continuing|using)\b.{0,40}\b(?:site|website)|©|\(c\)\s*\d{4}|copyright\b|all rights reserved|subscribe\b|sign ?up\b|log ?in\b|sign ?in\b|register\b|skip to\b|advertisement$|advertising$|sponsored\b|share\b|tweet$|email$|print$|whatsapp$|click here|read more\b|continue reading|back to top|follow us\b|(?:leave|post|add|view|show|load|hide) (?:a |all |more |\d+ )?comments?\b|\d+\s+comments?$|comments?\s*\(?\d*\)?$|tags?:|topics?:|filed under\b|related:|see also:|photo:|image:|video:|listen to (?:this|the) article|report an? (?:error|typo|correction)|more (?:from|on|about)\b|you (?:may|might) (?:also )?like|recommended (?:for you|stories|articles)|this (?:article|story) (?:was|has been) (?:updated|corrected)\.?$)`)
	// chromePhraseRE matches furniture phrases anywhere in a line; one is
	// enough on a line that does not read as prose, two are needed on one
	// that does ("…who runs a Nevada politics newsletter." is article text).
	chromePhraseRE = regexp.MustCompile(`(?i)\bcookies?\b|privacy (?:policy|settings|notice)|terms (?:of|and) (?:use|service|conditions)|all rights reserved|©\s*\d{4}|\bcopyright\s*©?\s*\d{4}|sign up (?:for|to)|subscribe (?:to|now|today|for)|newsletters?\b|follow us\b|share (?:this|on|via)\b|click here|download (?:our|the) app|(?:our|this) website|\bjavascript\b|ad ?blocker`)
	// commentsRE matches the header of a comments section, which ends an
	// article wherever it stands after the body has begun.
	commentsRE = regexp.MustCompile(`(?i)^(?:\d+\s+comments?|comments?\s*\(?\d*\)?|(?:leave|post|add|show|view|load) (?:a |all |the )?(?:\d+ )?(?:comments?|replies)|join the (?:conversation|discussion)|reader comments|discussion)$`)
	// menuSepRE splits navigation menus: "News | Sport | Weather".
	menuSepRE = regexp.MustCompile(`\s+[|•·/]\s+`)
	// countRE matches counter widgets: "(8)", "12 likes", "veryGood! (8)".
	countRE = regexp.MustCompile(`\(\d+\)\s*$|^\d+\s*(?:likes?|shares?|views?|votes?)$`)
	// bulletRE matches list bullets at the start of a line.
	bulletRE = regexp.MustCompile(`^(?:[-–—•*·»›▪►◦]\s+|\d{1,2}[.)]\s+)`)
	// breadcrumbRE matches breadcrumb trails and "you are here" markers.
	breadcrumbRE = regexp.MustCompile(`(?i)^(?:current\s*:|you are here\s*:?|home\s*(?:>|»|›|/|\|))|\S\s*(?:>|»|›)\s*\S.*\S\s*(?:>|»|›)\s*\S|^[^.!?]{0,40}\s(?:>|»|›)\s`)
)

// linkListHeaders are the usual titles of link lists on news pages. A
// short line followed by a run of headline-like lines is taken as a link
// list wherever it stands when its title is one of these, and at the end
// of the text otherwise.
var linkListHeaders = []string{
	"related", "related articles", "related stories", "related news", "related content",
	"related coverage", "related links", "related posts", "related reading", "more stories",
	"more news", "more to read", "read more", "read next", "read also", "also read",
	"recommended", "recommendation", "recommendations", "recommended for you", "recommended stories",
	"trending", "trending now", "trending stories", "most read", "most popular", "most viewed",
	"most shared", "popular", "popular now", "popular stories", "ranking", "rankings", "top stories",
	"latest", "latest news", "latest stories", "latest articles", "see also", "you may also like",
	"you might also like", "editor's picks", "editors' picks", "editor’s picks", "what to read next",
	"more from", "more in", "further reading", "in other news", "around the web", "hot news",
	"don't miss", "don’t miss", "top news", "breaking news", "news", "more",
}

var stopwords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a an the of to in on at for from by with about as into over after before
		and or but nor so yet if than that this these those which who whom whose what when where while
		is are was were be been being has have had do does did will would shall should can could may might must
		it its he she they we you i his her their our your him them us me my not no also just very more most
		said says say told there here then now only all any some such each other out up down off against
		between during under again further once because until both few own same too`) {
		m[w] = true
	}
	return m
}()

// stats are the surface features of a line used to classify it.
type stats struct {
	runes, words     int
	stop, capWords   int // words that are stopwords; words starting with a capital
	lowerWords       int // words starting with a lowercase letter
	letters          int
	terminal         bool // ends like a sentence: . ! ? … : possibly inside quotes or brackets
	sentenceBreaks   int  // sentence-ending punctuation followed by a space
	bullet, hasCount bool
}

func lineStats(s string) stats {
	st := stats{runes: utf8.RuneCountInString(s)}
	for w := range fieldsSeq(s) {
		st.words++
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r):
			st.capWords++
		case unicode.IsLower(r):
			st.lowerWords++
		}
		if isStopword(w) {
			st.stop++
		}
	}
	prev := ' '
	for i, r := range s {
		if unicode.IsLetter(r) {
			st.letters++
		}
		if (prev == '.' || prev == '!' || prev == '?') && r == ' ' && i > 2 {
			st.sentenceBreaks++
		}
		prev = r
	}
	st.terminal = isTerminal(s)
	st.bullet = bulletRE.MatchString(s)
	st.hasCount = hasCount(s)
	return st
}

// isTerminal reports whether s ends like a sentence: . ! ? … : or ;,
// possibly inside quotes or brackets.
func isTerminal(s string) bool {
	t := strings.TrimRightFunc(s, func(r rune) bool {
		return strings.ContainsRune(`"”’')]}*`, r) || unicode.IsSpace(r)
	})
	if t == "" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	return strings.ContainsRune(".!?…:;", last)
}

// hasCount is countRE.MatchString(s) without scanning long lines: a count
// is "(12)" at the end of a line, or a short "12 likes" line.
func hasCount(s string) bool {
	t := strings.TrimRight(s, " \t\r\n")
	if strings.HasSuffix(t, ")") {
		if open := strings.LastIndexByte(t, '('); open >= 0 && open+1 < len(t)-1 {
			digits := true
			for i := open + 1; i < len(t)-1; i++ {
				digits = digits && t[i] >= '0' && t[i] <= '9'
			}
			if digits {
				return true
			}
		}
	}
	return len(t) <= 40 && t != "" && t[0] >= '0' && t[0] <= '9' && countRE.MatchString(t)
}

// isStopword looks w up in stopwords, lowercased and without surrounding
// punctuation, without allocating for ASCII words.
func isStopword(w string) bool {
	w = strings.Trim(w, `.,;:!?"“”‘’'()[]`)
	if len(w) == 0 || len(w) > 16 {
		return false
	}
	var buf [16]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return stopwords[strings.ToLower(w)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return stopwords[string(buf[:len(w)])]
}

// classify gives a line its kind, without looking at its neighbours.
func classify(l *line) {
	s := l.text
	if s == "" {
		l.kind = blank
		return
	}
	st := lineStats(s)
	l.stats = st
	if k, m, ok := furniture(s, st.runes, st.terminal, func() stats { return st }); ok {
		l.kind, l.meta = k, m
		return
	}
	switch {
	case st.letters == 0:
		// Separator rules, lone digits and emoji rows: keep them out of scoring.
		l.kind = widget
	case st.hasCount && st.words <= 6:
		l.kind = widget
	case st.words <= 2 && !st.terminal:
		l.kind = widget
	case isProse(st):
		l.kind = prose
	case st.terminal && st.words >= 3 && st.lowerWords > 0:
		l.kind = sentence
	default:
		l.kind = neutral
	}
}

// furniture gives the kind of a non-empty line that is page furniture — a
// date or byline line (meta, with what it says), a breadcrumb trail or
// chrome — as classify does; ok is false for any other line. runes and
// terminal are lineStats(s)'s; full returns all of lineStats(s), which
// only some chrome lines need.
func furniture(s string, runes int, terminal bool, full func() stats) (k kind, m metaLine, ok bool) {
	low := strings.ToLower(s)
	if runes <= 160 && (strings.ContainsAny(s, "0123456789") || strings.HasPrefix(low, "by") ||
		strings.HasPrefix(low, "written") || strings.HasPrefix(low, "words") || strings.HasPrefix(low, "story")) {
		if m := parseMetaLine(s); m.ok {
			return meta, m, true
		}
	}
	switch {
	case runes <= 300 && !terminal && (mayBreadcrumb(low) && breadcrumbRE.MatchString(s) || isMenu(s)):
		return breadcrumb, metaLine{}, true
	case runes <= 200 && mayStartChromeLine(s) && chromeLineRE.MatchString(s):
		return chrome, metaLine{}, true
	case runes <= maxFurnitureRunes && containsAny(low, chromeKeys) && isChromeText(s, low, full):
		return chrome, metaLine{}, true
	}
	return 0, metaLine{}, false
}

// chromeGroups sort the matches of chromePhraseRE into kinds of furniture:
// a prose line is furniture when it speaks of two kinds (a cookie banner
// names cookies and the site; a newsletter pitch inside a quote is one kind).
var chromeGroups = [...][]string{
	{"cookie", "privacy", "terms"},
	{"sign up", "subscribe", "newsletter"},
	{"copyright", "©", "rights reserved"},
	{"follow us", "share"},
	{"website", "app", "javascript", "ad"},
}

// chromeKeys are substrings that every match of chromePhraseRE contains, in
// lower case: a cheap test that spares most lines the regular expression.
var chromeKeys = []string{"cookie", "privacy", "terms", "rights", "©", "copyright", "sign up",
	"subscribe", "newsletter", "follow us", "share", "click here", "app", "website", "javascript", "ad"}

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// mayBreadcrumb is a cheap test for the marks breadcrumbRE looks for.
func mayBreadcrumb(low string) bool {
	return strings.ContainsAny(low, ">»›") || strings.HasPrefix(low, "current") || strings.HasPrefix(low, "you are here") || strings.HasPrefix(low, "home")
}

// isMenu reports whether a line is a navigation menu: three or more short
// items between separators.
func isMenu(s string) bool {
	if !strings.ContainsAny(s, "|•·/") {
		return false
	}
	items := menuSepRE.Split(s, -1)
	if len(items) < 3 {
		return false
	}
	for _, it := range items {
		if n := len(strings.Fields(it)); n == 0 || n > 3 {
			return false
		}
	}
	return true
}

// isChromeText reports whether a line speaks of the page rather than of
// the news: cookie banners, newsletter pitches, copyright notices.
func isChromeText(s, low string, full func() stats) bool {
	if !mayHaveChromePhrase(low) {
		return false
	}
	var groups [len(chromeGroups)]bool
	n := 0
	for _, h := range chromePhraseRE.FindAllString(s, -1) {
		h = strings.ToLower(h)
		g := len(chromeGroups) - 1
		for i, words := range chromeGroups {
			for _, w := range words {
				if strings.Contains(h, w) {
					g = i
				}
			}
		}
		if !groups[g] {
			groups[g] = true
			n++
		}
	}
	return n >= 2 || n == 1 && !isProse(full())
}

// chromePhraseKeys are substrings, one of which every chromePhraseRE match
// holds (lowercased): a line with none of them needs no regular expression.
var chromePhraseKeys = []string{"cookie", "privacy", "terms ", "rights reserved", "©", "copyright", "sign up",
	"subscribe", "newsletter", "follow us", "share ", "click here", "download ", "website", "javascript", "blocker"}

func mayHaveChromePhrase(low string) bool {
	for _, k := range chromePhraseKeys {
		if strings.Contains(low, k) {
			return true
		}
	}
	return false
}

// chromeLineStarts are the literal beginnings of chromeLineRE's
// alternatives (all anchored at the line's start), in lower case.
var chromeLineStarts = []string{"we", "this ", "by ", "(c)", "copyright", "all rights reserved", "subscribe",
	"sign", "log", "register", "skip to", "advertis", "sponsored", "share", "tweet", "email", "print",
	"whatsapp", "click here", "read more", "continue reading", "back to top", "follow us", "leave ", "post ",
	"add ", "view ", "show ", "load ", "hide ", "comment", "tag", "topic", "filed under", "related:",
	"see also:", "photo:", "image:", "video:", "listen to ", "report a", "more ", "you ", "recommended "}

// mayStartChromeLine reports whether s may match chromeLineRE: it starts
// with a digit or one of chromeLineStarts in any ASCII case, or a
// non-ASCII character stands where the comparison looks (© and the
// characters case folding maps to ASCII letters, as ſ to s, are left to
// the expression).
func mayStartChromeLine(s string) bool {
	if s == "" {
		return true // the expression decides; it needs a character
	}
	if '0' <= s[0] && s[0] <= '9' {
		return true
	}
	for _, p := range chromeLineStarts {
		if prefixFoldOrNonASCII(s, p) {
			return true
		}
	}
	return false
}

// prefixFoldOrNonASCII reports whether s starts with prefix (lower-case
// ASCII) in any ASCII case, or reaches a non-ASCII byte before it differs.
func prefixFoldOrNonASCII(s, prefix string) bool {
	for i := 0; i < len(prefix); i++ {
		if i >= len(s) {
			return false
		}
		c := s[i]
		if c >= utf8.RuneSelf {
			return true
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}

// isProse reports whether a line reads as a paragraph of running text: long
// enough, with the function words of a sentence, ending like one.
func isProse(st stats) bool {
	if st.words < 8 || st.lowerWords*3 < st.words {
		return false
	}
	ratio := float64(st.stop) / float64(st.words)
	switch {
	case st.terminal && st.runes >= 60 && ratio >= 0.15:
		return true
	case st.runes >= 150 && ratio >= 0.25: // a long paragraph that lost its final stop
		return true
	}
	return false
}

// score is a line's weight in the search for the body: positive for text,
// negative for furniture.
func score(l *line) int {
	n := utf8.RuneCountInString(l.text)
	switch l.kind {
	case prose:
		return n
	case sentence:
		return n / 2
	case neutral:
		if n >= 200 { // a long line without sentence punctuation: a list of names, a table row
			return n / 4
		}
		return -10
	case widget:
		return -15
	case meta:
		return -30
	case chrome, breadcrumb, listHeader, listItem:
		// Capped, so that one long furniture line inside an article does
		// not cut the article in two.
		return -40 - min(n, 80)
	}
	return 0
}

// isListHeader reports whether s can title a link list, and whether it is one
// of the well-known titles.
func isListHeader(s string) (candidate, known bool) {
	t := strings.TrimRight(strings.TrimSpace(s), ":")
	st := lineStats(t)
	if st.words == 0 || st.words > 5 || st.runes > 40 || (st.terminal && !strings.HasSuffix(s, ":")) {
		return false, false
	}
	low := strings.ToLower(t)
	for _, h := range linkListHeaders {
		if low == h || strings.HasPrefix(low, h+" ") && (h == "more from" || h == "more in") {
			return true, true
		}
	}
	return true, false
}

// isListEntry reports whether a line can be an entry of a link list: a
// headline or a teaser, not a paragraph. Under a well-known list title a
// teaser may read as prose ("Farms are closing. So why are more being
// built?"); under any other short line it must not.
func isListEntry(l *line, known bool) bool {
	switch l.kind {
	case blank, meta:
		return false
	}
	st := l.stats
	if st.bullet {
		return st.runes <= 250 && st.sentenceBreaks <= 1
	}
	if !known {
		return l.kind != prose && st.runes <= 160 && st.sentenceBreaks == 0 && st.words >= 2
	}
	return st.runes <= 200 && st.sentenceBreaks <= 1 && st.words >= 2
}

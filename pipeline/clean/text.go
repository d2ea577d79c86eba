package clean

import (
	"strings"
	"time"
	"unicode/utf8"
)

// Text cleans scraped plain text: it finds the article body among the page
// chrome a scraper keeps (breadcrumbs, the title, widget labels, date and
// byline lines before it; votes, link lists, share and copyright lines after
// it) and reads the title, byline, publication date and dateline.
//
// Lines are classified from their own features (length, sentence-likeness,
// the share of function words, bullets, furniture phrases), link lists from a
// short title line followed by a run of headline-like lines, and the body is
// the run of lines with the highest total weight: text lines weigh their
// length, furniture weighs negatively. Inside the body, furniture lines are
// dropped. Text with no furniture comes out as it came in, trimmed.
//
// Body is made of whole input lines in input order (Text never rewrites a
// line), joined by the input's own line breaks where no line was dropped
// between them.
func Text(raw string) Result {
	res := Result{RawChars: utf8.RuneCountInString(raw)}
	lines := splitLines(raw)
	if len(lines) == 0 {
		return res
	}
	for i := range lines {
		classify(&lines[i])
	}
	markLinkLists(lines)

	a, b, found := bestRegion(lines)
	keep := func(k kind) bool {
		switch k {
		case blank, chrome, breadcrumb, meta, listHeader, listItem, widget:
			return false
		}
		return true
	}
	if !found {
		// No line reads as text: keep whatever is not furniture by itself
		// (link lists are judged from their neighbours, so they stay: that
		// keeps cleaning a cleaned text a no-op).
		a, b = 0, len(lines)-1
		keep = func(k kind) bool {
			switch k {
			case blank, chrome, breadcrumb, meta:
				return false
			}
			return true
		}
	}
	// A comments section ends the article.
	for i := a + 1; i <= b; i++ {
		if lines[i].kind != blank && commentsRE.MatchString(lines[i].text) {
			for b = i - 1; b > a && lines[b].kind == blank; b-- {
			}
			break
		}
	}
	header := lines[:a]
	if plainLines(header) {
		a = 0
	}
	if plainLines(lines[b+1:]) && !hasComments(lines[b+1:]) {
		b = len(lines) - 1
	}

	readMeta(&res, lines[:b+1])
	res.Title = findTitle(lines, header, a)

	var body strings.Builder
	prev := -1
	for i := a; i <= b; i++ {
		l := lines[i]
		if !keep(l.kind) {
			continue
		}
		if prev >= 0 {
			body.WriteString(separator(raw, lines, prev, i))
		} else if place, agency, ok := parseDateline(l.text); ok {
			res.Dateline, res.Agency = place, agency
		}
		body.WriteString(raw[l.start:l.end])
		prev = i
	}
	res.Body = strings.TrimRight(body.String(), "\r")
	return res
}

// splitLines cuts s into lines; a line's range excludes its "\n" or "\r\n".
func splitLines(s string) []line {
	lines := make([]line, 0, strings.Count(s, "\n")+1)
	for start := 0; start <= len(s); {
		end := strings.IndexByte(s[start:], '\n')
		next := len(s) + 1
		if end < 0 {
			end = len(s)
		} else {
			end += start
			next = end + 1
		}
		e := end
		if e > start && s[e-1] == '\r' {
			e--
		}
		lines = append(lines, line{start: start, end: e, text: strings.TrimSpace(s[start:e])})
		start = next
	}
	return lines
}

// separator is what goes between kept lines i and j: the input itself when
// only blank lines stand between them, else their line break, doubled when a
// blank line was among the dropped ones.
func separator(raw string, lines []line, i, j int) string {
	gapBlank, gapText := false, false
	for k := i + 1; k < j; k++ {
		if lines[k].kind == blank {
			gapBlank = true
		} else {
			gapText = true
		}
	}
	if !gapText {
		return raw[lines[i].end:lines[j].start]
	}
	br := raw[lines[i].end:lines[i+1].start]
	if gapBlank {
		return br + br
	}
	return br
}

// plainLines reports whether ls (a header or a tail outside the body) holds
// only plain fragments — a headline, a short sentence — and no furniture, in
// which case they belong to the article.
func plainLines(ls []line) bool {
	n := 0
	for _, l := range ls {
		switch l.kind {
		case blank:
		case neutral, sentence, prose:
			n++
		default:
			return false
		}
	}
	return n <= 3
}

func hasComments(ls []line) bool {
	for _, l := range ls {
		if l.kind != blank && commentsRE.MatchString(l.text) {
			return true
		}
	}
	return false
}

// bestRegion returns the first and last line of the run of lines with the
// highest total score (blank lines weigh nothing), and whether any line had
// a positive score.
func bestRegion(lines []line) (a, b int, found bool) {
	best, cur, curStart := 0, 0, 0
	for i := range lines {
		s := score(&lines[i])
		if lines[i].kind == blank {
			continue
		}
		if cur <= 0 {
			cur, curStart = 0, i
		}
		cur += s
		if cur > best {
			best, a, b, found = cur, curStart, i, true
		}
	}
	// The run may start on blank lines or on a line that was later outweighed;
	// move its start to its first positive line.
	for a < b && score(&lines[a]) <= 0 {
		a++
	}
	return a, b, found
}

// markLinkLists finds link lists — a short title followed by headline-like
// entries, or a trailing run of bulleted entries — and marks their lines.
func markLinkLists(lines []line) {
	// Marking only changes lines before the next query point, so the
	// answers of proseAfter can be computed once per pass.
	after := proseAfter(lines)
	for i := 0; i < len(lines); i++ {
		l := &lines[i]
		switch l.kind {
		case blank, meta, prose, chrome, breadcrumb:
			continue
		}
		candidate, known := isListHeader(l.text)
		if !candidate {
			continue
		}
		items, end := listRun(lines, i+1, known)
		trailing := !after[end]
		if items >= 2 && known || items >= 3 && trailing {
			l.kind = listHeader
			markItems(lines, i+1, end)
			i = end - 1
		}
	}
	// A trailing run of bulleted lines with no text after it is a link list
	// even without a title.
	after = proseAfter(lines)
	for i := 0; i < len(lines); i++ {
		if lines[i].kind == blank || !lines[i].stats.bullet {
			continue
		}
		j, items := i, 0
		for ; j < len(lines); j++ {
			if lines[j].kind == blank {
				continue
			}
			if !lines[j].stats.bullet || !isListEntry(&lines[j], false) {
				break
			}
			items++
		}
		if items >= 3 && !after[j] {
			markItems(lines, i, j)
		}
		i = j
	}
}

// listRun counts the list entries from line i on and returns the index just
// past the run.
func listRun(lines []line, i int, known bool) (items, end int) {
	end = i
	for j := i; j < len(lines); j++ {
		if lines[j].kind == blank {
			continue
		}
		if !isListEntry(&lines[j], known) {
			break
		}
		items++
		end = j + 1
	}
	return items, end
}

func markItems(lines []line, i, j int) {
	for k := i; k < j; k++ {
		if lines[k].kind != blank {
			lines[k].kind = listItem
		}
	}
}

// proseAfter reports, for every line index i (and len(lines)), whether a
// paragraph of text is at or after line i.
func proseAfter(lines []line) []bool {
	after := make([]bool, len(lines)+1)
	for i := len(lines) - 1; i >= 0; i-- {
		after[i] = after[i+1] || lines[i].kind == prose
	}
	return after
}

// readMeta takes the byline and the publication date from the metadata lines
// up to the end of the body: the first byline, and the best-ranked date
// (published, then a bare date, then updated), the first of its rank.
func readMeta(res *Result, lines []line) {
	var kind dateKind
	var published time.Time
	for _, l := range lines {
		if l.kind != meta {
			continue
		}
		if res.Byline == "" {
			res.Byline = l.meta.byline
		}
		if l.meta.kind > kind {
			kind, published = l.meta.kind, l.meta.published
		}
	}
	if kind != noDate {
		res.Published = &published
	}
}

// findTitle picks the headline: among the lines before the body, a
// headline-like line that the page repeats (breadcrumbs and page titles
// often carry it too), else the longest headline-like one (site names and
// section labels are shorter); when the body
// starts the text, its first line if it stands alone like a headline.
func findTitle(lines, header []line, bodyStart int) string {
	var first string
	for i, h := range header {
		if !headlineLike(h) {
			continue
		}
		if len(h.text) > len(first) {
			first = h.text
		}
		for j, o := range header {
			if j != i && o.kind != blank && strings.Contains(o.text, h.text) {
				return h.text
			}
		}
	}
	if first != "" {
		return first
	}
	// The body starts the text: a short first paragraph standing alone.
	i := bodyStart
	for i < len(lines) && lines[i].kind == blank {
		i++
	}
	if i >= len(lines) || i+1 >= len(lines) || lines[i+1].kind != blank {
		return ""
	}
	l := lines[i]
	st := l.stats
	if st.runes <= 150 && st.words >= 3 && st.sentenceBreaks == 0 && headlineLike(l) {
		if _, _, ok := parseDateline(l.text); !ok {
			return l.text
		}
	}
	return ""
}

// headlineLike reports whether a line could be a headline.
func headlineLike(l line) bool {
	switch l.kind {
	case neutral, sentence, prose:
	default:
		return false
	}
	st := l.stats
	return st.words >= 3 && st.runes <= 250 && st.sentenceBreaks <= 1 && !st.bullet
}

package clean

import (
	"net/url"
	"strings"
	"unicode"
)

// titleSeparators stand between a headline and the site's name in page
// titles: "Merkel visits Paris | Example Times".
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " « ", " » ", " // "}

// pageTitle is the article's headline: the title go-readability found
// (from the page's metadata or its <title>), else the og:title, else the
// JSON-LD headline, else the <title> — the first that is not the site's
// name alone — with the site's name removed from its start or end.
func pageTitle(info pageInfo, readabilityTitle string, pageURL *url.URL) string {
	sites := siteNames(info, pageURL)
	for _, t := range []string{readabilityTitle, info.ogTitle, info.headline, info.title} {
		if t = collapseSpace(t); t != "" && !isSiteName(t, sites) {
			return stripSiteName(t, sites)
		}
	}
	return collapseSpace(readabilityTitle)
}

// siteNames are the names a site may give itself in a title: its declared
// name and the labels of its host ("example-times" → "exampletimes"),
// normalized by squash.
func siteNames(info pageInfo, pageURL *url.URL) []string {
	var names []string
	if s := squash(info.siteName); s != "" {
		names = append(names, s)
	}
	if pageURL != nil {
		for l := range strings.SplitSeq(strings.TrimPrefix(pageURL.Hostname(), "www."), ".") {
			if s := squash(l); len(s) >= 4 {
				names = append(names, s)
			}
		}
	}
	return names
}

// squash lowercases s and keeps its letters and digits only.
func squash(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// stripSiteName removes a site's name from the end or the start of a
// title, where a separator sets it apart: a part that names the site, or
// after " | " a short part (four words at most) beside a longer headline.
func stripSiteName(title string, sites []string) string {
	for range 2 { // "Headline | Section | Site"
		head, tail, sep := cutLastSeparator(title)
		if sep == "" {
			break
		}
		if isSiteName(head, sites) || !isSiteName(tail, sites) && !(sep == " | " && words(tail) <= 4 && words(head) >= 3) {
			break
		}
		title = head
	}
	if head, tail, sep := cutFirstSeparator(title); sep != "" && isSiteName(head, sites) && words(tail) >= 3 && len(head) < len(tail) {
		title = tail
	}
	return title
}

func words(s string) int { return len(strings.Fields(s)) }

// isSiteName reports whether part of a title names the site.
func isSiteName(part string, sites []string) bool {
	p := squash(part)
	if p == "" {
		return false
	}
	for _, s := range sites {
		if p == s || strings.Contains(p, s) && words(part) <= 5 || strings.Contains(s, p) && len(p) >= 4 {
			return true
		}
	}
	return false
}

func cutLastSeparator(t string) (head, tail, sep string) {
	at := -1
	for _, s := range titleSeparators {
		if i := strings.LastIndex(t, s); i > at {
			at, sep = i, s
		}
	}
	if at <= 0 {
		return t, "", ""
	}
	return t[:at], t[at+len(sep):], sep
}

func cutFirstSeparator(t string) (head, tail, sep string) {
	at := len(t)
	for _, s := range titleSeparators {
		if i := strings.Index(t, s); i > 0 && i < at {
			at, sep = i, s
		}
	}
	if sep == "" {
		return t, "", ""
	}
	return t[:at], t[at+len(sep):], sep
}

package clean

import (
	"regexp"
	"time"
)

// Patterns for the machine-readable publication dates pages carry: JSON-LD
// "datePublished", <meta property="article:published_time"> and kin, and
// <time datetime> (the one marked as the publication date first).
var pageDateREs = []*regexp.Regexp{
	regexp.MustCompile(`"datePublished"\s*:\s*"([^"]{8,40})"`),
	regexp.MustCompile(`(?i)<meta[^>]+(?:property|name|itemprop)=["'](?:article:published_time|og:published_time|datePublished|pubdate|publishdate|publish-date|date|dc\.date|dc\.date\.issued|dcterms\.created|sailthru\.date|parsely-pub-date)["'][^>]*content=["']([^"']{8,40})["']`),
	regexp.MustCompile(`(?i)<meta[^>]+content=["']([^"']{8,40})["'][^>]*(?:property|name|itemprop)=["'](?:article:published_time|og:published_time|datePublished|pubdate|publishdate|date|dc\.date)["']`),
	regexp.MustCompile(`(?i)<time[^>]+(?:itemprop=["']datePublished["']|pubdate)[^>]*datetime=["']([^"']{8,40})["']`),
	regexp.MustCompile(`(?i)<time[^>]+datetime=["']([^"']{8,40})["'][^>]*(?:itemprop=["']datePublished["']|pubdate)`),
	regexp.MustCompile(`(?i)<time[^>]+datetime=["']([^"']{8,40})["']`),
}

// pageDate returns the first machine-readable publication date of a page,
// in UTC.
func pageDate(page []byte) (time.Time, bool) {
	for _, re := range pageDateREs {
		m := re.FindSubmatch(page)
		if m == nil {
			continue
		}
		if t, _, _, ok := parseDate(string(m[1])); ok {
			return t, true
		}
	}
	return time.Time{}, false
}

func sameDay(a, b time.Time) bool {
	ay, am, ad := a.UTC().Date()
	by, bm, bd := b.UTC().Date()
	return ay == by && am == bm && ad == bd
}

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
	regexp.MustCompile(`(?i)<[a-z]+[^>]+itemprop=["']datePublished["'][^>]*content=["']([^"']{8,40})["']`),
	regexp.MustCompile(`(?i)<time[^>]+datetime=["']([^"']{8,40})["']`),
}

// canonicalURLREs find the page's own address in its head: <link
// rel="canonical"> and <meta property="og:url">.
var canonicalURLREs = []*regexp.Regexp{
	regexp.MustCompile(`(?i)<link[^>]+rel=["']canonical["'][^>]*href=["']([^"']+)["']`),
	regexp.MustCompile(`(?i)<link[^>]+href=["']([^"']+)["'][^>]*rel=["']canonical["']`),
	regexp.MustCompile(`(?i)<meta[^>]+property=["']og:url["'][^>]*content=["']([^"']+)["']`),
}

// urlDateRE matches a date in an article's path: /2015/03/18/ or /2015-03-18/.
var urlDateRE = regexp.MustCompile(`/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|[-_]|\.html?|$)`)

// urlDate returns the date in the path of the page's address (pageURL, else
// its canonical address), as news sites print it: "/2015/03/18/story".
func urlDate(page []byte, pageURL string) (time.Time, bool) {
	urls := []string{pageURL}
	for _, re := range canonicalURLREs {
		if m := re.FindSubmatch(page); m != nil {
			urls = append(urls, string(m[1]))
		}
	}
	for _, u := range urls {
		m := urlDateRE.FindStringSubmatch(u)
		if m == nil {
			continue
		}
		y, mo, d := atoi(m[1], 0, len(m[1])), atoi(m[2], 0, len(m[2])), atoi(m[3], 0, len(m[3]))
		if validYMD(y, mo, d) {
			return time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC), true
		}
	}
	return time.Time{}, false
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

package clean

import (
	"bytes"
	"regexp"
	"time"
)

// datePublishedRE finds the publication date of JSON-LD, also in scripts
// the parser leaves as text ("datePublished":"2024-03-03T09:00:00Z");
// datePublishedAt is the same anchored at the start of its input.
var (
	datePublishedRE = regexp.MustCompile(`"datePublished"\s*:\s*"([^"]{8,40})"`)
	datePublishedAt = regexp.MustCompile(`^"datePublished"\s*:\s*"([^"]{8,40})"`)
)

// findDatePublished returns the first submatch of datePublishedRE's
// leftmost match in page, or nil, matching only where the key stands and
// only up to the second quote after it (where a match ends).
func findDatePublished(page []byte) []byte {
	// The search is for the key without its opening quote: a quote is
	// too common a byte to search from.
	key := []byte(`"datePublished"`)
	for i := 1; i < len(page); {
		j := bytes.Index(page[i:], key[1:])
		if j < 0 {
			return nil
		}
		o := i + j - 1
		i = o + 2 // the next search starts after this occurrence's "d"
		if page[o] != '"' {
			continue
		}
		end := len(page)
		if q := bytes.IndexByte(page[o+len(key):], '"'); q >= 0 {
			q += o + len(key) + 1
			if q2 := bytes.IndexByte(page[q:], '"'); q2 >= 0 {
				end = q + q2 + 1
			}
		}
		if m := datePublishedAt.FindSubmatch(page[o:end]); m != nil {
			return m[1]
		}
	}
	return nil
}

// Patterns for the machine-readable publication dates pages carry in their
// tags, after JSON-LD's "datePublished": <meta
// property="article:published_time"> and kin, and <time datetime> (the one
// marked as the publication date first).
var pageDatePatterns = []tagPattern{
	newTagPattern("<meta", "", metaDateNeeds, `(?i)<meta[^>]+(?:property|name|itemprop)=["'](?:article:published_time|og:published_time|datePublished|pubdate|publishdate|publish-date|date|dc\.date|dc\.date\.issued|dcterms\.created|sailthru\.date|parsely-pub-date)["'][^>]*content=["']([^"']{8,40})["']`),
	newTagPattern("<meta", "", metaDateNeeds, `(?i)<meta[^>]+content=["']([^"']{8,40})["'][^>]*(?:property|name|itemprop)=["'](?:article:published_time|og:published_time|datePublished|pubdate|publishdate|date|dc\.date)["']`),
	newTagPattern("<time", "", []string{"pub"}, `(?i)<time[^>]+(?:itemprop=["']datePublished["']|pubdate)[^>]*datetime=["']([^"']{8,40})["']`),
	newTagPattern("<time", "", []string{"pub"}, `(?i)<time[^>]+datetime=["']([^"']{8,40})["'][^>]*(?:itemprop=["']datePublished["']|pubdate)`),
	newTagPattern("", "itemprop", []string{"pub"}, `(?i)<[a-z]+[^>]+itemprop=["']datePublished["'][^>]*content=["']([^"']{8,40})["']`),
	newTagPattern("<time", "", []string{"datetime"}, `(?i)<time[^>]+datetime=["']([^"']{8,40})["']`),
}

// metaDateNeeds are texts one of which every name in the meta patterns
// of pageDatePatterns holds.
var metaDateNeeds = []string{"date", "pub", "created"}

// canonicalURLPatterns find the page's own address in its head: <link
// rel="canonical"> and <meta property="og:url">.
var canonicalURLPatterns = []tagPattern{
	newTagPattern("<link", "", []string{"canonical"}, `(?i)<link[^>]+rel=["']canonical["'][^>]*href=["']([^"']+)["']`),
	newTagPattern("<link", "", []string{"canonical"}, `(?i)<link[^>]+href=["']([^"']+)["'][^>]*rel=["']canonical["']`),
	newTagPattern("<meta", "", []string{"og:url"}, `(?i)<meta[^>]+property=["']og:url["'][^>]*content=["']([^"']+)["']`),
}

// urlDateRE matches a date in an article's path: /2015/03/18/ or /2015-03-18/.
var urlDateRE = regexp.MustCompile(`/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|[-_]|\.html?|$)`)

// urlDate returns the date in the path of the page's address (pageURL, else
// its canonical address), as news sites print it: "/2015/03/18/story".
func urlDate(page []byte, pageURL string) (time.Time, bool) {
	urls := []string{pageURL}
	tags := newPageTags(page)
	for _, p := range canonicalURLPatterns {
		if m := tags.find(p); m != nil {
			urls = append(urls, string(m))
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
	if m := findDatePublished(page); m != nil {
		if t, _, _, ok := parseDate(string(m)); ok {
			return t, true
		}
	}
	tags := newPageTags(page)
	for _, p := range pageDatePatterns {
		if m := tags.find(p); m != nil {
			if t, _, _, ok := parseDate(string(m)); ok {
				return t, true
			}
		}
	}
	return time.Time{}, false
}

func sameDay(a, b time.Time) bool {
	ay, am, ad := a.UTC().Date()
	by, bm, bd := b.UTC().Date()
	return ay == by && am == bm && ad == bd
}

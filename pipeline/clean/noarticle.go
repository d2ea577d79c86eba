package clean

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
)

// ErrNoArticle is returned by HTML for a page that holds no article: an
// error page, a login page, an index of other pages. The error names the
// kind of page.
var ErrNoArticle = errors.New("clean: page has no article")

// pageKind is what a page holding no article is.
type pageKind int

const (
	articlePage pageKind = iota
	errorPage
	loginPage
	indexPage
)

func (k pageKind) String() string {
	switch k {
	case articlePage:
		return "article"
	case errorPage:
		return "error page"
	case loginPage:
		return "login page"
	case indexPage:
		return "index page"
	}
	return "unknown"
}

// errorTitleRE matches the titles of error pages.
var errorTitleRE = regexp.MustCompile(`(?i)\b404\b|\berror:?\s*(?:40\d|50\d)\b|\b(?:40\d|50\d)\s*(?:error|forbidden|not found)|page not found|(?:page|article|content) (?:could|can) ?not be found|(?:page|article) (?:is )?no longer available|page does ?n[o']t exist|access denied|^error$|^oops\b`)

// loginTitleRE matches the titles of login pages.
var loginTitleRE = regexp.MustCompile(`(?i)\b(?:sign ?in|log ?in|login|sign ?up|register|my account|your account)\b`)

// shortPageWords is the length under which a page that looks like an
// error or login page is one.
const shortPageWords = 150

// classifyPage tells whether a page with the main text body holds an
// article. Only positive evidence makes a page something else, so a short
// article stays an article:
//   - an error page has an error title (or <h1>) and a short text;
//   - a login page has a password field, a login title (or <h1>), a short
//     text and no paragraph of running text (40 words or more);
//   - an index page has no paragraph longer than a teaser (25 words), and
//     either says it is a listing (a JSON-LD CollectionPage, ItemList or
//     SearchResultsPage) or is mostly link text.
//
// A page whose JSON-LD or og:type says it is an article is one.
func classifyPage(info pageInfo, body string) pageKind {
	if info.article || info.ogType == "article" {
		return articlePage
	}
	words, longest := 0, 0
	for l := range strings.SplitSeq(body, "\n") {
		n := 0
		for range fieldsSeq(l) {
			n++
		}
		words += n
		longest = max(longest, n)
	}
	switch {
	case words < shortPageWords && (errorTitleRE.MatchString(info.title) || errorTitleRE.MatchString(info.h1)):
		return errorPage
	case info.password && words < shortPageWords && longest < 40 && (loginTitleRE.MatchString(info.title) || loginTitleRE.MatchString(info.h1)):
		return loginPage
	case longest < 25 && (info.listing || info.linkRunes*2 > info.runes):
		return indexPage
	}
	return articlePage
}

// noArticle is the error for a page of kind k.
func noArticle(k pageKind) error {
	return fmt.Errorf("%w: %s", ErrNoArticle, k)
}

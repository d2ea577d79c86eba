package clean

import (
	"encoding/json"
	"strings"

	"golang.org/x/net/html"
)

// pageInfo is what a page says about itself in its head and its JSON-LD:
// titles, the site's name and the article body some sites embed.
type pageInfo struct {
	// title is the <title>, ogTitle the og:title (or twitter:title),
	// headline the JSON-LD headline of the article.
	title, ogTitle, headline string
	// siteName is og:site_name, application-name or the JSON-LD publisher.
	siteName string
	// articleBody is the JSON-LD articleBody of the article, "" if none.
	articleBody string
	// h1 is the text of the first <h1>.
	h1 string
	// ogType is the og:type ("article", "website").
	ogType string
	// article reports whether the JSON-LD describes an article; listing
	// whether it describes a collection, a list or search results.
	article, listing bool
	// password reports whether the page has a password field.
	password bool
	// runes and linkRunes measure the visible text of the <body> and the
	// part of it that is link text.
	runes, linkRunes int
}

// readPageInfo reads n's <title>, meta tags and JSON-LD scripts.
func readPageInfo(n *html.Node) pageInfo {
	var p pageInfo
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "title":
				if p.title == "" {
					p.title = strings.TrimSpace(textOf(n))
				}
			case "meta":
				p.readMeta(n)
			case "h1":
				if p.h1 == "" {
					p.h1 = collapseSpace(textOf(n))
				}
			case "input":
				p.password = p.password || strings.EqualFold(attr(n, "type"), "password")
			case "body":
				p.runes, p.linkRunes = paragraphText(n)
			case "script":
				if strings.Contains(attr(n, "type"), "ld+json") && n.FirstChild != nil {
					p.readJSONLD(n.FirstChild.Data)
				}
				return
			case "style", "svg":
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return p
}

// attr is the value of n's attribute key, "" if absent.
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func (p *pageInfo) readMeta(n *html.Node) {
	key := attr(n, "property")
	if key == "" {
		key = attr(n, "name")
	}
	val := strings.TrimSpace(html.UnescapeString(attr(n, "content")))
	if val == "" {
		return
	}
	switch strings.ToLower(key) {
	case "og:title", "twitter:title":
		if p.ogTitle == "" {
			p.ogTitle = val
		}
	case "og:type":
		p.ogType = strings.ToLower(val)
	case "og:site_name", "application-name":
		if p.siteName == "" {
			p.siteName = val
		}
	}
}

// readJSONLD reads the article objects of a JSON-LD script: those whose
// @type names an article (Article, NewsArticle, BlogPosting, Report…),
// also inside @graph lists and arrays. A script that does not parse is
// ignored.
func (p *pageInfo) readJSONLD(src string) {
	var v any
	if err := json.Unmarshal([]byte(src), &v); err != nil {
		return
	}
	p.readLD(v, 0)
}

func (p *pageInfo) readLD(v any, depth int) {
	if depth > 4 {
		return
	}
	switch v := v.(type) {
	case []any:
		for _, e := range v {
			p.readLD(e, depth+1)
		}
	case map[string]any:
		if g, ok := v["@graph"]; ok {
			p.readLD(g, depth+1)
		}
		if listingType(v["@type"]) {
			p.listing = true
		}
		if !articleType(v["@type"]) {
			return
		}
		p.article = true
		if s, ok := v["articleBody"].(string); ok && len(s) > len(p.articleBody) {
			p.articleBody = s
		}
		if s, ok := v["headline"].(string); ok && p.headline == "" {
			p.headline = strings.TrimSpace(html.UnescapeString(s))
		}
		if pub, ok := v["publisher"].(map[string]any); ok && p.siteName == "" {
			if s, ok := pub["name"].(string); ok {
				p.siteName = strings.TrimSpace(s)
			}
		}
	}
}

// articleType reports whether a JSON-LD @type (a string or a list of
// them) names a kind of article.
func articleType(t any) bool {
	switch t := t.(type) {
	case string:
		return strings.HasSuffix(t, "Article") || t == "BlogPosting" || t == "Report" ||
			t == "LiveBlogPosting" || t == "SocialMediaPosting" || t == "Review" || t == "Recipe"
	case []any:
		for _, e := range t {
			if articleType(e) {
				return true
			}
		}
	}
	return false
}

// listingType reports whether a JSON-LD @type names a page that lists
// others.
func listingType(t any) bool {
	switch t := t.(type) {
	case string:
		return t == "CollectionPage" || t == "ItemList" || t == "SearchResultsPage"
	case []any:
		for _, e := range t {
			if listingType(e) {
				return true
			}
		}
	}
	return false
}

package clean

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// source names where a candidate main text comes from.
type source int

const (
	// fromReadability is go-readability's article container.
	fromReadability source = iota
	// fromHint is the element the page marks as its article body
	// (itemprop="articleBody", class "article-body", "entry-content"…).
	fromHint
	// fromDensity is the element holding the most running text.
	fromDensity
	// fromJSONLD is the articleBody of the page's JSON-LD.
	fromJSONLD
)

func (s source) String() string {
	switch s {
	case fromReadability:
		return "readability"
	case fromHint:
		return "hint"
	case fromDensity:
		return "density"
	case fromJSONLD:
		return "json-ld"
	}
	return "unknown"
}

// candidate is one extractor's main text of a page.
type candidate struct {
	src    source
	blocks []block
	runes  int
}

func newCandidate(src source, bs []block) candidate {
	c := candidate{src: src, blocks: bs}
	for _, b := range bs {
		c.runes += b.runes
	}
	return c
}

func (c candidate) text() string { return joinBlocks(c.blocks) }

// domCandidates are the candidates read from the untouched page: the
// hinted element, the densest element and the JSON-LD body. They must be
// taken before go-readability prunes the tree.
func domCandidates(doc *html.Node, info pageInfo) []candidate {
	var cs []candidate
	if ns := hintedContainers(doc, 200); ns != nil {
		var bs []block
		for _, n := range ns {
			bs = append(bs, contentBlocks(n)...)
		}
		cs = append(cs, newCandidate(fromHint, bs))
	}
	if n := densityContainer(doc); n != nil {
		cs = append(cs, newCandidate(fromDensity, contentBlocks(n)))
	}
	if bs := ldBlocks(info.articleBody); len(bs) > 0 {
		cs = append(cs, newCandidate(fromJSONLD, bs))
	}
	return cs
}

// ldBlocks cuts a JSON-LD articleBody into paragraphs. Some sites put
// HTML in it: that is read as HTML.
func ldBlocks(body string) []block {
	body = strings.TrimSpace(body)
	if body == "" {
		return nil
	}
	if strings.Contains(body, "</") || strings.Contains(body, "<br") {
		if n, err := html.Parse(strings.NewReader(body)); err == nil {
			return contentBlocks(n)
		}
	}
	var bs []block
	for l := range strings.SplitSeq(html.UnescapeString(body), "\n") {
		if t := collapseSpace(l); t != "" {
			bs = append(bs, block{text: t, runes: utf8.RuneCountInString(t)})
		}
	}
	return bs
}

// Package clean turns what scrapers and crawlers hand over into article text:
// it removes page chrome (breadcrumbs, widget labels, share and cookie lines,
// trailing link lists, copyright footers) from scraped plain text, extracts
// the main text of HTML pages, and reads the metadata a page carries — title,
// byline, dateline, news agency and publication date.
//
// The functions are pure: [Text] never invents text (every line of its Body
// is a line of its input, in input order). [HTML] parses a page once and
// chooses its main text among candidates — go-readability's container, the
// element the page marks as its article body, the element with the most
// running text, the JSON-LD articleBody — each read without figures,
// captions and furniture, then drops boilerplate lines; it falls back to the
// visible text of the page when no candidate has text, and refuses pages
// that hold no article (error, login and index pages) with [ErrNoArticle].
// Text that is already a clean article comes out unchanged, or with only a
// leading date line or a trailing link line removed.
//
// Package cleaneval scores the extraction on development sets.
package clean

// Package clean turns what scrapers and crawlers hand over into article text:
// it removes page chrome (breadcrumbs, widget labels, share and cookie lines,
// trailing link lists, copyright footers) from scraped plain text, extracts
// the main text of HTML pages, and reads the metadata a page carries — title,
// byline, dateline, news agency and publication date.
//
// The functions are pure: [Text] never invents text (every line of its Body
// is a line of its input, in input order) and [HTML] delegates extraction to
// go-readability, falling back to the visible text of the page when that
// library refuses a page. Text that is already a clean article comes out
// unchanged, or with only a leading date line or a trailing link line removed.
package clean

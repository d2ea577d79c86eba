package pipeline

import "github.com/newsnlp/newsnlp/pipeline/clean"

// DefaultCleaner removes page chrome from scraped text and extracts the
// main text of HTML pages (package clean).
func DefaultCleaner() Cleaner { return cleaner{} }

type cleaner struct{}

func (cleaner) CleanText(raw string) Cleaned { return cleaned(clean.Text(raw)) }

func (cleaner) CleanHTML(html, pageURL string) (Cleaned, error) {
	r, err := clean.HTML([]byte(html), pageURL)
	if err != nil {
		return Cleaned{}, err
	}
	return cleaned(r), nil
}

func cleaned(r clean.Result) Cleaned {
	return Cleaned{Title: r.Title, Byline: r.Byline, Dateline: r.Dateline, Agency: r.Agency, Published: r.Published, Body: r.Body}
}

// Package cleaneval measures HTML main-text extraction on development sets
// of pages with gold main text: the article-extraction benchmark in
// ../shared/data/extraction (ground-truth.json and html/*.html.gz), the test
// pages shipped in go-readability's module (source.html and expected.html),
// and the project's own test corpus (pipeline/clean/testdata/html).
//
// Two scores are computed. By tokens: each page's gold text and prediction
// become multisets of word 4-grams (words are runs of letters, digits and
// "_"), true/false positives and negatives are the multiset overlaps
// normalised per page, and precision and recall are means over pages, as
// the benchmark's published scorer (extraction_score.py) computes them. By
// snippets: word windows taken from the gold paragraphs must be found in
// the prediction, windows taken from the page's other text must not; the
// counts are summed over pages.
package cleaneval

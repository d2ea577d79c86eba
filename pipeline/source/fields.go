package source

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

// Fields says which fields of a structured record (a JSON object, a CSV
// row) hold an article's parts. Each part has a list of candidate paths,
// tried in order; the first present and non-null one is used. A path is a
// field name, or names joined by dots for nested objects ("article.text").
// A field whose name itself contains dots is found too: the whole path is
// tried as one name first.
type Fields struct {
	ID, Text, HTML, Title, URL, Source, Byline, Published []string
}

// DefaultFields are the names found without any flag.
func DefaultFields() Fields {
	return Fields{
		ID:        []string{"id", "article_id", "uuid", "guid"},
		Text:      []string{"text", "content", "body", "article", "article.text", "article.content", "article.body", "story", "full_text", "maintext"},
		HTML:      []string{"html", "raw_html", "article.html"},
		Title:     []string{"title", "headline", "article.title"},
		URL:       []string{"url", "link", "article.url"},
		Source:    []string{"source", "site", "domain", "publisher"},
		Byline:    []string{"byline", "author", "authors", "article.author"},
		Published: []string{"published", "published_at", "date", "publish_date", "pubdate", "date_publish", "datetime", "timestamp", "article.published", "article.date"},
	}
}

// Override returns f with every part for which o names paths replaced by o's
// paths: a part given on the command line is looked for there only.
func (f Fields) Override(o Fields) Fields {
	pick := func(def, given []string) []string {
		if len(given) > 0 {
			return given
		}
		return def
	}
	return Fields{
		ID: pick(f.ID, o.ID), Text: pick(f.Text, o.Text), HTML: pick(f.HTML, o.HTML), Title: pick(f.Title, o.Title),
		URL: pick(f.URL, o.URL), Source: pick(f.Source, o.Source), Byline: pick(f.Byline, o.Byline),
		Published: pick(f.Published, o.Published),
	}
}

// object is a decoded record: its top-level fields, undecoded.
type object map[string]json.RawMessage

// take finds the first of paths holding a value that is not null and, when
// want is not nil, passes want; it removes that value from o (the rest
// goes to Meta) and returns it with the path it was found at.
func (o object) take(paths []string, want func(json.RawMessage) bool) (json.RawMessage, string) {
	for _, p := range paths {
		if raw, ok := o[p]; ok && !isNull(raw) && (want == nil || want(raw)) {
			delete(o, p)
			return raw, p
		}
		head, rest, nested := strings.Cut(p, ".")
		if !nested {
			continue
		}
		raw, ok := o[head]
		if !ok || len(raw) == 0 || raw[0] != '{' {
			continue
		}
		var inner object
		if json.Unmarshal(raw, &inner) != nil {
			continue
		}
		v, _ := inner.take([]string{rest}, want)
		if v == nil {
			continue
		}
		if len(inner) == 0 {
			delete(o, head)
		} else if b, err := json.Marshal(inner); err == nil { // keys sorted: deterministic
			o[head] = b
		}
		return v, p
	}
	return nil, ""
}

func isNull(raw json.RawMessage) bool { return len(raw) == 0 || string(raw) == "null" }

// isString accepts a JSON string.
func isString(raw json.RawMessage) bool { return len(raw) > 0 && raw[0] == '"' }

// isScalar accepts a JSON string or number (ids, dates).
func isScalar(raw json.RawMessage) bool {
	return isString(raw) || len(raw) > 0 && (raw[0] == '-' || raw[0] >= '0' && raw[0] <= '9')
}

// stringValue decodes a string, or a number written as given.
func stringValue(raw json.RawMessage) (string, error) {
	if isString(raw) {
		var s string
		err := json.Unmarshal(raw, &s)
		return s, err
	}
	if _, err := strconv.ParseFloat(string(raw), 64); err == nil {
		return string(raw), nil
	}
	return "", fmt.Errorf("want a string, got %s", abbreviate(raw))
}

// names lists a byline given as a list of strings ("authors": ["A", "B"]).
func names(raw json.RawMessage) (string, bool) {
	var list []string
	if len(raw) == 0 || raw[0] != '[' || json.Unmarshal(raw, &list) != nil {
		return "", false
	}
	return strings.Join(list, ", "), true
}

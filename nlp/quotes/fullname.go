package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsnlp/newsnlp/nlp"
)

// titles that precede a name without being part of it.
var titles = setOf("president", "secretary-general", "secretary", "general", "sen", "sen.", "senator", "rep",
	"rep.", "representative", "gov", "gov.", "governor", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.",
	"minister", "chancellor", "prime", "mayor", "judge", "justice", "king", "queen", "pope", "prince",
	"chairman", "chairwoman", "chair", "ceo", "director", "speaker", "leader", "chief", "officer", "spokesman",
	"spokeswoman", "spokesperson", "vice", "deputy", "ambassador", "commissioner", "attorney", "candidate",
	"nominee", "former", "sir", "lord", "lady", "gen", "gen.", "col", "col.", "lt", "lt.", "sgt", "sgt.",
	"capt", "capt.", "adm", "adm.", "prof", "prof.", "rev", "rev.", "the", "a", "an", "and", "of", "said",
	"told", "says", "by", "with", "in", "at", "on", "for", "to", "from", "but", "after", "when", "as")

// fullerName returns the fuller form of a one-word person name used in d:
// a PERSON entity whose canonical name ends with it, or else the words
// "First Surname" found in the text before at, titles excluded
// ("French President Emmanuel Macron" gives "Emmanuel Macron" for
// "Macron"). It returns "" when there is none.
func fullerName(d *nlp.Doc, name string, at int) string {
	if name == "" || strings.ContainsAny(name, " \t") || !startsUpper(name) {
		return ""
	}
	found := ""
	for _, e := range d.Entities {
		if e.Label == nlp.Person && strings.HasSuffix(e.Canonical, " "+name) {
			if found != "" && found != e.Canonical {
				return ""
			}
			found = e.Canonical
		}
	}
	if found != "" {
		return found
	}
	text := d.Text[:min(at, len(d.Text))]
	for off := 0; ; {
		i := strings.Index(text[off:], name)
		if i < 0 {
			return found
		}
		i += off
		off = i + len(name)
		if off < len(text) {
			if r, _ := utf8.DecodeRuneInString(text[off:]); unicode.IsLetter(r) {
				continue
			}
		}
		// The word before, separated by one space.
		if i < 2 || text[i-1] != ' ' {
			continue
		}
		j := strings.LastIndexAny(text[:i-1], " \n\t(\u2014\u201c\"") + 1
		first := text[j : i-1]
		if !startsUpper(first) || titles[strings.ToLower(first)] || strings.HasSuffix(first, ".") && len(first) > 2 {
			continue
		}
		if strings.ContainsAny(first, ",;:'\u2019") {
			continue
		}
		cand := first + " " + name
		if found != "" && found != cand {
			return ""
		}
		found = cand
	}
}

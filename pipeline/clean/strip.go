package clean

import (
	"bytes"

	"github.com/newsnlp/newsnlp/internal/ascii"
)

// stripCode returns page without the content of its <script> elements
// (other than JSON ones: JSON-LD is read) and <style> elements: about half
// the bytes of a news page, which the HTML parser would read byte by byte
// into text nodes that nothing here reads. The elements themselves stay,
// empty, so the parsed tree is the tree of page but for those text nodes.
//
// It follows golang.org/x/net/html's tokenizer (tags, attribute quoting,
// comments, declarations, raw text and script data) to know where an
// element really starts and ends. Where the tree builder would change the
// tokenizer's state in ways a tokenizer alone cannot tell — inside <svg>
// text and <math>, in a <select>, a script with "<!--" — it stops
// stripping and keeps the rest of the page as it is. It returns page
// itself when nothing was stripped.
func stripCode(page []byte) []byte {
	s := stripper{b: page}
	s.run()
	if s.out == nil {
		return page
	}
	return append(s.out, page[s.copied:]...)
}

// stripper scans a page as the tokenizer does.
type stripper struct {
	b      []byte
	pos    int
	out    []byte // the stripped page up to copied
	copied int
	// svg is the stack of open <svg> elements and of the elements inside
	// them that matter ("svg", and "title", "desc", "foreignobject", where
	// HTML content may start).
	svg []string
	// inSelect reports whether a <select> may be open: the parser keeps
	// raw-text elements other than <script> from switching the tokenizer
	// there.
	inSelect bool
}

// rawTags are the elements whose content the tokenizer reads as text up to
// their end tag.
var rawTags = map[string]bool{
	"iframe": true, "noembed": true, "noframes": true, "noscript": true, "plaintext": true,
	"script": true, "style": true, "textarea": true, "title": true, "xmp": true,
}

// run scans the page, stripping what it can, until the end or until it
// stops.
func (s *stripper) run() {
	for {
		i := bytes.IndexByte(s.b[s.pos:], '<')
		if i < 0 {
			return
		}
		s.pos += i + 1
		if s.pos >= len(s.b) {
			return
		}
		switch c := s.b[s.pos]; {
		case isASCIILetter(c):
			if !s.startTag() {
				return
			}
		case c == '/':
			if !s.endTag() {
				return
			}
		case c == '!':
			if !s.markupDeclaration() {
				return
			}
		case c == '?':
			s.untilCloseAngle()
		}
	}
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func isTagSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f'
}

func (s *stripper) skipSpace() {
	for s.pos < len(s.b) && isTagSpace(s.b[s.pos]) {
		s.pos++
	}
}

// tag reads a tag from its name (at s.pos) through its ">", as the
// tokenizer's readTag does. It returns the name, lowercased, the tag's
// attribute text, whether it closes itself ("<svg/>") and false at the end
// of the page.
func (s *stripper) tag() (name string, attrs []byte, selfClosing, ok bool) {
	start := s.pos
	for s.pos < len(s.b) && !isTagSpace(s.b[s.pos]) && s.b[s.pos] != '/' && s.b[s.pos] != '>' {
		s.pos++
	}
	name = tagName(s.b[start:s.pos])
	attrStart := s.pos
	lastVal := -1 // end of the last attribute value with a key
	s.skipSpace()
	for s.pos < len(s.b) && s.b[s.pos] != '>' {
		// readTagAttrKey
		k := s.pos
		for s.pos < len(s.b) {
			c := s.b[s.pos]
			if c == '=' && s.pos == k {
				s.pos++
				continue
			}
			if c == '=' || isTagSpace(c) || c == '/' || c == '>' {
				break
			}
			s.pos++
		}
		hasKey := s.pos > k
		// readTagAttrVal
		valEnd := s.pos
		s.skipSpace()
		if s.pos < len(s.b) {
			switch s.b[s.pos] {
			case '/':
				s.pos++
			case '=':
				s.pos++
				s.skipSpace()
				valEnd = s.attrValue()
			}
		}
		if hasKey {
			lastVal = valEnd
		}
		s.skipSpace()
	}
	if s.pos >= len(s.b) {
		return "", nil, false, false
	}
	s.pos++ // the ">"
	selfClosing = s.b[s.pos-2] == '/' && s.pos-2 != lastVal-1
	return name, s.b[attrStart : s.pos-1], selfClosing, true
}

// tagName is the lowercased name of a tag if the stripper tells it apart
// from others (knownTags), else "".
func tagName(b []byte) string {
	var buf [16]byte
	if len(b) > len(buf) {
		return ""
	}
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return knownTags[string(buf[:len(b)])]
}

// knownTags maps the names of the tags the stripper tells apart to
// themselves.
var knownTags = func() map[string]string {
	m := map[string]string{}
	for _, set := range []map[string]bool{rawTags, svgBreakout} {
		for k := range set {
			m[k] = k
		}
	}
	for _, k := range []string{"svg", "math", "select", "desc", "foreignobject", "p", "br"} {
		m[k] = k
	}
	return m
}()

// attrValue reads an attribute value after its "=" and returns its end.
func (s *stripper) attrValue() int {
	if s.pos >= len(s.b) {
		return s.pos
	}
	switch q := s.b[s.pos]; q {
	case '>':
		return s.pos
	case '"', '\'':
		s.pos++
		i := bytes.IndexByte(s.b[s.pos:], q)
		if i < 0 {
			s.pos = len(s.b)
			return s.pos
		}
		s.pos += i + 1
		return s.pos - 1
	}
	for s.pos < len(s.b) {
		c := s.b[s.pos]
		if isTagSpace(c) {
			s.pos++
			return s.pos - 1
		}
		if c == '>' {
			return s.pos
		}
		s.pos++
	}
	return s.pos
}

// startTag reads a start tag and the raw text that follows it, stripping
// code. It returns false where stripping stops.
func (s *stripper) startTag() bool {
	name, attrs, selfClosing, ok := s.tag()
	if !ok {
		return false
	}
	if len(s.svg) > 0 {
		return s.svgStartTag(name, selfClosing)
	}
	switch name {
	case "svg":
		if !selfClosing {
			s.svg = append(s.svg, name)
		}
		return true
	case "math":
		return false
	case "select":
		s.inSelect = true
		return true
	}
	if !rawTags[name] {
		return true
	}
	if name == "plaintext" || s.inSelect && name != "script" {
		return false
	}
	start := s.pos
	end := rawTextEnd(s.b, start, name)
	if end < 0 || name == "script" && bytes.Contains(s.b[start:end], []byte("<!--")) {
		return false
	}
	if name == "style" || name == "script" && !bytes.Contains(asciiLower(attrs), []byte("json")) {
		if end > start {
			if s.out == nil {
				// The output is never longer than the page: one allocation.
				s.out = make([]byte, 0, len(s.b))
			}
			s.out = append(s.out, s.b[s.copied:start]...)
			s.copied = end
		}
	}
	s.pos = end
	return true
}

// svgStartTag follows a start tag inside <svg>, where the tokenizer reads
// no raw text. Elements that would end the SVG, raw-text elements and
// anything inside the elements that may hold HTML stop the stripping.
func (s *stripper) svgStartTag(name string, selfClosing bool) bool {
	switch top := s.svg[len(s.svg)-1]; {
	case top != "svg":
		return false
	case svgBreakout[name] || rawTags[name] && name != "title" || name == "math":
		return false
	case !selfClosing && (name == "svg" || name == "title" || name == "desc" || name == "foreignobject"):
		s.svg = append(s.svg, name)
	}
	return true
}

// svgBreakout are the start tags that end SVG content in the tree builder
// (golang.org/x/net/html's breakout list, and <font>).
var svgBreakout = map[string]bool{
	"b": true, "big": true, "blockquote": true, "body": true, "br": true, "center": true,
	"code": true, "dd": true, "div": true, "dl": true, "dt": true, "em": true, "embed": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "head": true,
	"hr": true, "i": true, "img": true, "li": true, "listing": true, "menu": true, "meta": true,
	"nobr": true, "ol": true, "p": true, "pre": true, "ruby": true, "s": true, "small": true,
	"span": true, "strong": true, "strike": true, "sub": true, "sup": true, "table": true,
	"tt": true, "u": true, "ul": true, "var": true, "font": true,
}

// rawTextEnd is the offset of the end tag that closes the raw text of
// element name starting at start ("</name" followed by a space, "/" or
// ">", in any ASCII case), or -1 when the page ends first.
func rawTextEnd(b []byte, start int, name string) int {
	for i := start; ; {
		j := bytes.Index(b[i:], []byte("</"))
		if j < 0 {
			return -1
		}
		i += j
		k := i + 2 + len(name)
		if k < len(b) && ascii.HasPrefixFold(b[i+2:], name) {
			switch b[k] {
			case ' ', '\n', '\r', '\t', '\f', '/', '>':
				return i
			}
		}
		i += 2
	}
}

// endTag reads an end tag ("</" at s.pos-1) or what the tokenizer makes
// of a "</" that opens none.
func (s *stripper) endTag() bool {
	s.pos++
	if s.pos >= len(s.b) {
		return false
	}
	switch c := s.b[s.pos]; {
	case c == '>':
		s.pos++
		return true
	case !isASCIILetter(c):
		s.untilCloseAngle()
		return true
	}
	name, _, _, ok := s.tag()
	if !ok {
		return false
	}
	switch {
	case len(s.svg) > 0:
		if name == "br" || name == "p" {
			return false
		}
		// The end tag closes the innermost open element of its name.
		for i := len(s.svg) - 1; i >= 0; i-- {
			if s.svg[i] == name {
				s.svg = s.svg[:i]
				break
			}
		}
	case name == "select":
		s.inSelect = false
	}
	return true
}

// markupDeclaration reads what follows "<!": a comment, a doctype or a
// bogus comment; a CDATA section inside SVG stops the stripping.
func (s *stripper) markupDeclaration() bool {
	s.pos++
	if bytes.HasPrefix(s.b[s.pos:], []byte("--")) {
		s.pos += 2
		s.comment()
		return true
	}
	if len(s.svg) > 0 && bytes.HasPrefix(s.b[s.pos:], []byte("[CDATA[")) {
		return false
	}
	s.untilCloseAngle()
	return true
}

// comment reads a comment after its "<!--", as the tokenizer's
// readComment does: it ends at "-->" or "--!>", or at once for "<!-->"
// and "<!--->".
func (s *stripper) comment() {
	dashes, beginning := 0, true
	for s.pos < len(s.b) {
		c := s.b[s.pos]
		s.pos++
		switch c {
		case '-':
			dashes++
			continue
		case '>':
			if dashes >= 2 || beginning {
				return
			}
		case '!':
			if dashes >= 2 {
				if s.pos >= len(s.b) {
					return
				}
				c = s.b[s.pos]
				s.pos++
				if c == '>' {
					return
				}
				if c == '-' {
					dashes, beginning = 1, false
					continue
				}
			}
		}
		dashes, beginning = 0, false
	}
}

// untilCloseAngle reads through the next ">".
func (s *stripper) untilCloseAngle() {
	i := bytes.IndexByte(s.b[s.pos:], '>')
	if i < 0 {
		s.pos = len(s.b)
		return
	}
	s.pos += i + 1
}

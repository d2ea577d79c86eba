package source

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// ErrUnknownEncoding is returned for an --encoding name that names no
// encoding.
var ErrUnknownEncoding = errors.New("unknown encoding")

// Encoding is a character encoding chosen by the user for input that does
// not declare its own. The zero value detects.
type Encoding struct {
	enc  encoding.Encoding
	name string
}

// LookupEncoding finds an encoding by its WHATWG label ("latin1",
// "iso-8859-1", "windows-1252", "shift_jis", "utf-16le", …); "" and "auto"
// give the zero Encoding, which detects.
func LookupEncoding(label string) (Encoding, error) {
	if label == "" || strings.EqualFold(label, "auto") {
		return Encoding{}, nil
	}
	e, name := charset.Lookup(label)
	if e == nil {
		return Encoding{}, fmt.Errorf("source: %w %q (want a WHATWG label such as utf-8, windows-1252, iso-8859-15, shift_jis)", ErrUnknownEncoding, label)
	}
	return Encoding{enc: e, name: name}, nil
}

// String is the encoding's canonical name, "auto" for the zero value.
func (e Encoding) String() string {
	if e.enc == nil {
		return "auto"
	}
	return e.name
}

// ErrBinary is recorded for a text file that holds binary data (NUL bytes
// outside UTF-16, or mostly control characters).
var ErrBinary = errors.New("binary data, not text")

// looksBinary reports NUL bytes or a share of control characters (other
// than tab, newline, carriage return, form feed) above 10% in the first
// 8 KiB of b.
func looksBinary(b []byte) bool {
	head := b[:min(len(b), 8<<10)]
	ctl := 0
	for _, c := range head {
		switch {
		case c == 0:
			return true
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f':
			ctl++
		}
	}
	return ctl*10 > len(head)
}

// Decoded is text decoded to UTF-8 and how its encoding was found.
type Decoded struct {
	Text string
	// Charset is the encoding's name; By says where it came from: "bom",
	// "header" (HTTP Content-Type), "meta" (an HTML <meta> charset),
	// "flag" (--encoding), "detected".
	Charset, By string
	// Warning is set when bytes could not be decoded as declared (they are
	// replaced by U+FFFD).
	Warning error
}

// DecodeHTML decodes an HTML page to UTF-8. The encoding is, in order: a
// byte order mark; UTF-8 when the page is valid UTF-8 and not plain ASCII
// (pages saved by crawlers are often re-encoded to UTF-8 but keep their old
// <meta charset>, and legacy-encoded text is practically never valid
// UTF-8); the charset of contentType (the HTTP header of a WARC record, ""
// if none); the forced encoding; a <meta charset> or http-equiv
// Content-Type in the page's head; else windows-1252 (the WHATWG reading of
// ISO-8859-1).
func DecodeHTML(b []byte, contentType string, forced Encoding) Decoded {
	if d, ok := fromBOM(b); ok {
		return d
	}
	if hasHighByte(b) && utf8.Valid(b) {
		return Decoded{Text: string(b), Charset: "utf-8", By: "detected"}
	}
	if contentType != "" {
		if e, name, certain := charset.DetermineEncoding(nil, contentType); certain {
			return decodeWith(b, e, name, "header")
		}
	}
	if forced.enc != nil {
		return decodeWith(b, forced.enc, forced.name, "flag")
	}
	if e, name := metaCharset(b); e != nil {
		return decodeWith(b, e, name, "meta")
	}
	return detect(b)
}

func hasHighByte(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return true
		}
	}
	return false
}

// DecodeText decodes plain text to UTF-8: a byte order mark, else the forced
// encoding, else UTF-8 if valid, UTF-16 if the zero bytes say so, else
// windows-1252 (ISO-8859-1 as browsers read it: every byte is a
// character, so no text is lost).
func DecodeText(b []byte, forced Encoding) Decoded {
	if d, ok := fromBOM(b); ok {
		return d
	}
	if forced.enc != nil {
		return decodeWith(b, forced.enc, forced.name, "flag")
	}
	return detect(b)
}

func fromBOM(b []byte) (Decoded, bool) {
	switch {
	case bytes.HasPrefix(b, []byte("\xef\xbb\xbf")):
		return decodeWith(b[3:], encoding.Nop, "utf-8", "bom"), true
	case bytes.HasPrefix(b, []byte("\xfe\xff")):
		return decodeWith(b[2:], unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "utf-16be", "bom"), true
	case bytes.HasPrefix(b, []byte("\xff\xfe")):
		return decodeWith(b[2:], unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "utf-16le", "bom"), true
	}
	return Decoded{}, false
}

func detect(b []byte) Decoded {
	if utf8.Valid(b) {
		return Decoded{Text: string(b), Charset: "utf-8", By: "detected"}
	}
	if e, name := utf16Zeros(b); e != nil {
		return decodeWith(b, e, name, "detected")
	}
	return decodeWith(b, charmap.Windows1252, "windows-1252", "detected")
}

// utf16Zeros recognises UTF-16 text without a byte order mark by its zero
// bytes: mostly-ASCII UTF-16 has a zero in every other byte.
func utf16Zeros(b []byte) (encoding.Encoding, string) {
	n := min(len(b), 4096) &^ 1
	if n < 8 {
		return nil, ""
	}
	var even, odd int
	for i := 0; i < n; i += 2 {
		if b[i] == 0 {
			even++
		}
		if b[i+1] == 0 {
			odd++
		}
	}
	half := n / 2
	switch {
	case odd > half*6/10 && even < half/10:
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "utf-16le"
	case even > half*6/10 && odd < half/10:
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "utf-16be"
	}
	return nil, ""
}

// decodeWith decodes b with e; UTF-8 input that is not valid has its bad
// bytes replaced by U+FFFD, with a warning.
func decodeWith(b []byte, e encoding.Encoding, name, by string) Decoded {
	d := Decoded{Charset: name, By: by}
	if name == "utf-8" || e == encoding.Nop {
		d.Charset = "utf-8"
		if utf8.Valid(b) {
			d.Text = string(b)
			return d
		}
		d.Text = strings.ToValidUTF8(string(b), "\uFFFD")
		d.Warning = fmt.Errorf("source: declared UTF-8 (%s) but has invalid bytes, replaced by U+FFFD (set --encoding if the text is garbled)", by)
		return d
	}
	out, err := e.NewDecoder().Bytes(b)
	if err != nil {
		d.Text = strings.ToValidUTF8(string(b), "\uFFFD")
		d.Warning = fmt.Errorf("source: decode as %s: %w", name, err)
		return d
	}
	d.Text = string(out)
	return d
}

// metaCharset finds the charset an HTML page declares in its head
// (<meta charset=…> or an http-equiv Content-Type "…; charset=…"), looking
// through the whole head rather than the first 1024 bytes the WHATWG
// prescan reads: pages often put the declaration after long scripts.
func metaCharset(b []byte) (encoding.Encoding, string) {
	head := bytes.ToLower(b[:min(len(b), 64<<10)])
	if i := bytes.Index(head, []byte("</head")); i >= 0 {
		head = head[:i]
	}
	for off := 0; ; {
		i := bytes.Index(head[off:], []byte("charset"))
		if i < 0 {
			return nil, ""
		}
		off += i + len("charset")
		rest := bytes.TrimLeft(head[off:], " \t\r\n")
		if len(rest) == 0 || rest[0] != '=' {
			continue
		}
		rest = bytes.TrimLeft(rest[1:], " \t\r\n\"'")
		end := bytes.IndexAny(rest, "\"'; \t\r\n>/")
		if end < 0 {
			continue
		}
		if e, name := charset.Lookup(string(rest[:end])); e != nil {
			if name == "utf-16le" || name == "utf-16be" { // a page read as ASCII is not UTF-16: as the WHATWG prescan
				return encoding.Nop, "utf-8"
			}
			return e, name
		}
	}
}

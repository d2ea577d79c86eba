package show

import (
	"cmp"
	"slices"
	"strings"
)

// spanKind orders spans that start together: quotes outside mentions,
// mentions outside bare speaker spans.
type spanKind int

const (
	quoteSpan spanKind = iota
	mentionSpan
	speakerSpan
)

// span is a highlight over text[s:e] (code points) and its tags.
type span struct {
	s, e  int
	kind  spanKind
	open  string // the opening tag
	close string
}

// textEscaper escapes text content: &, < and > (apostrophes and quote
// marks need nothing there); a carriage return as a reference, which the
// HTML parser keeps (a bare one it folds into the next line feed); NUL,
// which the parser drops, as U+FFFD, so that every code point keeps its
// place.
var textEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", "\r", "&#13;", "\x00", "\uFFFD")

// markup writes text with the spans as elements. Spans must nest; a span
// that crosses another one already open is left out and returned, so that
// every element's text is exactly its span.
func markup(b *strings.Builder, text []rune, spans []span) (dropped []span) {
	slices.SortStableFunc(spans, func(x, y span) int {
		return cmp.Or(cmp.Compare(x.s, y.s), cmp.Compare(y.e, x.e), cmp.Compare(x.kind, y.kind))
	})
	var stack []span
	pos := 0
	emit := func(to int) {
		if to > pos {
			textEscaper.WriteString(b, string(text[pos:to]))
			pos = to
		}
	}
	closeTo := func(at int) {
		for len(stack) > 0 && stack[len(stack)-1].e <= at {
			top := stack[len(stack)-1]
			emit(top.e)
			b.WriteString(top.close)
			stack = stack[:len(stack)-1]
		}
	}
	for _, sp := range spans {
		if sp.s < 0 || sp.e > len(text) || sp.e <= sp.s {
			dropped = append(dropped, sp)
			continue
		}
		closeTo(sp.s)
		if n := len(stack); n > 0 && sp.e > stack[n-1].e {
			dropped = append(dropped, sp)
			continue
		}
		emit(sp.s)
		b.WriteString(sp.open)
		stack = append(stack, sp)
	}
	closeTo(len(text))
	emit(len(text))
	return dropped
}

package clean

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// FuzzCollapseSpace checks collapseSpace against joining the fields of s.
func FuzzCollapseSpace(f *testing.F) {
	for _, s := range []string{"", " ", "a", " a  b\tc\n", "a b", "a\u00a0b", "\u2003x\u0085", "x\xff y ", "a  ", "  a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := collapseSpace(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Fatalf("collapseSpace(%q) = %q, want %q", s, got, want)
		}
	})
}

// FuzzRuneCount checks runeCount against utf8.RuneCount.
func FuzzRuneCount(f *testing.F) {
	for _, s := range []string{"", "abc", "caf\u00e9 na\u00efve \u2019quotes\u2019 \U0001F600 and more text", "\xe2\x82 x", "\x80\x80\xc3", "0123456789abcdef\u00e9"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, p []byte) {
		if got, want := runeCount(p), utf8.RuneCount(p); got != want {
			t.Fatalf("runeCount(%q) = %d, want %d", p, got, want)
		}
	})
}

// FuzzFieldsSeq checks fieldsSeq against strings.Fields.
func FuzzFieldsSeq(f *testing.F) {
	for _, s := range []string{"", " ", "a", " a  b\tc\n", "a\u00a0b", "\u2003x\u0085", "x\xff y ", "\v\f"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var got []string
		for w := range fieldsSeq(s) {
			got = append(got, w)
		}
		if want := strings.Fields(s); !slices.Equal(got, want) {
			t.Fatalf("fieldsSeq(%q) = %q, want %q", s, got, want)
		}
	})
}

// FuzzTrimmedTextAtLeast checks trimmedTextAtLeast against measuring the
// trimmed text, and furnitureToken's ASCII path against lowering.
func FuzzTrimmedTextAtLeast(f *testing.F) {
	for _, s := range []string{"", "<p> a </p>", "<div>\u00a0 x<script>y</script> <b>zz</b>\u2003</div>", "<p>\xff  </p><p>q</p>",
		"Share-Buttons", "tag-social", "most-read", "xSideBarx", "AD", "Category-share", "byline\u00e9", "s"} {
		f.Add(s, 3)
	}
	f.Fuzz(func(t *testing.T, page string, k int) {
		if k < 1 || k > 200 {
			return
		}
		doc, err := html.Parse(strings.NewReader(page))
		if err != nil {
			return
		}
		if got, want := trimmedTextAtLeast(doc, k), len(strings.TrimSpace(textOf(doc))) >= k; got != want {
			t.Fatalf("trimmedTextAtLeast(%q, %d) = %v, want %v", page, k, got, want)
		}
		if got, want := furnitureToken(page), furnitureTokenSlow(page); got != want {
			t.Fatalf("furnitureToken(%q) = %v, want %v", page, got, want)
		}
	})
}

// furnitureTokenSlow is furnitureToken as it was: lowering with
// strings.ToLower.
func furnitureTokenSlow(t string) bool {
	t = strings.ToLower(t)
	if strings.HasPrefix(t, "tag-") || strings.HasPrefix(t, "category-") {
		return false
	}
	if furnitureNames[t] {
		return true
	}
	for i := 0; i < len(t); i++ {
		for _, w := range furnitureWordsFrom[t[i]] {
			if strings.HasPrefix(t[i:], w) {
				return true
			}
		}
	}
	return false
}

// blockTextSlow is blockText as it was: the text first, then split and
// collapsed.
func blockTextSlow(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			return
		case html.ElementNode:
			if hiddenTag(n.Data) {
				return
			}
		}
		block := n.Type == html.ElementNode && blockTag(n.Data)
		if block {
			b.WriteByte('\n')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			b.WriteByte('\n')
		}
	}
	walk(n)
	var out strings.Builder
	for l := range strings.SplitSeq(b.String(), "\n") {
		if l = collapseSpace(l); l != "" {
			if out.Len() > 0 {
				out.WriteByte('\n')
			}
			out.WriteString(l)
		}
	}
	return out.String()
}

// FuzzCollapser checks blockText against collapsing after the fact, the
// collapser's units against collapseSpace and collapsedRunes against
// counting collapseSpace's result.
func FuzzCollapser(f *testing.F) {
	for _, s := range []string{"", "<p> a \n b </p>c<div>\u00a0d\u2028e</div>", "x<br>y\r\nz", "<td>a</td><td> b</td>", "\xff \xc3"} {
		f.Add(s, 3)
	}
	f.Fuzz(func(t *testing.T, page string, cut int) {
		if doc, err := html.Parse(strings.NewReader(page)); err == nil {
			if got, want := blockText(doc), blockTextSlow(doc); got != want {
				t.Fatalf("blockText(%q) = %q, want %q", page, got, want)
			}
		}
		if cut < 0 || cut > len(page) {
			return
		}
		for cut > 0 && cut < len(page) && !utf8.RuneStart(page[cut]) {
			cut-- // text nodes hold whole code points
		}
		var c collapser
		c.write(page[:cut])
		c.write(page[cut:])
		if got, want := c.take(), collapseSpace(page); got != want {
			t.Fatalf("collapser(%q | %q) = %q, want %q", page[:cut], page[cut:], got, want)
		}
		if got, want := collapsedRunes(page), utf8.RuneCountInString(collapseSpace(page)); got != want {
			t.Fatalf("collapsedRunes(%q) = %d, want %d", page, got, want)
		}
	})
}

// FuzzBodyHint checks isBodyHint against bodyHintRE.
func FuzzBodyHint(f *testing.F) {
	for h := range bodyHints {
		f.Add(h)
		f.Add(strings.ToUpper(h))
	}
	for _, s := range []string{"", "article-body-x", "xarticlebody", "Blog_Post-Content", "\u212aey", "poſt-body", "content"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isBodyHint(s), bodyHintRE.MatchString(s); got != want {
			t.Fatalf("isBodyHint(%q) = %v, bodyHintRE says %v", s, got, want)
		}
	})
}

package show

import (
	"fmt"
	"html"
	"strings"
)

// bar is one bar of a chart: a label and a count.
type bar struct {
	label string
	n     int
	href  string // a link for the label, "" for none
}

// Chart geometry, in SVG user units.
const (
	barHeight  = 18
	labelWidth = 190
	barsWidth  = 220
)

// writeBars writes a horizontal bar chart as inline SVG, the count at the
// end of each bar, with a title and a text alternative.
func writeBars(b *strings.Builder, title, colour string, bars []bar) {
	fmt.Fprintf(b, "<figure><figcaption>%s</figcaption>", html.EscapeString(title))
	if len(bars) == 0 {
		b.WriteString(`<p class="muted">none</p></figure>`)
		return
	}
	most := 1
	for _, x := range bars {
		most = max(most, x.n)
	}
	h := barHeight * len(bars)
	fmt.Fprintf(b, `<svg role="img" width="%d" height="%d" viewBox="0 0 %d %d"><title>%s</title>`,
		labelWidth+barsWidth+50, h, labelWidth+barsWidth+50, h, html.EscapeString(title))
	for i, x := range bars {
		y := i * barHeight
		w := max(1, x.n*barsWidth/most)
		label := html.EscapeString(ellipsis(x.label, 28))
		if x.href != "" {
			label = fmt.Sprintf(`<a href="%s">%s</a>`, x.href, label)
		}
		fmt.Fprintf(b, `<text x="%d" y="%d" text-anchor="end">%s</text>`, labelWidth-6, y+13, label)
		fmt.Fprintf(b, `<rect x="%d" y="%d" width="%d" height="%d" fill="%s"><title>%s: %d</title></rect>`,
			labelWidth, y+2, w, barHeight-4, colour, html.EscapeString(x.label), x.n)
		fmt.Fprintf(b, `<text x="%d" y="%d">%d</text>`, labelWidth+w+4, y+13, x.n)
	}
	b.WriteString("</svg></figure>")
}

func ellipsis(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// histogram buckets per-article counts: 0, 1, 2–3, 4–7, 8–15, … .
func histogram(counts []int) []bar {
	var bars []bar
	for lo := 0; ; {
		hi := max(lo, 2*lo-1)
		if lo == 1 {
			hi = 1
		}
		n, more := 0, false
		for _, c := range counts {
			if c >= lo && c <= hi {
				n++
			}
			if c > hi {
				more = true
			}
		}
		label := fmt.Sprint(lo)
		if hi > lo {
			label = fmt.Sprintf("%d–%d", lo, hi)
		}
		bars = append(bars, bar{label: label, n: n})
		if !more {
			return bars
		}
		lo = hi + 1
	}
}

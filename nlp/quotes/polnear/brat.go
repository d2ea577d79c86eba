package polnear

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
)

// Fragment is a half-open range of code points.
type Fragment struct{ Start, End int }

// TextBound is a brat text-bound annotation ("T3 Content 115 290").
type TextBound struct {
	Type      string
	Fragments []Fragment
}

// Annotation is one brat .ann file: its text-bound spans by id, and its
// events (the E lines) as role → span id maps.
type Annotation struct {
	Spans  map[string]TextBound
	Events []map[string]string
}

// ReadAnn reads a brat standoff file.
func ReadAnn(path string) (Annotation, error) {
	f, err := os.Open(path)
	if err != nil {
		return Annotation{}, fmt.Errorf("polnear: %w", err)
	}
	defer f.Close()
	a := Annotation{Spans: map[string]TextBound{}}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	line := 0
	for sc.Scan() {
		line++
		parts := strings.Split(sc.Text(), "\t")
		if len(parts) < 2 || parts[0] == "" {
			continue
		}
		switch parts[0][0] {
		case 'T':
			typ, frags, ok := strings.Cut(parts[1], " ")
			if !ok {
				return Annotation{}, fmt.Errorf("polnear: %s:%d: malformed span %q", path, line, parts[1])
			}
			tb := TextBound{Type: typ}
			for _, fr := range strings.Split(frags, ";") {
				ab := strings.Fields(fr)
				if len(ab) != 2 {
					return Annotation{}, fmt.Errorf("polnear: %s:%d: malformed fragment %q", path, line, fr)
				}
				s, err1 := strconv.Atoi(ab[0])
				e, err2 := strconv.Atoi(ab[1])
				if err1 != nil || err2 != nil {
					return Annotation{}, fmt.Errorf("polnear: %s:%d: malformed offsets %q", path, line, fr)
				}
				tb.Fragments = append(tb.Fragments, Fragment{s, e})
			}
			a.Spans[parts[0]] = tb
		case 'E':
			args := map[string]string{}
			for _, x := range strings.Fields(parts[1]) {
				if k, v, ok := strings.Cut(x, ":"); ok {
					args[k] = v
				}
			}
			a.Events = append(a.Events, args)
		}
	}
	if err := sc.Err(); err != nil {
		return Annotation{}, fmt.Errorf("polnear: %s: %w", path, err)
	}
	return a, nil
}

// GoldQuote is a gold quoted segment and the Source fragments of its
// attribution (none when the attribution has no source).
type GoldQuote struct {
	Fragment
	Sources []Fragment
}

// GoldQuotes returns the gold quotes of text, given as code points.
func GoldQuotes(text []rune, a Annotation) []GoldQuote {
	var out []GoldQuote
	for _, ev := range a.Events {
		cid, ok := ev["Content"]
		if !ok {
			continue
		}
		content, ok := a.Spans[cid]
		if !ok {
			continue
		}
		var src []Fragment
		if s, ok := a.Spans[ev["Source"]]; ok {
			src = s.Fragments
		}
		for _, fr := range content.Fragments {
			for _, seg := range QuotedSegments(text, fr.Start, fr.End) {
				out = append(out, GoldQuote{seg, src})
			}
		}
	}
	return out
}

// QuotedSegments returns the quoted segments of text[a:b], marks excluded
// and edges trimmed; segments shorter than two code points are dropped.
func QuotedSegments(text []rune, a, b int) []Fragment {
	b = min(b, len(text))
	var segs []Fragment
	start := -1
	var closer string
	for i := a; i < b; {
		ch, step := string(text[i]), 1
		if text[i] == '\'' && i+1 < len(text) && text[i+1] == '\'' {
			ch, step = "''", 2
		}
		if start < 0 {
			switch ch {
			case "\u201c":
				start, closer = i+step, "\u201d"
			case `"`, "''":
				start, closer = i+step, ch
			}
		} else if ch == closer || ch == "\n" {
			if i > start {
				segs = append(segs, Fragment{start, i})
			}
			start = -1
		}
		i += step
	}
	if start >= 0 && b > start {
		segs = append(segs, Fragment{start, b})
	}
	out := segs[:0]
	for _, s := range segs {
		s = strip(text, s)
		if s.End-s.Start >= 2 {
			out = append(out, s)
		}
	}
	return out
}

// Segments splits text[s:e] (clamped to the text) at line breaks and trims
// each part of spaces, quote marks and edge punctuation; parts shorter than
// two code points are dropped. Quotes are scored segment by segment.
func Segments(text []rune, s, e int) []Fragment {
	s, e = max(s, 0), min(e, len(text))
	var out []Fragment
	a := s
	for i := s; i < e; i++ {
		if text[i] == '\n' {
			if f := strip(text, Fragment{a, i}); f.End-f.Start >= 2 {
				out = append(out, f)
			}
			a = i + 1
		}
	}
	if f := strip(text, Fragment{a, e}); f.End-f.Start >= 2 {
		out = append(out, f)
	}
	return out
}

func strip(text []rune, f Fragment) Fragment {
	s, e := f.Start, f.End
	for s < e && isJunk(text[s]) {
		s++
	}
	for e > s && isJunk(text[e-1]) {
		e--
	}
	return Fragment{s, e}
}

func isJunk(r rune) bool {
	return strings.ContainsRune(" \t\n\u201c\u201d\"\u2018\u2019',.;:\u2014\u2013-", r)
}

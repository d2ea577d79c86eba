package wordpiece

import (
	"slices"

	"github.com/newsnlp/newsnlp/nlp"
)

// Window is one model input built from a sentence: the tokenizer's leading
// special ids (BERT: [CLS]), a run of the sentence's pieces, its trailing
// special ids (BERT: [SEP]). All slices have the same length.
//
// The slices of the windows of one Sentence or Windows call may share a backing array;
// each is capped at its own length, so appending to one never overwrites
// another.
type Window struct {
	// Window numbers the windows of a sentence from 0.
	Window int
	// InputIDs are the vocabulary ids, special ids included.
	InputIDs []int32
	// Starts and Ends are the byte range in Doc.Text of each piece (see
	// Piece), -1 for the special ids.
	Starts, Ends []int32
	// WordIDs is, for each piece, the index within the sentence (0 for the
	// sentence's first token) of the Doc token the piece belongs to: the
	// token whose byte range contains the piece's anchor (its start, or for
	// a piece that begins with white space, as byte-level BPE's "Ġword"
	// does, its first other character); for a piece anchored outside every
	// token, the last token that starts before it, else the sentence's
	// first token. -1 for the special ids, and for every piece of a
	// sentence without tokens.
	WordIDs []int32
	// NERTags are BIO tags over the labels of Doc.Mentions: a piece whose
	// anchor lies inside a mention is tagged "B-"+label if it is the first
	// piece of the mention in the sentence, else "I-"+label, so that
	// continuation pieces ("##…") and later words of the mention are all
	// I-; every other piece, the special ids included, is "O". When
	// mentions overlap, the one that starts first wins. Tags are computed
	// over the whole sentence before it is cut into windows, so a window
	// that begins inside a mention begins with I-.
	NERTags []string
}

// Sentence encodes sentence number sentence of d with e; see Windows. It
// reuses the encoder's scratch buffers.
func (e *Encoder) Sentence(d *nlp.Doc, sentence int, maxLength, stride int) []Window {
	s, _ := e.scratch.Get().(*scratch)
	if s == nil {
		s = new(scratch)
	}
	defer e.scratch.Put(s)
	return windows(e, d, sentence, maxLength, stride, s)
}

// Windows encodes sentence number sentence of d (d.Sentences[sentence])
// with t and returns its windows; nil if there is no such sentence, if its
// span is not inside d.Text or if d.Text is 2 GiB or longer.
//
// The pieces are those of t.Append over the sentence's text, with offsets
// into d.Text. A window is the tokenizer's leading special ids, a run of
// pieces, its trailing special ids (BERT: [CLS] … [SEP]). If all pieces fit
// in maxLength, or maxLength is 0 or less, there is one window. Otherwise the
// sentence is cut as HuggingFace tokenizers cut an encoding with truncation
// to maxLength, return_overflowing_tokens and stride: every window holds up
// to L = maxLength minus the special ids pieces; window k starts at piece
// k*(L-stride), so consecutive windows share stride pieces; the last window
// is the first one that reaches the sentence's last piece. L below 1 counts
// as 1; stride is clamped to [0, L-1]. A sentence without pieces (only
// spaces or controls) gives one window of the special ids alone.
func Windows(t Tokenizer, d *nlp.Doc, sentence int, maxLength, stride int) []Window {
	return windows(t, d, sentence, maxLength, stride, new(scratch))
}

func windows(t Tokenizer, d *nlp.Doc, sentence int, maxLength, stride int, s *scratch) []Window {
	if d == nil || sentence < 0 || sentence >= len(d.Sentences) || len(d.Text) > 1<<31-1 {
		return nil
	}
	sent := d.Sentences[sentence]
	if sent.Start < 0 || sent.Start > sent.End || sent.End > len(d.Text) {
		return nil
	}
	before, after := t.Template()
	nb, na := len(before), len(after)

	// Pieces of the sentence, offsets into d.Text.
	if e, ok := t.(*Encoder); ok {
		s.pieces = e.appendPieces(s.pieces[:0], d.Text[sent.Start:sent.End], s)
	} else {
		s.pieces = t.Append(s.pieces[:0], d.Text[sent.Start:sent.End])
	}
	pieces := s.pieces
	for i := range pieces {
		pieces[i].Start += int32(sent.Start)
		pieces[i].End += int32(sent.Start)
	}
	s.anchors = anchors(s.anchors[:0], pieces, d.Text)
	s.wordIDs = wordIDs(s.wordIDs[:0], s.anchors, d, sent)
	s.tags = nerTags(s.tags[:0], s.anchors, d, sent)

	// Window bounds.
	n := len(pieces)
	width := n
	if maxLength > 0 {
		width = max(maxLength-nb-na, 1)
	}
	stride = min(max(stride, 0), width-1)
	var bounds [][2]int
	if n <= width {
		bounds = [][2]int{{0, n}}
	} else {
		for start := 0; ; start += width - stride {
			stop := min(start+width, n)
			bounds = append(bounds, [2]int{start, stop})
			if stop == n {
				break
			}
		}
	}

	total := 0
	for _, b := range bounds {
		total += b[1] - b[0] + nb + na
	}
	ints := make([]int32, 4*total)
	strs := make([]string, total)
	windows := make([]Window, len(bounds))
	for k, b := range bounds {
		m := b[1] - b[0] + nb + na
		w := Window{
			Window:   k,
			InputIDs: ints[0:m:m],
			Starts:   ints[m : 2*m : 2*m],
			Ends:     ints[2*m : 3*m : 3*m],
			WordIDs:  ints[3*m : 4*m : 4*m],
			NERTags:  strs[0:m:m],
		}
		ints, strs = ints[4*m:], strs[m:]
		copy(w.InputIDs, before)
		copy(w.InputIDs[m-na:], after)
		for _, j := range specialPositions(nb, na, m) {
			w.Starts[j], w.Ends[j], w.WordIDs[j], w.NERTags[j] = -1, -1, -1, "O"
		}
		for j, p := range pieces[b[0]:b[1]] {
			w.InputIDs[nb+j] = p.ID
			w.Starts[nb+j], w.Ends[nb+j] = p.Start, p.End
		}
		copy(w.WordIDs[nb:], s.wordIDs[b[0]:b[1]])
		copy(w.NERTags[nb:], s.tags[b[0]:b[1]])
		windows[k] = w
	}
	return windows
}

// specialPositions returns the indices of the nb leading and na trailing
// special ids of a window of m ids.
func specialPositions(nb, na, m int) []int {
	pos := make([]int, 0, nb+na)
	for j := range nb {
		pos = append(pos, j)
	}
	for j := m - na; j < m; j++ {
		pos = append(pos, j)
	}
	return pos
}

// anchors appends to dst the position each piece is aligned by: its start,
// or for a piece that begins with white space (byte-level BPE's "Ġword",
// SentencePiece's "▁word") its first other character.
func anchors(dst []int32, pieces []Piece, text string) []int32 {
	for _, p := range pieces {
		a := p.Start
		for a < p.End && isSpaceByte(text[a]) {
			a++
		}
		if a == p.End {
			a = p.Start
		}
		dst = append(dst, a)
	}
	return dst
}

func isSpaceByte(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }

// wordIDs appends to dst the sentence-relative token index of each piece,
// given the pieces' anchors in text order (see Window.WordIDs).
func wordIDs(dst []int32, anchors []int32, d *nlp.Doc, sent nlp.Sentence) []int32 {
	first, end := sent.FirstToken, sent.EndToken
	if first < 0 || end > len(d.Tokens) || first >= end {
		for range anchors {
			dst = append(dst, -1)
		}
		return dst
	}
	toks := d.Tokens[first:end]
	j := 0
	for _, a := range anchors {
		for j+1 < len(toks) && toks[j+1].Start <= int(a) {
			j++
		}
		dst = append(dst, int32(j))
	}
	return dst
}

// nerTags appends to dst the BIO tag of each piece, given the pieces'
// anchors in text order (see Window.NERTags).
func nerTags(dst []string, anchors []int32, d *nlp.Doc, sent nlp.Sentence) []string {
	n0 := len(dst)
	for range anchors {
		dst = append(dst, "")
	}
	tags := dst[n0:]
	var ms []nlp.Mention
	for _, m := range d.Mentions {
		if m.Start < sent.End && m.End > sent.Start && m.Start < m.End {
			ms = append(ms, m)
		}
	}
	slices.SortStableFunc(ms, func(a, b nlp.Mention) int { return a.Start - b.Start })
	for _, m := range ms {
		// First piece starting at or after the mention's start.
		i, _ := slices.BinarySearch(anchors, int32(m.Start))
		begin := true
		for ; i < len(anchors) && int(anchors[i]) < m.End; i++ {
			if tags[i] != "" {
				continue
			}
			tags[i] = tag(m.Label, begin)
			begin = false
		}
	}
	for i, t := range tags {
		if t == "" {
			tags[i] = "O"
		}
	}
	return dst
}

// tag returns "B-"+l or "I-"+l, without allocating for the known labels.
func tag(l nlp.Label, begin bool) string {
	if begin {
		switch l {
		case nlp.Person:
			return "B-PERSON"
		case nlp.Location:
			return "B-LOCATION"
		case nlp.Organization:
			return "B-ORGANIZATION"
		case nlp.Misc:
			return "B-MISC"
		}
		return "B-" + string(l)
	}
	switch l {
	case nlp.Person:
		return "I-PERSON"
	case nlp.Location:
		return "I-LOCATION"
	case nlp.Organization:
		return "I-ORGANIZATION"
	case nlp.Misc:
		return "I-MISC"
	}
	return "I-" + string(l)
}

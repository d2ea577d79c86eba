package synth

import (
	"bufio"
	_ "embed"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"unicode"
	"unicode/utf8"
)

//go:embed speakers.txt
var speakersFile string

// SyndicationOptions says how to make a corpus of syndicated stories.
type SyndicationOptions struct {
	// Stories is the number of original stories (at least 1). Each is
	// published by one outlet and copied by up to MaxCopies others.
	Stories int
	// MaxCopies is the most copies of a story; 0 means 4.
	MaxCopies int
	// Seed makes the corpus: the same seed and source give the same bytes.
	Seed int64
	// IDPrefix starts every article id; default "syn-".
	IDPrefix string
}

// Validate reports whether the options can be used.
func (o SyndicationOptions) Validate() error {
	if o.Stories < 1 {
		return fmt.Errorf("synth: stories must be at least 1, got %d", o.Stories)
	}
	if o.MaxCopies < 0 {
		return fmt.Errorf("synth: max copies must not be negative, got %d", o.MaxCopies)
	}
	return nil
}

// Truth is the ground truth of one article of a syndicated corpus, written
// as one JSON line beside the corpus.
type Truth struct {
	ID string `json:"id"`
	// Story numbers the original story; copies share it.
	Story int  `json:"story"`
	Copy  bool `json:"copy"`
	// Quotes are the quotations placed in the article.
	Quotes []TruthQuote `json:"quotes"`
}

// TruthQuote is one quotation placed in an article.
type TruthQuote struct {
	// Quotation numbers the quotation: its copies, repetitions in other
	// stories and partial quotes of it share it.
	Quotation int `json:"quotation"`
	// Text is the text between the quote marks, as written.
	Text string `json:"text"`
	// Speaker is the index of the speaker in the speaker list; SpeakerName
	// the name as written in the attribution.
	Speaker     int    `json:"speaker"`
	SpeakerName string `json:"speaker_name"`
	Partial     bool   `json:"partial"`
}

type speaker struct{ full, surname, role string }

func loadSpeakers() []speaker {
	var out []speaker
	for line := range strings.SplitSeq(speakersFile, "\n") {
		if line = strings.TrimSpace(line); line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, role, _ := strings.Cut(line, "\t")
		f := strings.Fields(name)
		out = append(out, speaker{full: name, surname: f[len(f)-1], role: role})
	}
	return out
}

// outlets publish the stories, each with its own boilerplate.
var outlets = []struct{ name, header, footer string }{
	{"Harbour Times", "Harbour Times staff and wire reports", "Copyright Harbour Times. All rights reserved. This material may not be published, broadcast, rewritten or redistributed."},
	{"Daily Ledger", "From the Daily Ledger newsroom", "Subscribe to the Daily Ledger newsletter for the day's top stories, delivered every morning."},
	{"Northern Post", "Northern Post — news desk", "Follow the Northern Post on social media for live updates on this and other stories."},
	{"Valley Courier", "Valley Courier wire service", "Reporting by the Valley Courier wire service; editing by the Valley Courier news desk."},
	{"Metro Observer", "Metro Observer", "Have a news tip? Contact the Metro Observer newsroom. Comments on this article are closed."},
	{"Coastal Herald", "Coastal Herald correspondents", "The Coastal Herald is an independent newspaper. Support our journalism with a subscription today."},
}

// quotation is one quotation made for the corpus.
type quotation struct {
	id      int
	text    string
	speaker int
}

// Syndicate writes a corpus of syndicated news as JSONL to w and its
// ground truth (one Truth per article, same order) to truth. Each story is
// made of paragraphs drawn from the source corpus plus one to three
// quotations by listed speakers; its copies, published by other outlets,
// have an edited headline, trimmed or reordered paragraphs, their outlet's
// boilerplate and the attributions written another way (full name,
// surname, "told reporters"). A quarter of the stories repeat a quotation
// of an earlier story, and some quote a fragment of one (a partial quote).
func (c *Corpus) Syndicate(w, truth io.Writer, opts SyndicationOptions) (Stats, error) {
	var st Stats
	if c == nil || len(c.articles) == 0 {
		return st, ErrEmptyCorpus
	}
	if err := opts.Validate(); err != nil {
		return st, err
	}
	if opts.MaxCopies == 0 {
		opts.MaxCopies = 4
	}
	if opts.IDPrefix == "" {
		opts.IDPrefix = "syn-"
	}
	speakers := loadSpeakers()
	rng := rand.New(rand.NewPCG(uint64(opts.Seed), 0x5eed))
	bw, tw := bufio.NewWriterSize(w, 1<<20), bufio.NewWriter(truth)
	tenc := json.NewEncoder(tw)
	tenc.SetEscapeHTML(false)
	var made []quotation
	used := map[int32]bool{} // paragraphs quoted from: distinct quotations do not share words
	deck := &deck{pool: c.pool, rng: rng}
	n := 0
	for story := 1; story <= opts.Stories; story++ {
		s := c.newStory(rng, deck, speakers, &made, used, story)
		copies := rng.IntN(opts.MaxCopies + 1)
		outlet := rng.IntN(len(outlets))
		for k := 0; k <= copies; k++ {
			n++
			art, tr := s.render(rng, speakers, (outlet+k)%len(outlets), k > 0)
			tr.ID = fmt.Sprintf("%s%06d", opts.IDPrefix, n)
			line, err := json.Marshal(map[string]string{
				"id": tr.ID, "title": art.title, "date": art.date, "source": art.source, "text": art.text,
			})
			if err != nil {
				return st, fmt.Errorf("synth: %w", err)
			}
			line = append(line, '\n')
			if _, err := bw.Write(line); err != nil {
				return st, fmt.Errorf("synth: write: %w", err)
			}
			if err := tenc.Encode(tr); err != nil {
				return st, fmt.Errorf("synth: write truth: %w", err)
			}
			st.Articles++
			st.Paragraphs += int64(art.paragraphs)
			st.Bytes += int64(len(line))
		}
	}
	if err := bw.Flush(); err != nil {
		return st, fmt.Errorf("synth: write: %w", err)
	}
	if err := tw.Flush(); err != nil {
		return st, fmt.Errorf("synth: write truth: %w", err)
	}
	return st, nil
}

// story is an original story: body paragraphs and quotations to place.
type story struct {
	id     int
	title  string
	date   string
	body   []string
	quotes []placed
}

// placed is a quotation placed in a story, whole or as a fragment.
type placed struct {
	q       quotation
	partial string // the fragment quoted, "" for the whole quotation
	at      int    // body paragraph it follows
}

// deck deals the source paragraphs in a random order, reshuffling when
// all are dealt, so that distinct stories share no paragraph until the
// source is used up.
type deck struct {
	pool  []int32
	order []int
	rng   *rand.Rand
}

func (d *deck) next() int32 {
	if len(d.order) == 0 {
		d.order = d.rng.Perm(len(d.pool))
	}
	p := d.pool[d.order[0]]
	d.order = d.order[1:]
	return p
}

func (c *Corpus) newStory(rng *rand.Rand, deck *deck, speakers []speaker, made *[]quotation, used map[int32]bool, id int) *story {
	base := &c.articles[rng.IntN(len(c.articles))]
	s := &story{id: id, title: unescape(base.title), date: unescape(base.date)}
	k := 5 + rng.IntN(5)
	for range k {
		s.body = append(s.body, unescape(c.paras[deck.next()]))
	}
	nq := 1 + rng.IntN(3)
	for range nq {
		q := quotation{id: len(*made) + 1, text: c.quoteText(rng, used), speaker: rng.IntN(len(speakers))}
		*made = append(*made, q)
		s.quotes = append(s.quotes, placed{q: q, at: rng.IntN(len(s.body))})
	}
	// A quarter of the stories repeat an earlier story's quotation, whole
	// or as a fragment.
	if len(*made) > nq && rng.IntN(4) == 0 {
		old := (*made)[rng.IntN(len(*made)-nq)]
		p := placed{q: old, at: rng.IntN(len(s.body))}
		if rng.IntN(2) == 0 {
			p.partial = fragment(rng, old.text)
		}
		s.quotes = append(s.quotes, p)
	}
	return s
}

// quoteText cuts a quotation of 10 to 24 words out of a source paragraph
// not quoted from before (while there are such paragraphs).
func (c *Corpus) quoteText(rng *rand.Rand, used map[int32]bool) string {
	for tries := 0; ; tries++ {
		p := c.pool[rng.IntN(len(c.pool))]
		if used[p] && tries < 100 {
			continue
		}
		used[p] = true
		words := strings.FieldsFunc(unescape(c.paras[p]), func(r rune) bool {
			return unicode.IsSpace(r) || strings.ContainsRune("\"“”‘’'()[]", r)
		})
		if len(words) < 10 {
			continue
		}
		n := min(len(words), 10+rng.IntN(15))
		i := rng.IntN(len(words) - n + 1)
		q := strings.TrimRight(strings.Join(words[i:i+n], " "), ",;:.—-")
		r, size := utf8.DecodeRuneInString(q)
		return string(unicode.ToUpper(r)) + q[size:] + "."
	}
}

// fragment is 4 to 7 consecutive words of a quotation, without end punctuation.
func fragment(rng *rand.Rand, text string) string {
	words := strings.Fields(strings.TrimSuffix(text, "."))
	n := min(len(words), 4+rng.IntN(4))
	i := rng.IntN(len(words) - n + 1)
	return strings.ToLower(strings.TrimRight(strings.Join(words[i:i+n], " "), ",;:"))
}

type rendered struct {
	title, date, source, text string
	paragraphs                int
}

// render writes the story as published by an outlet; a copy is edited.
func (s *story) render(rng *rand.Rand, speakers []speaker, outlet int, isCopy bool) (rendered, Truth) {
	o := outlets[outlet]
	tr := Truth{Story: s.id, Copy: isCopy, Quotes: []TruthQuote{}}
	type item struct {
		text  string
		quote *TruthQuote
	}
	body := make([][]item, len(s.body)) // paragraphs, each followed by its quote paragraphs
	for i, p := range s.body {
		body[i] = []item{{text: p}}
	}
	for _, p := range s.quotes {
		sp := speakers[p.q.speaker]
		form := 0
		if isCopy {
			form = rng.IntN(3)
		}
		var para, name string
		switch {
		case p.partial != "":
			name = sp.full
			para = fmt.Sprintf("%s described the situation as “%s” in remarks earlier this week.", sp.full, p.partial)
		case form == 0:
			name = sp.full
			para = fmt.Sprintf("“%s” said %s, %s.", strings.TrimSuffix(p.q.text, ".")+",", sp.full, sp.role)
		case form == 1:
			name = sp.surname
			para = fmt.Sprintf("“%s” %s said.", strings.TrimSuffix(p.q.text, ".")+",", sp.surname)
		default:
			name = sp.full
			para = fmt.Sprintf("%s told reporters: \"%s\"", sp.full, p.q.text)
		}
		text := p.q.text
		if p.partial != "" {
			text = p.partial
		} else if form < 2 {
			text = strings.TrimSuffix(p.q.text, ".") + ","
		}
		body[p.at] = append(body[p.at], item{text: para, quote: &TruthQuote{Quotation: p.q.id, Text: text, Speaker: p.q.speaker, SpeakerName: name, Partial: p.partial != ""}})
	}
	if isCopy {
		if len(body) > 4 && rng.IntN(2) == 0 { // trim the last paragraphs (and their quotes)
			body = body[:len(body)-1-rng.IntN(2)]
		}
		if len(body) > 3 && rng.IntN(2) == 0 { // swap two paragraphs
			i := 1 + rng.IntN(len(body)-2)
			body[i], body[i+1] = body[i+1], body[i]
		}
	}
	var paras []string
	paras = append(paras, o.header)
	for _, b := range body {
		for _, it := range b {
			paras = append(paras, it.text)
			if it.quote != nil {
				tr.Quotes = append(tr.Quotes, *it.quote)
			}
		}
	}
	paras = append(paras, o.footer)
	title := s.title
	if isCopy {
		title = []string{"UPDATE: " + title, title + " | " + o.name, "Officials: " + title}[rng.IntN(3)]
	}
	return rendered{title: title, date: s.date, source: o.name, text: strings.Join(paras, "\n\n"), paragraphs: len(paras)}, tr
}

func unescape(b []byte) string {
	var s string
	if err := json.Unmarshal(append(append([]byte{'"'}, b...), '"'), &s); err != nil {
		return string(b)
	}
	return s
}

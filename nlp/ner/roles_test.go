package ner

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsnlp/newsnlp/internal/benchdata"
	"github.com/newsnlp/newsnlp/internal/modelfile"
	"github.com/newsnlp/newsnlp/nlp"
	"github.com/newsnlp/newsnlp/nlp/tokenize"
)

// roleText has short sentences (both edges near every token), an all-caps
// sentence, an acronym that is also a lower-case word, numbers and words
// outside the word cache.
const roleText = "Hi .\nYes\nWHO warns of IT risks , said Dr. Tedros Adhanom Ghebreyesus on 12 March 2020 .\n" +
	"THE PRESIDENT SPOKE IN WASHINGTON .\nXyzzqt Blorfian met Qwxv in Zzyzx-upon-Tweed .\n“ It ’s over , ” she said .\n"

// TestRoleRows checks, for every token, that the rows of the role table
// stand for exactly the features extract leaves out: the features of the
// roles used and those extract appends with skip make up the features it
// appends without skip (as multisets), and the summed weights agree. It
// does so with the table as built and with one where no row fits.
func TestRoleRows(t *testing.T) {
	m := mustDefault(t)
	texts := []string{roleText}
	if b, err := os.ReadFile("testdata/sentences.txt"); err == nil {
		texts = append(texts, string(b))
	}
	docs := []*nlp.Doc{}
	for _, text := range texts {
		docs = append(docs, whitespaceDoc(text))
	}
	if _, err := os.Stat(filepath.Join(benchdata.Dir(), benchdata.WikinewsFile)); err == nil { // else the texts above only
		tok := tokenize.New()
		for i, text := range benchdata.Wikinews(t) {
			if i%10 != 0 {
				continue
			}
			d := &nlp.Doc{Text: text}
			if err := tok.Annotate(d); err != nil {
				t.Fatal(err)
			}
			docs = append(docs, d)
		}
	}
	none := newRoleTable(m.joint, len(m.cacheRows), m.gaz)
	none.ok = [roleWords]bool{}
	for c := range none.state {
		none.state[c].Store(1)
	}
	for name, rt := range map[string]*roleTable{"built": m.roleTable(), "none fit": none} {
		used := 0
		for _, d := range docs {
			used += checkRoleRows(t, m, rt, d)
		}
		t.Logf("%s: %d rows used", name, used)
		if name == "none fit" && used != 0 {
			t.Errorf("none fit: %d rows used", used)
		}
		if name == "built" && used == 0 {
			t.Error("built: no row used")
		}
	}
}

// checkRoleRows checks the tokens of d (see TestRoleRows) and returns the
// number of role rows used.
func checkRoleRows(t *testing.T, m *Model, rt *roleTable, d *nlp.Doc) int {
	t.Helper()
	var words []string
	for _, tk := range d.Tokens {
		words = append(words, tk.Text)
	}
	sents := sentenceRanges(nil, d)
	infos := make([]tokInfo, len(words))
	var vocab docVocab
	m.prepare(words, sents, infos, &vocab)
	j := m.joint
	used := 0
	for _, s := range sents {
		v := rt.wordRows(nil, j, words, infos, s[0], s[1])
		for i := s[0]; i < s[1]; i++ {
			static := infos[i].cache < 0
			want := m.extract(nil, words, infos, s[0], s[1], i, nil, static, 0)
			var xr [1 + numRoles]int32
			skip := rt.tokenRows(&xr, infos[i].flags, v, i-s[0])
			xrows := xr[:]
			got := m.extract(nil, words, infos, s[0], s[1], i, nil, static, skip)
			// The features the rows stand for.
			if skip&skipBias != 0 {
				got = append(got, mix(tBias, 0, 0), mix(tFlags, uint64(infos[i].flags), 0))
			}
			for role, d := range roleOffset {
				if skip&roleSkip[role] == 0 {
					continue
				}
				if x := i + d; x < s[0] || x >= s[1] {
					got = edgeFeatures(got, role)
				} else {
					got = roleFeatures(got, role, words[x], &infos[x])
				}
			}
			slices.Sort(want)
			slices.Sort(got)
			if !slices.Equal(got, want) {
				t.Fatalf("token %d %q of %q: skip %b: features differ:\n got %x\nwant %x", i, words[i], strings.Join(words[s[0]:s[1]], " "), skip, got, want)
			}
			var accWant, accGot [2][numLabels]int32
			j.sum(j.lookup(nil, want), &accWant)
			j.sum(j.lookup(nil, m.extract(nil, words, infos, s[0], s[1], i, nil, static, skip)), &accGot)
			addRows(rt.rows, xrows, &accGot)
			if accGot != accWant {
				t.Fatalf("token %d %q: sums differ: got %v want %v", i, words[i], accGot, accWant)
			}
			for _, r := range xrows {
				if r != roleZero {
					used++
				}
			}
		}
	}
	return used
}

// TestPrepareKnownWords checks that prepare fills the same token infos
// from the words it has seen tagged (roleTable.known, and the gazetteer's
// first step of roleTable.info) as it computes for words it has not,
// with the words elsewhere in their sentences than when they were
// tagged.
func TestPrepareKnownWords(t *testing.T) {
	m := mustDefault(t)
	plain := &Model{gaz: m.gaz, clusters: m.clusters, cacheRows: m.cacheRows} // no joint: no role table
	if err := m.Annotate(whitespaceDoc(roleText)); err != nil {               // builds the rows of its cached words
		t.Fatal(err)
	}
	var reversed []string
	for _, line := range strings.Split(strings.TrimSpace(roleText), "\n") {
		f := strings.Fields(line)
		slices.Reverse(f)
		reversed = append(reversed, strings.Join(f, " "))
	}
	d := whitespaceDoc(strings.Join(reversed, "\n") + "\n")
	var words []string
	for _, tk := range d.Tokens {
		words = append(words, tk.Text)
	}
	sents := sentenceRanges(nil, d)
	got, want := make([]tokInfo, len(words)), make([]tokInfo, len(words))
	var v1, v2 docVocab
	m.prepare(words, sents, got, &v1)
	plain.prepare(words, sents, want, &v2)
	known, knownGaz := 0, 0
	for i := range got {
		if c := got[i].cache; c >= 0 && m.roleTable().state[c].Load() != 0 {
			known++
			if got[i].ngaz > 0 && m.roleTable().gazFirst(c).set {
				knownGaz++
			}
		}
		if got[i] != want[i] {
			t.Errorf("token %d %q: got %+v, want %+v", i, words[i], got[i], want[i])
		}
	}
	if known < len(words)/2 {
		t.Errorf("%d known words of %d", known, len(words))
	}
	if knownGaz == 0 {
		t.Error("no gazetteer match from a known word's first step")
	}
}

// TestLabelRows checks that the row of first-pass labels stands for
// exactly the features extractPass2 leaves out with skipLabels, for every
// token of sentences of one to four tokens under every label.
func TestLabelRows(t *testing.T) {
	m := mustDefault(t)
	rt := m.roleTable()
	if !m.joint.has2 {
		t.Skip("the default model has one pass")
	}
	words := []string{"Angela", "Merkel", "met", "officials"}
	checked := 0
	for n := 1; n <= len(words); n++ {
		infos := make([]tokInfo, n)
		var vocab docVocab
		m.prepare(words[:n], [][2]int{{0, n}}, infos, &vocab)
		for seed := range numLabels * numLabels {
			labels := make([]uint8, n)
			for i := range labels {
				labels[i] = uint8((seed + i*(seed/numLabels+1)) % numLabels)
			}
			p1 := &pass1Info{labels: labels}
			aggregate(p1, infos, labels, vocab.size())
			for i := range n {
				want := m.extractPass2(nil, infos, 0, n, i, p1, false)
				r, ok := rt.tokenLabelRow(labels, 0, n, i)
				if !ok {
					continue
				}
				checked++
				rest := m.extractPass2(nil, infos, 0, n, i, p1, true)
				lp, ln := uint64(numLabels), uint64(numLabels+1)
				if i > 0 {
					lp = uint64(labels[i-1])
				}
				if i+1 < n {
					ln = uint64(labels[i+1])
				}
				own := uint64(labels[i])
				got := append(slices.Clone(rest), mix(tPass1, own, 0), mix(tPass1Prev, lp, own), mix(tPass1Next, own, ln))
				slices.Sort(got)
				slices.Sort(want)
				if !slices.Equal(got, want) {
					t.Fatalf("n %d token %d labels %v: features differ", n, i, labels)
				}
				var accWant, accGot [numLabels]int32
				m.joint.sum2(m.joint.lookup(nil, want), &accWant)
				m.joint.sum2(m.joint.lookup(nil, rest), &accGot)
				addRows2(rt.labels, r, &accGot)
				if accGot != accWant {
					t.Fatalf("n %d token %d labels %v: sums differ", n, i, labels)
				}
			}
		}
	}
	if checked == 0 {
		t.Error("no label row fits")
	}
}

// TestRoleTableConcurrent tags the same texts from four goroutines with a
// model whose role table is empty at the start, so that the rows of a
// word may be built by several at once (run it with -race), and compares
// the mentions with those of the default model.
func TestRoleTableConcurrent(t *testing.T) {
	m := mustDefault(t)
	cold, err := decodeModel(modelfile.StringBytes(embedded))
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{roleText, roleText + roleText}
	if b, err := os.ReadFile("testdata/sentences.txt"); err == nil {
		texts = append(texts, string(b))
	}
	want := make([][]nlp.Mention, len(texts))
	for i, text := range texts {
		d := whitespaceDoc(text)
		if err := m.Annotate(d); err != nil {
			t.Fatal(err)
		}
		want[i] = d.Mentions
	}
	errs := make(chan error, 4*len(texts))
	for g := range 4 {
		go func() {
			for k := range texts {
				i := (k + g) % len(texts)
				d := whitespaceDoc(texts[i])
				err := cold.Annotate(d)
				if err == nil && !slices.Equal(d.Mentions, want[i]) {
					err = fmt.Errorf("text %d: mentions %v, want %v", i, d.Mentions, want[i])
				}
				errs <- err
			}
		}()
	}
	for range 4 * len(texts) {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}

// TestSumFeaturesFits checks the int16 test of sumFeatures at the edges.
func TestSumFeaturesFits(t *testing.T) {
	var w [][2][numLabels]int16
	for _, v := range []int16{32767, 1, -32768, -1, 0} {
		var r [2][numLabels]int16
		r[1][numLabels-1] = v
		w = append(w, r)
	}
	j := &joint{w: w, slots: make([]jointSlot, 8), mask: 7}
	for i := range w {
		k := fixKey(uint64(i + 1))
		j.slots[k&j.mask] = jointSlot{key: k, row: int32(i)}
	}
	for _, c := range []struct {
		feats []uint64
		ok    bool
	}{
		{[]uint64{1}, true}, {[]uint64{1, 2}, false}, {[]uint64{1, 4}, true}, {[]uint64{3}, true},
		{[]uint64{3, 4}, false}, {[]uint64{3, 2}, true}, {[]uint64{5, 5}, true}, {nil, true},
	} {
		if _, ok := sumFeatures(j, c.feats); ok != c.ok {
			t.Errorf("sumFeatures(%v) fits %v, want %v", c.feats, ok, c.ok)
		}
	}
}

package pos

import (
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
)

// TrainOptions configures Train.
type TrainOptions struct {
	// Epochs is the number of passes over the training data (default 10).
	Epochs int
	// Seed fixes the shuffling: the same seed and data give the same model.
	Seed uint64
	// Dev, when set, is scored after each epoch and logged.
	Dev []Sentence
	// RareCount: the identity features of words seen at most this often
	// are left out in training (0 keeps them all).
	RareCount int
	// Clusters, when set, are word classes learnt from unlabelled text:
	// "word<TAB>class64<TAB>class256<TAB>class1024" lines. Clustered words
	// join the lexicon, so their features are precomputed at load time.
	Clusters []byte
	// Log receives progress lines; nil discards them.
	Log io.Writer
}

// Frequent words with one dominant tag get that tag without scoring.
const (
	fixedMinCount = 20
	fixedMinShare = 0.97
)

// Train trains a tagger on sents with a greedy averaged perceptron: tags
// of earlier words are the tagger's own predictions, as at tagging time.
func Train(sents []Sentence, opt TrainOptions) (*Tagger, error) {
	if len(sents) == 0 {
		return nil, errors.New("pos: train: no sentences")
	}
	if opt.Epochs <= 0 {
		opt.Epochs = 10
	}
	logf := func(format string, args ...any) {
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, format, args...)
		}
	}

	// Tag set and lexicon.
	tagID := map[string]uint8{}
	var tags []string
	counts := map[string]map[string]int{}
	for _, s := range sents {
		if len(s.Words) != len(s.Tags) {
			return nil, errors.New("pos: train: sentence with words and tags of different lengths")
		}
		for i, w := range s.Words {
			tag := s.Tags[i]
			if _, ok := tagID[tag]; !ok {
				tags = append(tags, tag)
				tagID[tag] = 0
			}
			w = normalize(w)
			if counts[w] == nil {
				counts[w] = map[string]int{}
			}
			counts[w][tag]++
		}
	}
	if len(tags) > 200 {
		return nil, fmt.Errorf("pos: train: %d tags, at most 200 supported", len(tags))
	}
	slices.Sort(tags)
	for i, tag := range tags {
		tagID[tag] = uint8(i)
	}
	nT := len(tags)
	clusterOf, err := parseClusters(opt.Clusters)
	if err != nil {
		return nil, err
	}
	words := []string{start2, start1, end1, end2}
	for w := range counts {
		words = append(words, w)
	}
	for w := range clusterOf {
		if _, ok := counts[w]; !ok {
			words = append(words, w)
		}
	}
	slices.Sort(words)
	words = slices.Compact(words)
	cls := make([]clusters, len(words))
	lexCl := make(map[string]clusters, len(words))
	for i, w := range words {
		cl, ok := clusterOf[w]
		if !ok {
			cl = clusterOf[strings.ToLower(w)]
		}
		cls[i] = cl
		lexCl[w] = cl
	}
	fixed := make([]uint8, len(words))
	for i, w := range words {
		fixed[i] = noTag
		total, bestN, best := 0, 0, ""
		for tag, n := range counts[w] {
			total += n
			if n > bestN || (n == bestN && tag < best) {
				bestN, best = n, tag
			}
		}
		if total >= fixedMinCount && float64(bestN)/float64(total) >= fixedMinShare {
			fixed[i] = tagID[best]
		}
	}
	lexFixed := make(map[string]uint8, len(words))
	for i, w := range words {
		lexFixed[w] = fixed[i]
	}

	// Static feature ids of every token, computed once.
	p := newPerceptron(nT)
	type sentFeats struct {
		gold   []uint8
		fixed  []uint8
		static [][]int32
		t1part []uint64
	}
	data := make([]sentFeats, len(sents))
	var keys []uint64
	for si, s := range sents {
		n := len(s.Words)
		norm := make([]string, n+4)
		norm[0], norm[1], norm[n+2], norm[n+3] = start2, start1, end1, end2
		for i, w := range s.Words {
			norm[i+2] = normalize(w)
		}
		sf := sentFeats{gold: make([]uint8, n), fixed: make([]uint8, n), static: make([][]int32, n), t1part: make([]uint64, n)}
		for i := range n {
			pos := i + 2
			sf.gold[i] = tagID[s.Tags[i]]
			sf.fixed[i] = lexFixed[norm[pos]]
			wc := 0
			for _, c := range counts[norm[pos]] {
				wc += c
			}
			keys = slotKeysRare(keys[:0], norm[pos], slotCur, lexCl[norm[pos]], wc <= opt.RareCount)
			keys = slotKeys(keys, norm[pos-1], slotP1, lexCl[norm[pos-1]])
			keys = slotKeys(keys, norm[pos+1], slotN1, lexCl[norm[pos+1]])
			ids := make([]int32, len(keys))
			for k, key := range keys {
				ids[k] = p.id(key)
			}
			sf.static[i] = ids
			sf.t1part[i] = t1LowerPartial(norm[pos])
		}
		data[si] = sf
	}
	logf("pos: %d sentences, %d tags, %d words, %d static features\n", len(sents), nT, len(words), len(p.ids))

	rng := rand.New(rand.NewPCG(opt.Seed, 0x9e3779b97f4a7c15))
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	scores := make([]float32, nT)
	feats := make([]int32, 0, 64)
	for epoch := 1; epoch <= opt.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		right, total := 0, 0
		for _, si := range order {
			sf := data[si]
			p1, p2 := uint8(nT), uint8(nT+1)
			for i, gold := range sf.gold {
				guess := sf.fixed[i]
				if guess == noTag {
					feats = append(feats[:0], sf.static[i]...)
					feats = append(feats,
						p.id(keyTag(tT1, p1, 0)), p.id(keyTag(tT2, p2, 0)), p.id(keyTag(tT12, p1, p2)),
						p.id(finish(sf.t1part[i], p1)))
					guess = p.predict(scores, feats)
					p.update(gold, guess, feats)
				}
				p.tick()
				if guess == gold {
					right++
				}
				total++
				p2, p1 = p1, guess
			}
		}
		msg := fmt.Sprintf("pos: epoch %d: train accuracy %.4f", epoch, float64(right)/float64(total))
		if len(opt.Dev) > 0 {
			t := p.tagger(tags, words, fixed, cls, false)
			msg += fmt.Sprintf(", dev accuracy %.4f", t.Accuracy(opt.Dev))
		}
		logf("%s\n", msg)
	}
	return p.tagger(tags, words, fixed, cls, true), nil
}

// parseClusters reads "word<TAB>c64<TAB>c256<TAB>c1024" lines into a map
// from the normalised word to its classes plus one.
func parseClusters(b []byte) (map[string]clusters, error) {
	out := map[string]clusters{}
	n := 0
	for line := range strings.Lines(string(b)) {
		n++
		line = strings.TrimRight(line, "\r\n")
		if line == "" {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			return nil, fmt.Errorf("pos: clusters line %d: want 4 tab-separated fields, got %d", n, len(f))
		}
		var cl clusters
		for k := range cl {
			c, err := strconv.ParseUint(f[k+1], 10, 16)
			if err != nil || c >= 1<<16-1 {
				return nil, fmt.Errorf("pos: clusters line %d: bad class %q", n, f[k+1])
			}
			cl[k] = uint16(c) + 1
		}
		out[normalize(f[0])] = cl // a later form wins ("“" over `"`)
	}
	return out, nil
}

// perceptron holds the weights of an averaged perceptron being trained.
type perceptron struct {
	nT     int
	ids    map[uint64]int32
	keys   []uint64
	w      []float32 // current weights, id*nT + tag
	totals []float64 // running sums for averaging
	stamps []int32   // step of each weight's last change
	step   int32
}

func newPerceptron(nT int) *perceptron {
	return &perceptron{nT: nT, ids: make(map[uint64]int32)}
}

// id returns the row of feature key k, adding it if new.
func (p *perceptron) id(k uint64) int32 {
	if id, ok := p.ids[k]; ok {
		return id
	}
	id := int32(len(p.keys))
	p.ids[k] = id
	p.keys = append(p.keys, k)
	p.w = append(p.w, make([]float32, p.nT)...)
	p.totals = append(p.totals, make([]float64, p.nT)...)
	p.stamps = append(p.stamps, make([]int32, p.nT)...)
	return id
}

func (p *perceptron) tick() { p.step++ }

func (p *perceptron) predict(scores []float32, feats []int32) uint8 {
	clear(scores)
	for _, f := range feats {
		addTo(scores, p.w[int(f)*p.nT:][:p.nT])
	}
	return argmax(scores)
}

func (p *perceptron) update(gold, guess uint8, feats []int32) {
	if gold == guess {
		return
	}
	for _, f := range feats {
		p.bump(int(f)*p.nT+int(gold), 1)
		p.bump(int(f)*p.nT+int(guess), -1)
	}
}

func (p *perceptron) bump(i int, d float32) {
	p.totals[i] += float64(p.step-p.stamps[i]) * float64(p.w[i])
	p.stamps[i] = p.step
	p.w[i] += d
}

// tagger builds a Tagger from the averaged (or, if !average, current)
// weights, dropping features whose weights are all zero.
func (p *perceptron) tagger(tags, words []string, fixed []uint8, cls []clusters, average bool) *Tagger {
	feats := make(map[uint64]int32)
	var weights []float32
	row := make([]float32, p.nT)
	for id, k := range p.keys {
		nz := false
		for tag := range p.nT {
			i := id*p.nT + tag
			x := p.w[i]
			if average && p.step > 0 {
				total := p.totals[i] + float64(p.step-p.stamps[i])*float64(p.w[i])
				x = float32(total / float64(p.step))
			}
			if x > -1e-3 && x < 1e-3 {
				x = 0
			}
			row[tag] = x
			nz = nz || x != 0
		}
		if nz {
			feats[k] = int32(len(weights) / p.nT)
			weights = append(weights, row...)
		}
	}
	return newTagger(tags, words, fixed, cls, feats, weights)
}

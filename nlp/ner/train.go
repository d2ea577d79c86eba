package ner

import (
	"fmt"
	"io"
	"math/rand/v2"
	"time"

	"github.com/newsnlp/newsnlp/nlp/ner/conll"
)

// TrainOptions configures Train. Zero fields take the defaults shown.
type TrainOptions struct {
	Epochs     int    // perceptron epochs per pass (10)
	Folds      int    // jackknife folds giving pass 1's tags on the training data for pass 2 (5)
	FoldEpochs int    // epochs of each fold model (Epochs)
	MinCount   int    // a feature must occur this often in the training data to get weights (2)
	Seed       uint64 // shuffling seed; the same seed and data give the same model
	// Gazetteer is the text of a gazetteer (ReadGazetteer format), nil for none.
	Gazetteer []byte
	// Clusters is the text of a word cluster file (ReadClusters format), nil for none.
	Clusters []byte
	// Upper is the share of training documents (0 to 1, chosen by Seed)
	// added a second time with every token upper-cased, so that the model
	// learns all-caps headlines, datelines and tables.
	Upper float64
	// Datelines is the share of dateline sentences ("BEIJING 1996-08-22",
	// chosen by Seed) merged with the sentence after them as today's news
	// writes them ("BEIJING — China on Thursday ...", "BEIJING (Reuters) - ...").
	Datelines float64
	// WordDropout is the share of capitalized training tokens (0 to 1,
	// chosen by Seed) that are learnt without the features naming the
	// word (form, affixes, clusters; its shape and context stay), as the
	// model meets names it never saw: it learns what the context says.
	WordDropout float64
	// Orders is how many times each pass of the final model is trained,
	// on as many orders of the sentences, its weights the mean of theirs
	// (1): less dependent on one order's luck.
	Orders int
	// Dev, when set, is tagged and scored after training each pass.
	Dev []conll.Document
	// Log receives progress lines; nil discards them.
	Log io.Writer
}

func (o *TrainOptions) defaults() {
	if o.Epochs <= 0 {
		o.Epochs = 10
	}
	if o.Folds <= 1 {
		o.Folds = 5
	}
	if o.FoldEpochs <= 0 {
		o.FoldEpochs = o.Epochs
	}
	if o.Orders <= 0 {
		o.Orders = 1
	}
	if o.MinCount <= 0 {
		o.MinCount = 2
	}
	if o.Log == nil {
		o.Log = io.Discard
	}
}

// trainDoc is one training document, prepared.
type trainDoc struct {
	words  []string
	sents  [][2]int
	gold   []uint8
	infos  []tokInfo
	nWords int // distinct lower-cased words (tokInfo.word)
	p1     *pass1Info
}

// featureSet is the training data of one pass: every token's feature rows.
type featureSet struct {
	keys []uint64  // row -> key
	off  [][]int32 // per doc: token -> offset into rows (len tokens+1)
	rows [][]int32 // per doc: flat feature rows
}

// Train trains a model on CoNLL documents (tags IOB1 or IOB2, types PER,
// LOC, ORG, MISC).
func Train(train []conll.Document, opt TrainOptions) (*Model, error) {
	opt.defaults()
	m := &Model{}
	if err := m.setResources(opt.Gazetteer, opt.Clusters); err != nil {
		return nil, err
	}
	train = placeDatelines(train)
	train = mergeDatelines(train, opt.Datelines, opt.Seed)
	train, origin := augmentUpper(train, opt.Upper, opt.Seed)
	docs, err := m.prepareTrain(train)
	if err != nil {
		return nil, err
	}
	dropWords(docs, opt.WordDropout, opt.Seed)
	start := time.Now()
	fs1 := m.extractAll(docs, 0, opt.MinCount)
	fmt.Fprintf(opt.Log, "pass 1: %d features (%.1fs)\n", len(fs1.keys), time.Since(start).Seconds())

	// Jackknife: pass-1 tags for each training document from a model that
	// did not see it, so pass 2 learns how far pass 1 can be trusted.
	// An upper-cased copy is in its original's fold.
	rng := rand.New(rand.NewPCG(opt.Seed, 1))
	fold := rng.Perm(len(docs) - len(origin))
	for k := range opt.Folds {
		var in, out []int
		for d := range docs {
			od := d
			if d >= len(fold) {
				od = origin[d-len(fold)]
			}
			if fold[od]%opt.Folds == k {
				out = append(out, d)
			} else {
				in = append(in, d)
			}
		}
		l := trainLayer(docs, fs1, in, opt.FoldEpochs, opt.Seed+uint64(k)+2)
		for _, d := range out {
			docs[d].p1 = &pass1Info{labels: decodeTrain(docs[d], fs1, d, l)}
			aggregate(docs[d].p1, docs[d].infos, docs[d].p1.labels, docs[d].nWords)
		}
		fmt.Fprintf(opt.Log, "fold %d/%d done (%.1fs)\n", k+1, opt.Folds, time.Since(start).Seconds())
	}
	all := make([]int, len(docs))
	for i := range all {
		all[i] = i
	}
	m.pass[0] = trainLayers(docs, fs1, all, opt.Epochs, opt.Seed, opt.Orders)
	m.buildCache()
	fmt.Fprintf(opt.Log, "pass 1 trained (%.1fs)\n", time.Since(start).Seconds())
	if len(opt.Dev) > 0 {
		c, err := EvaluatePass(m, opt.Dev, 1)
		if err != nil {
			return nil, err
		}
		fmt.Fprintf(opt.Log, "dev pass 1: F1 %.4f (ORG %.4f)\n", c.Overall().F1, c.Type("ORG").F1)
	}
	fs2 := m.extractAll(docs, 1, opt.MinCount)
	fmt.Fprintf(opt.Log, "pass 2: %d features\n", len(fs2.keys))
	m.pass[1] = trainLayers(docs, fs2, all, opt.Epochs, opt.Seed+1, opt.Orders)
	m.buildCache()
	fmt.Fprintf(opt.Log, "pass 2 trained (%.1fs)\n", time.Since(start).Seconds())
	if len(opt.Dev) > 0 {
		c, err := EvaluatePass(m, opt.Dev, 2)
		if err != nil {
			return nil, err
		}
		fmt.Fprintf(opt.Log, "dev pass 2: F1 %.4f (ORG %.4f)\n", c.Overall().F1, c.Type("ORG").F1)
	}
	return m, nil
}

func (m *Model) prepareTrain(train []conll.Document) ([]*trainDoc, error) {
	docs := make([]*trainDoc, 0, len(train))
	for di, cd := range train {
		td := &trainDoc{}
		for si, s := range cd.Sentences {
			start := len(td.words)
			td.words = append(td.words, s.Tokens...)
			td.sents = append(td.sents, [2]int{start, len(td.words)})
			tags := make([]uint8, len(s.Tokens))
			for _, ch := range conll.Chunks(s.Gold) {
				typ := -1
				for t, l := range typeLabels {
					if conll.TagType(l) == ch.Type {
						typ = t
					}
				}
				if typ < 0 {
					return nil, fmt.Errorf("ner: train: document %d sentence %d: unknown type %q", di, si, ch.Type)
				}
				if ch.End-ch.Start == 1 {
					tags[ch.Start] = tagOf(typ, partU)
					continue
				}
				tags[ch.Start] = tagOf(typ, partB)
				for i := ch.Start + 1; i < ch.End-1; i++ {
					tags[i] = tagOf(typ, partI)
				}
				tags[ch.End-1] = tagOf(typ, partL)
			}
			td.gold = append(td.gold, tags...)
		}
		td.infos = make([]tokInfo, len(td.words))
		var vocab docVocab
		m.prepare(td.words, td.sents, td.infos, &vocab)
		td.nWords = vocab.size()
		docs = append(docs, td)
	}
	return docs, nil
}

// extractAll extracts the features of every training token for one pass
// and keeps those seen at least minCount times.
func (m *Model) extractAll(docs []*trainDoc, pass, minCount int) *featureSet {
	counts := map[uint64]int32{}
	keys := make([][]uint64, len(docs))
	offs := make([][]int32, len(docs))
	var buf []uint64
	for d, td := range docs {
		var p1 *pass1Info
		if pass == 1 {
			p1 = td.p1
		}
		off := make([]int32, 0, len(td.words)+1)
		var flat []uint64
		for _, s := range td.sents {
			for i := s[0]; i < s[1]; i++ {
				off = append(off, int32(len(flat)))
				buf = m.extract(buf[:0], td.words, td.infos, s[0], s[1], i, p1, true, 0)
				flat = append(flat, buf...)
				for _, k := range buf {
					counts[k]++
				}
			}
		}
		keys[d], offs[d] = flat, append(off, int32(len(flat)))
	}
	fs := &featureSet{off: offs, rows: make([][]int32, len(docs))}
	index := map[uint64]int32{}
	for d := range docs {
		rows := make([]int32, 0, len(keys[d]))
		for _, k := range keys[d] {
			if counts[k] < int32(minCount) {
				rows = append(rows, -1)
				continue
			}
			r, ok := index[k]
			if !ok {
				r = int32(len(fs.keys))
				index[k] = r
				fs.keys = append(fs.keys, k)
			}
			rows = append(rows, r)
		}
		fs.rows[d] = rows
	}
	return fs
}

// perceptron is an averaged structured perceptron being trained.
type perceptron struct {
	w      []float32
	u      []float64 // sum of c * update, for averaging
	trans  [(numLabels + 1) * numLabels]float32
	utrans [(numLabels + 1) * numLabels]float64
	c      float64
}

func (p *perceptron) emissions(fs *featureSet, d int, s [2]int, em [][numLabels]float32) {
	off, rows := fs.off[d], fs.rows[d]
	for i := s[0]; i < s[1]; i++ {
		e := &em[i-s[0]]
		*e = [numLabels]float32{}
		for _, r := range rows[off[i]:off[i+1]] {
			if r < 0 {
				continue
			}
			row := p.w[int(r)*numLabels : int(r)*numLabels+numLabels]
			for j := range numLabels {
				e[j] += row[j]
			}
		}
	}
}

func (p *perceptron) update(fs *featureSet, d int, i int, tag uint8, delta float32) {
	off, rows := fs.off[d], fs.rows[d]
	for _, r := range rows[off[i]:off[i+1]] {
		if r < 0 {
			continue
		}
		j := int(r)*numLabels + int(tag)
		p.w[j] += delta
		p.u[j] += p.c * float64(delta)
	}
}

// trainLayer trains one pass on the sentences of the documents in use.
func trainLayer(docs []*trainDoc, fs *featureSet, use []int, epochs int, seed uint64) *layer {
	return trainLayers(docs, fs, use, epochs, seed, 1)
}

// trainLayers trains one pass n times, each time on another order of the
// sentences, and returns the layer with the mean of their averaged
// weights (n = 1: the one perceptron's).
func trainLayers(docs []*trainDoc, fs *featureSet, use []int, epochs int, seed uint64, n int) *layer {
	w := make([]float64, len(fs.keys)*numLabels)
	var trans [(numLabels + 1) * numLabels]float64
	for k := range n {
		p := trainPerceptron(docs, fs, use, epochs, seed, uint64(k))
		for j := range w {
			w[j] += float64(p.w[j]) - p.u[j]/p.c
		}
		for j := range trans {
			trans[j] += float64(p.trans[j]) - p.utrans[j]/p.c
		}
	}
	var kept []uint64
	var rows []float32
	for r, key := range fs.keys {
		row := make([]float32, numLabels)
		nonzero := false
		for j := range numLabels {
			row[j] = float32(w[r*numLabels+j] / float64(n))
			nonzero = nonzero || row[j] != 0
		}
		if nonzero {
			kept = append(kept, key)
			rows = append(rows, row...)
		}
	}
	l := newLayer(kept, rows)
	for j := range trans {
		l.trans[j] = float32(trans[j] / float64(n))
	}
	return l
}

// trainPerceptron trains one pass's perceptron; stream picks the order of
// the sentences for a seed.
func trainPerceptron(docs []*trainDoc, fs *featureSet, use []int, epochs int, seed, stream uint64) *perceptron {
	p := &perceptron{w: make([]float32, len(fs.keys)*numLabels), u: make([]float64, len(fs.keys)*numLabels), c: 1}
	type sentRef struct{ d, s int }
	var order []sentRef
	for _, d := range use {
		for s := range docs[d].sents {
			order = append(order, sentRef{d, s})
		}
	}
	rng := rand.New(rand.NewPCG(seed, 0x5eed+stream))
	var em [][numLabels]float32
	var back [][numLabels]uint8
	var pred []uint8
	for range epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, ref := range order {
			td := docs[ref.d]
			s := td.sents[ref.s]
			n := s[1] - s[0]
			if cap(em) < n {
				em, back, pred = make([][numLabels]float32, n), make([][numLabels]uint8, n), make([]uint8, n)
			}
			p.emissions(fs, ref.d, s, em[:n])
			viterbi(em[:n], &p.trans, back[:n], pred[:n])
			gold := td.gold[s[0]:s[1]]
			prevG, prevP := startTag, startTag
			for i := range n {
				g, q := int(gold[i]), int(pred[i])
				if g != q {
					p.update(fs, ref.d, s[0]+i, uint8(g), 1)
					p.update(fs, ref.d, s[0]+i, uint8(q), -1)
				}
				if g != q || prevG != prevP {
					p.trans[prevG*numLabels+g]++
					p.utrans[prevG*numLabels+g] += p.c
					p.trans[prevP*numLabels+q]--
					p.utrans[prevP*numLabels+q] -= p.c
				}
				prevG, prevP = g, q
			}
			p.c++
		}
	}
	return p
}

// decodeTrain tags a training document with layer l (pass 1 features).
func decodeTrain(td *trainDoc, fs *featureSet, d int, l *layer) []uint8 {
	tags := make([]uint8, len(td.words))
	var keys []uint64
	for _, s := range td.sents {
		n := s[1] - s[0]
		em, back := make([][numLabels]float32, n), make([][numLabels]uint8, n)
		off, rows := fs.off[d], fs.rows[d]
		for i := s[0]; i < s[1]; i++ {
			keys = keys[:0]
			for _, r := range rows[off[i]:off[i+1]] {
				if r >= 0 {
					keys = append(keys, fs.keys[r])
				}
			}
			l.score(keys, &em[i-s[0]])
		}
		viterbi(em, &l.trans, back, tags[s[0]:s[1]])
	}
	return tags
}

// dropWords marks a share of the capitalized tokens of docs to be learnt
// without the features naming the word.
func dropWords(docs []*trainDoc, share float64, seed uint64) {
	if share <= 0 {
		return
	}
	rng := rand.New(rand.NewPCG(seed, 5))
	for _, td := range docs {
		for i := range td.infos {
			if td.infos[i].flags&(fInitCap|fAllCaps) != 0 && rng.Float64() < share {
				td.infos[i].anon = true
			}
		}
	}
}

package pos

import (
	"bufio"
	"compress/flate"
	"embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"sync"
)

//go:embed model/pos.bin
var modelFS embed.FS

// DefaultModel is the name of the embedded model file in its fs.FS.
const DefaultModel = "model/pos.bin"

// Default returns the embedded model, loaded once and shared: a Tagger is
// safe for concurrent use.
var Default = sync.OnceValues(func() (*Tagger, error) { return Load(modelFS, DefaultModel) })

// magic starts every model file.
const magic = "newsnlp-pos-v3\n"

// ErrBadModel is wrapped by the errors Load returns for malformed files.
var ErrBadModel = errors.New("pos: malformed model")

// noTag marks a lexicon word without a fixed tag.
const noTag = 0xFF

// Tagger tags tokens with part-of-speech tags. It is immutable once built
// and safe for concurrent use.
type Tagger struct {
	tags []string // tag id → tag
	nT   int      // len(tags)

	feats   map[uint64]int32 // feature key → row of weights
	weights []float32        // row*nT + tag

	lex       map[string]int32 // normalised word → lexicon entry
	words     []string         // entry → word
	fixed     []uint8          // entry → tag id for unambiguous frequent words, or noTag
	lexCl     []clusters       // entry → word clusters
	lexVec    []float32        // entry*numSlots*nT: the word's summed static weights per slot
	lexT1Part []uint64         // entry → t1LowerPartial(word)
	// The (previous tag, word) features of lexicon words, so that tagging
	// a known word needs no hash lookup: entry i has lexT1[lexT1Off[i]:lexT1Off[i+1]].
	lexT1Off []int32
	lexT1    []tagRow

	pool sync.Pool // of *tagState

	hist []float32 // history vectors: ((t1*nH)+t2)*nT, t1,t2 in [0,nH)
}

// tagRow is the weight row of a feature that pairs a history tag with a word.
type tagRow struct {
	tag uint8
	row int32
}

// numHist is the number of history tag ids: the tags plus two padding ids.
func (t *Tagger) numHist() int { return t.nT + 2 }

// Tags returns the tag set, in model order.
func (t *Tagger) Tags() []string { return append([]string(nil), t.tags...) }

// Load reads a model written by (*Tagger).Save from fsys.
func Load(fsys fs.FS, name string) (*Tagger, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, fmt.Errorf("pos: load model: %w", err)
	}
	defer f.Close()
	t, err := Read(f)
	if err != nil {
		return nil, fmt.Errorf("pos: load model %s: %w", name, err)
	}
	return t, nil
}

// Read reads a model written by Save from r.
func Read(r io.Reader) (*Tagger, error) {
	br := bufio.NewReader(r)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, fmt.Errorf("%w: bad header", ErrBadModel)
	}
	d := decoder{r: bufio.NewReader(flate.NewReader(br))}
	nT := d.count(200) // history ids nT and nT+1 must fit a byte
	if nT == 0 && d.err == nil {
		d.fail("no tags")
	}
	tags := make([]string, nT)
	for i := range tags {
		tags[i] = d.str()
	}
	nLex := d.count(1 << 21)
	words := make([]string, nLex)
	fixed := make([]uint8, nLex)
	cls := make([]clusters, nLex)
	var t1Tags [][]uint8 // per entry: history tags with a (tag, word) feature
	t1Tags = make([][]uint8, nLex)
	for i := range words {
		words[i] = d.str()
		fixed[i] = d.byte()
		if fixed[i] != noTag && int(fixed[i]) >= nT {
			d.fail("fixed tag out of range")
		}
		for k := range cls[i] {
			cls[i][k] = uint16(d.count(1<<16 - 1))
		}
		if n := d.count(nT + 2); n > 0 {
			t1Tags[i] = make([]uint8, n)
			for k := range t1Tags[i] {
				t1Tags[i][k] = d.byte()
			}
		}
	}
	nFeat := d.count(1 << 21)
	if nFeat*nT > 1<<26 {
		d.fail("too many weights")
		nFeat = 0
	}
	feats := make(map[uint64]int32, nFeat)
	weights := make([]float32, nFeat*nT)
	for i := range nFeat {
		feats[d.u64()] = int32(i)
		row := weights[i*nT : (i+1)*nT]
		nnz := d.count(nT)
		for range nnz {
			tag := int(d.byte())
			w := math.Float32frombits(d.u32())
			if tag >= nT {
				d.fail("weight tag out of range")
				break
			}
			row[tag] = w
		}
	}
	if d.err != nil {
		return nil, d.err
	}
	if len(feats) != nFeat {
		return nil, fmt.Errorf("%w: duplicate feature keys", ErrBadModel)
	}
	return build(tags, words, fixed, cls, t1Tags, feats, weights), nil
}

// build precomputes the per-word and history score vectors.
// t1Tags, when not nil, lists for each lexicon entry the history tags that
// have a (tag, word) feature; when nil, all are probed.
func build(tags, words []string, fixed []uint8, cls []clusters, t1Tags [][]uint8, feats map[uint64]int32, weights []float32) *Tagger {
	nT := len(tags)
	t := &Tagger{tags: tags, nT: nT, feats: feats, weights: weights, words: words, fixed: fixed, lexCl: cls}
	t.lex = make(map[string]int32, len(words))
	t.lexVec = make([]float32, len(words)*int(numSlots)*nT)
	t.lexT1Part = make([]uint64, len(words))
	var keys []uint64
	for i, w := range words {
		t.lex[w] = int32(i)
		t.lexT1Part[i] = t1LowerPartial(w)
		for sl := range numSlots {
			keys = slotKeys(keys[:0], w, sl, cls[i])
			t.sum(t.lexVec[(i*int(numSlots)+int(sl))*nT:][:nT], keys)
		}
	}
	nH := t.numHist()
	t.lexT1Off = make([]int32, len(words)+1)
	for i := range words {
		if t1Tags != nil {
			for _, a := range t1Tags[i] {
				if row, ok := feats[finish(t.lexT1Part[i], a)]; ok {
					t.lexT1 = append(t.lexT1, tagRow{a, row})
				}
			}
		} else {
			for a := range nH {
				if row, ok := feats[finish(t.lexT1Part[i], uint8(a))]; ok {
					t.lexT1 = append(t.lexT1, tagRow{uint8(a), row})
				}
			}
		}
		t.lexT1Off[i+1] = int32(len(t.lexT1))
	}
	t.hist = make([]float32, nH*nH*nT)
	for a := range nH {
		for b := range nH {
			v := t.hist[(a*nH+b)*nT:][:nT]
			t.sum(v, []uint64{keyTag(tT1, uint8(a), 0), keyTag(tT2, uint8(b), 0), keyTag(tT12, uint8(a), uint8(b))})
		}
	}
	return t
}

// sum adds the weight rows of keys to v.
func (t *Tagger) sum(v []float32, keys []uint64) {
	for _, k := range keys {
		if row, ok := t.feats[k]; ok {
			addTo(v, t.weights[int(row)*t.nT:][:t.nT])
		}
	}
}

func addTo(v, w []float32) {
	w = w[:len(v)]
	for i := range v {
		v[i] += w[i]
	}
}

// Save writes the model to w in the format Read reads.
func (t *Tagger) Save(w io.Writer) error {
	if _, err := io.WriteString(w, magic); err != nil {
		return fmt.Errorf("pos: save model: %w", err)
	}
	fw, err := flate.NewWriter(w, flate.BestCompression)
	if err != nil {
		return fmt.Errorf("pos: save model: %w", err)
	}
	bw := bufio.NewWriter(fw)
	var buf []byte
	put := func(b []byte) { bw.Write(b) }
	str := func(s string) {
		buf = binary.AppendUvarint(buf[:0], uint64(len(s)))
		put(buf)
		bw.WriteString(s)
	}
	uv := func(x uint64) { buf = binary.AppendUvarint(buf[:0], x); put(buf) }
	uv(uint64(t.nT))
	for _, tag := range t.tags {
		str(tag)
	}
	uv(uint64(len(t.words)))
	for i, word := range t.words {
		str(word)
		bw.WriteByte(t.fixed[i])
		for _, c := range t.lexCl[i] {
			uv(uint64(c))
		}
		t1 := t.lexT1[t.lexT1Off[i]:t.lexT1Off[i+1]]
		uv(uint64(len(t1)))
		for _, tr := range t1 {
			bw.WriteByte(tr.tag)
		}
	}
	// Features in row order, so that a saved model reads back identically.
	keys := make([]uint64, len(t.feats))
	for k, row := range t.feats {
		keys[row] = k
	}
	uv(uint64(len(keys)))
	for row, k := range keys {
		put(binary.LittleEndian.AppendUint64(buf[:0], k))
		ws := t.weights[row*t.nT:][:t.nT]
		nnz := 0
		for _, x := range ws {
			if x != 0 {
				nnz++
			}
		}
		uv(uint64(nnz))
		for tag, x := range ws {
			if x != 0 {
				bw.WriteByte(byte(tag))
				put(binary.LittleEndian.AppendUint32(buf[:0], math.Float32bits(x)))
			}
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("pos: save model: %w", err)
	}
	if err := fw.Close(); err != nil {
		return fmt.Errorf("pos: save model: %w", err)
	}
	return nil
}

// decoder reads the compressed body of a model, keeping the first error.
type decoder struct {
	r   *bufio.Reader
	err error
}

func (d *decoder) fail(msg string) {
	if d.err == nil {
		d.err = fmt.Errorf("%w: %s", ErrBadModel, msg)
	}
}

func (d *decoder) uv() uint64 {
	if d.err != nil {
		return 0
	}
	x, err := binary.ReadUvarint(d.r)
	if err != nil {
		d.fail("truncated")
	}
	return x
}

// count reads a length and checks it against max.
func (d *decoder) count(max int) int {
	x := d.uv()
	if x > uint64(max) {
		d.fail("count out of range")
		return 0
	}
	return int(x)
}

func (d *decoder) u64() uint64 {
	if d.err != nil {
		return 0
	}
	var b [8]byte
	if _, err := io.ReadFull(d.r, b[:]); err != nil {
		d.fail("truncated")
		return 0
	}
	return binary.LittleEndian.Uint64(b[:])
}

func (d *decoder) u32() uint32 {
	if d.err != nil {
		return 0
	}
	var b [4]byte
	if _, err := io.ReadFull(d.r, b[:]); err != nil {
		d.fail("truncated")
		return 0
	}
	return binary.LittleEndian.Uint32(b[:])
}

func (d *decoder) byte() uint8 {
	if d.err != nil {
		return 0
	}
	b, err := d.r.ReadByte()
	if err != nil {
		d.fail("truncated")
	}
	return b
}

func (d *decoder) str() string {
	n := d.count(1 << 16)
	if d.err != nil {
		return ""
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(d.r, b); err != nil {
		d.fail("truncated")
		return ""
	}
	return string(b)
}

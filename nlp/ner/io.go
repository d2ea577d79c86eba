package ner

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"

	"github.com/klauspost/compress/zstd"

	"github.com/newsnlp/newsnlp/nlp"
	"github.com/newsnlp/newsnlp/nlp/ner/conll"
)

// Files of a model directory.
const (
	WeightsFile   = "weights.bin.zst"
	GazetteerFile = "gazetteer.tsv"
	ClustersFile  = "clusters.tsv"
)

const magic = "newsnlp-ner 2\n"

//go:embed model/weights.bin.zst
var embedded embed.FS

var defaultModel = sync.OnceValues(func() (*Model, error) { return Load(embedded, "model") })

// Default returns the embedded model, loaded once.
func Default() (*Model, error) { return defaultModel() }

// ErrNoWeights means a model directory has no weights file.
var ErrNoWeights = errors.New("ner: no weights file")

// Load reads a model from directory dir of fsys: WeightsFile holds the
// weights and the compiled gazetteer, clusters and word cache (the text
// files GazetteerFile and ClustersFile are training inputs, not read here).
func Load(fsys fs.FS, dir string) (*Model, error) {
	f, err := fsys.Open(path.Join(dir, WeightsFile))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%w in %s", ErrNoWeights, dir)
	}
	if err != nil {
		return nil, fmt.Errorf("ner: load model: %w", err)
	}
	defer f.Close()
	zr, err := zstd.NewReader(f, zstd.WithDecoderConcurrency(1), zstd.WithDecoderLowmem(false))
	if err != nil {
		return nil, fmt.Errorf("ner: load model: %w", err)
	}
	defer zr.Close()
	b, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("ner: load model: %w", err)
	}
	m, err := decodeModel(b)
	if err != nil {
		return nil, fmt.Errorf("ner: load model: %s: %w", WeightsFile, err)
	}
	return m, nil
}

func readOptional(fsys fs.FS, name string) ([]byte, error) {
	b, err := fs.ReadFile(fsys, name)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("ner: load model: %w", err)
	}
	return b, nil
}

func (m *Model) setResources(gaz, clusters []byte) error {
	if gaz != nil {
		g, err := ReadGazetteer(bytes.NewReader(gaz))
		if err != nil {
			return err
		}
		m.gaz = g
		m.gazText = gaz
	}
	if clusters != nil {
		c, err := readClusters(clusters, true)
		if err != nil {
			return err
		}
		m.clusters = c
		m.clustersText = clusters
	}
	return nil
}

// clusterSet maps words to the keys of their clusters, one key per
// clustering granularity (at most 4).
type clusterSet struct {
	exact map[uint64][4]uint64 // word as written
	lower map[uint64][4]uint64 // lower-cased word, most frequent form first
	words []string             // in file order
}

// readClusters parses lines "word<TAB>class[<TAB>class...]", most frequent
// word first (the output of nlp/ner/internal/clusters).
func readClusters(b []byte, keepWords bool) (*clusterSet, error) {
	cs := &clusterSet{exact: map[uint64][4]uint64{}, lower: map[uint64][4]uint64{}}
	for n, line := range strings.Split(string(b), "\n") {
		if line == "" {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 2 {
			return nil, fmt.Errorf("ner: clusters line %d: want word<TAB>class", n+1)
		}
		var keys [4]uint64
		for k, c := range f[1:min(len(f), 5)] {
			keys[k] = hstr(hbyte(fnvOffset, byte(k+1)), c)
		}
		cs.exact[hstr(fnvOffset, f[0])] = keys
		if keepWords {
			cs.words = append(cs.words, f[0])
		}
		if l := hlower(fnvOffset, f[0], false); !hasKey(cs.lower, l) {
			cs.lower[l] = keys
		}
	}
	return cs, nil
}

func hasKey(m map[uint64][4]uint64, k uint64) bool { _, ok := m[k]; return ok }

// of returns the cluster keys of word w (zero when unknown).
func (cs *clusterSet) of(w string, hw uint64) [4]uint64 {
	if c, ok := cs.exact[hw]; ok {
		return c
	}
	return cs.lower[hlower(fnvOffset, w, false)]
}

// Save writes the model to directory dir (created if needed): weights,
// gazetteer and clusters.
func (m *Model) Save(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("ner: save model: %w", err)
	}
	for _, l := range m.pass {
		if l == nil {
			return errors.New("ner: save model: model is not trained")
		}
	}
	raw := m.encode()
	zw, err := zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.SpeedBetterCompression), zstd.WithEncoderConcurrency(1))
	if err != nil {
		return fmt.Errorf("ner: save model: %w", err)
	}
	files := map[string][]byte{WeightsFile: zw.EncodeAll(raw, nil)}
	if m.gazText != nil {
		files[GazetteerFile] = m.gazText
	}
	if m.clustersText != nil {
		files[ClustersFile] = m.clustersText
	}
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			return fmt.Errorf("ner: save model: %w", err)
		}
	}
	return nil
}

// EvaluatePass scores the model on CoNLL documents using only its first
// pass (passes 1) or both (passes 2).
func EvaluatePass(m *Model, docs []conll.Document, passes int) (*conll.Counts, error) {
	c, _, err := conll.Evaluate(nlp.AnnotatorFunc(func(d *nlp.Doc) error { return m.annotate(d, passes) }), docs)
	return c, err
}

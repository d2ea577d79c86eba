package ner

import (
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sync"

	"github.com/newsnlp/newsnlp/internal/modelfile"
	"github.com/newsnlp/newsnlp/nlp"
	"github.com/newsnlp/newsnlp/nlp/ner/conll"
)

// Files of a model directory.
const (
	WeightsFile   = "weights.bin"
	GazetteerFile = "gazetteer.tsv"
	ClustersFile  = "clusters.tsv"
)

// magic starts a weights file (16 bytes, so that the sections after it are
// 8-byte aligned).
const magic = "newsnlp-ner 3\n\x00\x00"

//go:embed model/weights.bin
var embedded string

var defaultModel = sync.OnceValues(func() (*Model, error) {
	m, err := decodeModel(modelfile.StringBytes(embedded))
	if err != nil {
		return nil, fmt.Errorf("ner: load embedded model: %w", err)
	}
	return m, nil
})

// Default returns the embedded model, loaded once: its tables are used
// where they lie in the executable.
func Default() (*Model, error) { return defaultModel() }

// ErrNoWeights means a model directory has no weights file.
var ErrNoWeights = errors.New("ner: no weights file")

// Load reads a model from directory dir of fsys: WeightsFile holds the
// weights and the compiled gazetteer, clusters and word cache (the text
// files GazetteerFile and ClustersFile are training inputs, not read here).
func Load(fsys fs.FS, dir string) (*Model, error) {
	b, err := fs.ReadFile(fsys, path.Join(dir, WeightsFile))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%w in %s", ErrNoWeights, dir)
	}
	if err != nil {
		return nil, fmt.Errorf("ner: load model: %w", err)
	}
	m, err := decodeModel(b)
	if err != nil {
		return nil, fmt.Errorf("ner: load model: %s: %w", WeightsFile, err)
	}
	return m, nil
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

// Save writes the model to directory dir (created if needed): weights,
// gazetteer and clusters.
func (m *Model) Save(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("ner: save model: %w", err)
	}
	if m.joint == nil {
		return errors.New("ner: save model: model is not trained")
	}
	files := map[string][]byte{WeightsFile: m.encode()}
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

package main

import (
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/newsnlp/newsnlp/nlp/pos"
)

// TrainPOSCmd is `newsnlp train pos`: trains the part-of-speech tagger on
// the POS column of a CoNLL-2003 file. The shipped model was made with
//
//	nice newsnlp train pos --data ../shared/data/conll2003/train.txt \
//	    --dev ../shared/data/conll2003/dev.txt --clusters nlp/ner/model/clusters.tsv \
//	    --out nlp/pos/model/pos.bin
//
// (the word clusters are those built for the NER model, see
// nlp/ner/model/README.md; the POS model stores the classes it needs).
type TrainPOSCmd struct {
	Data     string `required:"" type:"existingfile" help:"CoNLL-2003 training file (token POS ...)."`
	Dev      string `type:"existingfile" help:"CoNLL development file, scored after each epoch (optional)."`
	Out      string `required:"" help:"Model file to write (e.g. nlp/pos/model/pos.bin)."`
	Epochs   int    `default:"10" help:"Perceptron epochs."`
	Seed     uint64 `default:"1" help:"Random seed (same seed and data give the same model)."`
	Rare     int    `default:"1" help:"Leave out the identity features of training words seen at most this often."`
	Clusters string `type:"existingfile" help:"Word clusters (word<TAB>class64<TAB>class256<TAB>class1024 lines), e.g. nlp/ner/model/clusters.tsv."`
}

// Run trains, reports dev accuracy and saves the model.
func (c *TrainPOSCmd) Run() error {
	train, err := readPOSFile(c.Data)
	if err != nil {
		return err
	}
	opt := pos.TrainOptions{Epochs: c.Epochs, Seed: c.Seed, RareCount: c.Rare, Log: os.Stderr}
	if c.Dev != "" {
		if opt.Dev, err = readPOSFile(c.Dev); err != nil {
			return err
		}
	}
	if c.Clusters != "" {
		if opt.Clusters, err = os.ReadFile(c.Clusters); err != nil {
			return fmt.Errorf("train pos: %w", err)
		}
	}
	start := time.Now()
	t, err := pos.Train(train, opt)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(c.Out), 0o755); err != nil {
		return fmt.Errorf("train pos: %w", err)
	}
	f, err := os.Create(c.Out)
	if err != nil {
		return fmt.Errorf("train pos: %w", err)
	}
	if err := t.Save(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("train pos: %w", err)
	}
	fmt.Fprintf(os.Stderr, "trained in %.1fs, saved to %s\n", time.Since(start).Seconds(), c.Out)
	if len(opt.Dev) > 0 {
		fmt.Fprintf(os.Stderr, "dev accuracy %.4f\n", t.Accuracy(opt.Dev))
	}
	return nil
}

func readPOSFile(path string) ([]pos.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("train pos: %w", err)
	}
	defer f.Close()
	return pos.ReadCoNLL(f)
}

package main

import (
	"bufio"
	"fmt"
	"os"
	"time"

	"github.com/newsnlp/newsnlp/nlp/ner"
	"github.com/newsnlp/newsnlp/nlp/ner/conll"
)

// TrainNERCmd is `newsnlp train ner`: trains the NER model on a CoNLL file.
type TrainNERCmd struct {
	Data        string   `required:"" type:"existingfile" help:"CoNLL-2003 training file (token ... tag; IOB1 or IOB2)."`
	Extra       []string `type:"existingfile" help:"More CoNLL files whose documents are added to the training data (repeatable), e.g. news text pseudo-labelled by nlp/ner/internal/pseudo."`
	Dev         string   `type:"existingfile" help:"CoNLL development file, scored after each pass (optional)."`
	Out         string   `required:"" help:"Directory to write the model to (created)."`
	Gazetteer   string   `type:"existingfile" help:"Gazetteer (kind<TAB>phrase lines), e.g. nlp/ner/model/gazetteer.tsv as built by nlp/ner/internal/gazbuild."`
	Clusters    string   `type:"existingfile" help:"Word clusters (bits<TAB>word lines), e.g. nlp/ner/model/clusters.tsv as built by nlp/ner/internal/clusters."`
	Epochs      int      `default:"10" help:"Perceptron epochs per pass."`
	Folds       int      `default:"5" help:"Jackknife folds for the second pass."`
	FoldEpochs  int      `default:"0" help:"Epochs of each fold model (0: --epochs)."`
	MinCount    int      `default:"2" help:"Minimum feature count."`
	Seed        uint64   `default:"1" help:"Random seed (same seed and data give the same model)."`
	Upper       float64  `default:"0" help:"Share of training documents (0-1) added again upper-cased (casing robustness)."`
	WordDropout float64  `name:"word-dropout" default:"0" help:"Share of capitalized training tokens (0-1) learnt without the features naming the word (generalisation to unseen names)."`
	Orders      int      `default:"1" help:"Train each pass of the final model on this many sentence orders and average their weights."`
	Datelines   float64  `default:"0" help:"Share of dateline sentences (0-1) merged into the next sentence as today's news writes them (\"BEIJING — ...\")."`
}

// Run trains and saves the model.
func (c *TrainNERCmd) Run() error {
	train, err := readCoNLL(c.Data)
	if err != nil {
		return err
	}
	for _, f := range c.Extra {
		extra, err := readCoNLL(f)
		if err != nil {
			return err
		}
		train = append(train, extra...)
	}
	opt := ner.TrainOptions{Epochs: c.Epochs, Folds: c.Folds, FoldEpochs: c.FoldEpochs, MinCount: c.MinCount, Seed: c.Seed, Upper: c.Upper, Datelines: c.Datelines, WordDropout: c.WordDropout, Orders: c.Orders, Log: os.Stderr}
	if c.Dev != "" {
		if opt.Dev, err = readCoNLL(c.Dev); err != nil {
			return err
		}
	}
	if c.Gazetteer != "" {
		if opt.Gazetteer, err = os.ReadFile(c.Gazetteer); err != nil {
			return err
		}
	}
	if c.Clusters != "" {
		if opt.Clusters, err = os.ReadFile(c.Clusters); err != nil {
			return err
		}
	}
	start := time.Now()
	m, err := ner.Train(train, opt)
	if err != nil {
		return err
	}
	if err := m.Save(c.Out); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "trained in %.1fs, saved to %s\n", time.Since(start).Seconds(), c.Out)
	return nil
}

// EvalNERCmd is `newsnlp eval ner`: scores an NER model on a CoNLL file.
type EvalNERCmd struct {
	Data        string `required:"" type:"existingfile" help:"CoNLL file to score on (two or more columns; the last is the gold tag, IOB1 or IOB2)."`
	Predictions string `help:"Write 'token gold pred' lines to this file (input for conlleval)."`
	Model       string `type:"existingdir" help:"Model directory (default: the embedded model)."`
	NoMisc      bool   `name:"no-misc" help:"Set MISC predictions to O before scoring (for data without a MISC type, such as ieer)."`
	Upper       bool   `help:"Upper-case every token before tagging (the data as an all-caps headline would write it)."`
	Errors      bool   `help:"After the scores, print the errors grouped by kind (type confusion, boundary, spurious, missed; all-caps share) and gold -> predicted type, with their most frequent texts."`
	Examples    int    `default:"8" help:"Texts shown per error group with --errors."`
}

// Run scores the chosen model and prints conlleval-style figures.
func (c *EvalNERCmd) Run() error {
	docs, err := readCoNLL(c.Data)
	if err != nil {
		return err
	}
	if c.Upper {
		docs = conll.Upper(docs)
	}
	var m *ner.Model
	if c.Model != "" {
		m, err = ner.Load(os.DirFS(c.Model), ".")
	} else {
		m, err = ner.Default()
	}
	if err != nil {
		return err
	}
	start := time.Now()
	counts, preds, err := conll.Evaluate(m, docs)
	if err != nil {
		return err
	}
	secs := time.Since(start).Seconds()
	if c.NoMisc {
		preds = conll.DropType(preds, "MISC")
		if counts, err = conll.Score(docs, preds); err != nil {
			return err
		}
	}
	if err := counts.WriteReport(os.Stdout); err != nil {
		return err
	}
	fmt.Fprintf(os.Stdout, "%d tokens in %.2fs: %.0f tokens/s\n", counts.Tokens, secs, float64(counts.Tokens)/secs)
	if c.Errors {
		rep, err := conll.AnalyzeErrors(docs, preds)
		if err != nil {
			return err
		}
		fmt.Fprintln(os.Stdout)
		if err := rep.Write(os.Stdout, c.Examples); err != nil {
			return err
		}
	}
	if c.Predictions == "" {
		return nil
	}
	f, err := os.Create(c.Predictions)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	for i, doc := range docs {
		if err := conll.WritePredictions(w, doc, preds[i]); err != nil {
			f.Close()
			return err
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func readCoNLL(path string) ([]conll.Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return conll.Read(f)
}

// TrainNERAverageCmd is `newsnlp train ner-average`: one model whose
// weights are the mean of several models' (same inputs, other seeds).
type TrainNERAverageCmd struct {
	Models []string `arg:"" name:"MODEL" type:"existingdir" help:"Model directories written by train ner (two or more)."`
	Out    string   `required:"" help:"Directory to write the averaged model's weights to (created)."`
	Prune  float64  `default:"0" help:"Leave out the features whose mean weights are all below this in absolute value."`
}

// Run averages and saves the models.
func (c *TrainNERAverageCmd) Run() error {
	var ms []*ner.Model
	for _, dir := range c.Models {
		m, err := ner.Load(os.DirFS(dir), ".")
		if err != nil {
			return err
		}
		ms = append(ms, m)
	}
	m, err := ner.Average(ms, c.Prune)
	if err != nil {
		return err
	}
	if err := m.Save(c.Out); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "averaged %d models, saved to %s\n", len(ms), c.Out)
	return nil
}

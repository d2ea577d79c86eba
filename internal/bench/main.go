package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/jdkato/prose/v2"

	"github.com/newsnlp/newsnlp/internal/benchdata"
	"github.com/newsnlp/newsnlp/nlp/ner/conll"
	"github.com/newsnlp/newsnlp/nlp/ner/prosener"
	"github.com/newsnlp/newsnlp/pipeline"
)

func main() {
	corpus := flag.String("corpus", filepath.Join(benchdata.Dir(), benchdata.WikinewsFile), "JSONL corpus (one article per line with a text field)")
	runs := flag.Int("runs", 3, "runs of prose v2 (or of each worker count with -scaling); the median is reported")
	pairs := flag.Int("pairs", 15, "pairs of floor and pipeline runs; the median of their ratios is reported")
	conllFile := flag.String("conll", "", "score prose v2's NER on this CoNLL file instead of timing")
	scaling := flag.Bool("scaling", false, "time the pipeline with 1 worker on 1 core and 2 workers on 2 cores instead (wall time: run it on an idle machine)")
	flag.Parse()
	var err error
	switch {
	case *conllFile != "":
		err = scoreProse(os.Stdout, *conllFile)
	case *scaling:
		err = scale(os.Stdout, *corpus, *runs)
	default:
		err = bench(os.Stdout, *corpus, *runs, *pairs)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

// system is one thing timed: run does one pass over the corpus.
type system struct {
	name string
	run  func() error
	cpu  []float64 // CPU seconds of each run
	wall []float64
}

func bench(w io.Writer, corpus string, runs, pairs int) error {
	if runs < 1 || pairs < 1 {
		return errors.New("-runs and -pairs must be at least 1")
	}
	runtime.GOMAXPROCS(1)
	texts, err := readTexts(corpus)
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "newsnlp-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)

	var words int64
	runPipeline := func(anns []pipeline.NamedAnnotator) func() error {
		return func() error {
			out, err := os.MkdirTemp(tmp, "out-")
			if err != nil {
				return err
			}
			defer os.RemoveAll(out)
			sum, err := pipeline.Run(context.Background(), pipeline.Config{
				Inputs: []string{corpus}, OutDir: out, Workers: 1, Annotators: anns,
			})
			if anns == nil {
				words = sum.Words
			}
			return err
		}
	}
	floor := &system{name: "floor (read+clean+write)", run: runPipeline([]pipeline.NamedAnnotator{pipeline.Floor()})}
	full := &system{name: "newsnlp pipeline", run: runPipeline(nil)}
	fmt.Fprintf(w, "corpus %s: %d articles; GOMAXPROCS=1, %s; load average at start %s\n",
		corpus, len(texts), runtime.Version(), loadAverage())
	// A first pass of each loads the models and warms the caches; it is
	// not counted, as prose's model load is not.
	for _, s := range []*system{full, floor} {
		if err := s.run(); err != nil {
			return fmt.Errorf("%s: %w", s.name, err)
		}
	}
	// The floor and the pipeline run in adjacent pairs, in alternating
	// order, before prose's model is loaded: each pair sees the same
	// machine (other jobs, other VMs sharing the memory caches), and
	// neither pays for marking prose's heap.
	for p := range pairs {
		order := []*system{floor, full}
		if p%2 == 1 {
			order = []*system{full, floor}
		}
		for _, s := range order {
			if err := s.time(); err != nil {
				return err
			}
		}
	}
	fmt.Fprintf(os.Stderr, "%d pairs of floor and pipeline runs done\n", pairs)

	loadStart := time.Now()
	model := prose.ModelFromData("en")
	proseLoad := time.Since(loadStart)
	prosed := &system{name: "prose v2 (tokenize+tag+NER)", run: func() error { return runProse(model, texts) }}
	for r := range runs {
		if err := prosed.time(); err != nil {
			return err
		}
		fmt.Fprintf(os.Stderr, "prose run %d of %d done\n", r+1, runs)
	}
	fmt.Fprintf(w, "prose model loaded once in %.2fs (not counted)\n", proseLoad.Seconds())
	fmt.Fprintf(w, "load average at end %s\n\n", loadAverage())
	fmt.Fprintf(w, "words: %d (tokens of the pipeline that hold a letter or digit)\n\n", words)
	fmt.Fprintf(w, "| system | runs | CPU s (median) | wall s (median) | words per CPU s |\n|---|---|---|---|---|\n")
	for _, s := range []*system{prosed, floor, full} {
		c := median(s.cpu)
		fmt.Fprintf(w, "| %s | %d | %.3f | %.3f | %.0f |\n", s.name, len(s.cpu), c, median(s.wall), float64(words)/c)
	}
	ratios := pairRatios(full.cpu, floor.cpu)
	q1, q2, q3 := quartiles(ratios)
	fmt.Fprintf(w, "\npipeline / floor CPU time: %.2fx (target ≤ 2x): median of %d paired runs, quartiles %.2f–%.2f; ratio of the medians %.2fx\n",
		q2, len(ratios), q1, q3, median(full.cpu)/median(floor.cpu))
	fmt.Fprintf(w, "paired ratios, sorted: %s\n", formatRatios(ratios))
	fmt.Fprintf(w, "pipeline vs prose v2 words/s: %.1fx (target ≥ 20x)\n", median(prosed.cpu)/median(full.cpu))
	runtime.GC()
	stages, err := timeStages(corpus)
	if err != nil {
		return err
	}
	writeStages(w, stages, median(full.cpu))
	return nil
}

// time runs s once after a collection and records its CPU and wall time.
func (s *system) time() error {
	runtime.GC()
	cpu0, wall0 := benchdata.CPUSeconds(), time.Now()
	if err := s.run(); err != nil {
		return fmt.Errorf("%s: %w", s.name, err)
	}
	s.cpu = append(s.cpu, benchdata.CPUSeconds()-cpu0)
	s.wall = append(s.wall, time.Since(wall0).Seconds())
	return nil
}

// scale runs the pipeline over corpus with one worker on one core and
// with two workers on two cores, and prints the wall-time speed-up.
func scale(w io.Writer, corpus string, runs int) error {
	if runs < 1 {
		return errors.New("-runs must be at least 1")
	}
	tmp, err := os.MkdirTemp("", "newsnlp-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	fmt.Fprintf(w, "corpus %s; %s; load average at start %s\n", corpus, runtime.Version(), loadAverage())
	var wall [2][]float64
	var cpu [2][]float64
	for r := range runs {
		for k, workers := range []int{1, 2} {
			runtime.GOMAXPROCS(workers)
			runtime.GC()
			out := filepath.Join(tmp, fmt.Sprintf("out-%d-%d", r, workers))
			cpu0, wall0 := benchdata.CPUSeconds(), time.Now()
			if _, err := pipeline.Run(context.Background(), pipeline.Config{Inputs: []string{corpus}, OutDir: out, Workers: workers}); err != nil {
				return err
			}
			wall[k] = append(wall[k], time.Since(wall0).Seconds())
			cpu[k] = append(cpu[k], benchdata.CPUSeconds()-cpu0)
			os.RemoveAll(out)
		}
		fmt.Fprintf(os.Stderr, "run %d of %d done\n", r+1, runs)
	}
	fmt.Fprintf(w, "load average at end %s\n\n", loadAverage())
	fmt.Fprintf(w, "| workers | wall s (median of %d) | CPU s (median) |\n|---|---|---|\n", runs)
	for k := range 2 {
		fmt.Fprintf(w, "| %d | %.2f | %.2f |\n", k+1, median(wall[k]), median(cpu[k]))
	}
	fmt.Fprintf(w, "\nspeed-up with two workers: %.2fx (target ≥ 1.7x)\n", median(wall[0])/median(wall[1]))
	return nil
}

// runProse runs prose v2 over every text: tokens, part-of-speech tags and
// entities, with the model loaded once and sentence segmentation off (the
// segmenter reloads its data for every document).
func runProse(model *prose.Model, texts []string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("prose panicked: %v", r)
		}
	}()
	n := 0
	for _, text := range texts {
		doc, err := prose.NewDocument(text, prose.UsingModel(model), prose.WithSegmentation(false))
		if err != nil {
			return err
		}
		n += len(doc.Tokens()) + len(doc.Entities())
	}
	if n == 0 && len(texts) > 0 {
		return errors.New("prose found no tokens")
	}
	return nil
}

// readTexts returns the text field of every line of a JSONL file.
func readTexts(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var texts []string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 256<<20)
	for sc.Scan() {
		var row struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &row); err != nil {
			return nil, fmt.Errorf("%s line %d: %w", path, len(texts)+1, err)
		}
		texts = append(texts, row.Text)
	}
	return texts, sc.Err()
}

func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "unknown"
	}
	return strings.Join(f[:3], " ")
}

// scoreProse prints conlleval-style figures of prose v2's entity recognizer
// on a CoNLL file.
func scoreProse(w io.Writer, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	docs, err := conll.Read(f)
	f.Close()
	if err != nil {
		return err
	}
	a, err := prosener.New()
	if err != nil {
		return err
	}
	start := time.Now()
	counts, _, err := conll.Evaluate(a, docs)
	if err != nil {
		return err
	}
	secs := time.Since(start).Seconds()
	if err := counts.WriteReport(w); err != nil {
		return err
	}
	fmt.Fprintf(w, "%d tokens in %.2fs: %.0f tokens/s\n", counts.Tokens, secs, float64(counts.Tokens)/secs)
	return nil
}

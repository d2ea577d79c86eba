package main

import (
	"context"
	"fmt"
	"io"

	"github.com/newsnlp/newsnlp/internal/benchdata"
	"github.com/newsnlp/newsnlp/nlp"
	"github.com/newsnlp/newsnlp/pipeline"
	"github.com/newsnlp/newsnlp/pipeline/source"
)

// stageCPU is the CPU seconds of each language stage over the corpus, in
// the pipeline's order, each stage run on the output of the ones before.
type stageCPU struct {
	name string
	cpu  float64
}

// timeStages reads and cleans the corpus, then runs the default annotators
// one after the other over every article, timing each.
func timeStages(corpus string) ([]stageCPU, error) {
	in, err := source.Expand([]string{corpus})
	if err != nil {
		return nil, err
	}
	var arts []*pipeline.Article
	for _, input := range in {
		for rec := range source.Read(input, nil, nil) {
			arts = append(arts, &pipeline.Article{Record: rec})
		}
	}
	if err := pipeline.Normalize(pipeline.DefaultCleaner(), false).Process(context.Background(), arts); err != nil {
		return nil, err
	}
	docs := make([]*nlp.Doc, 0, len(arts))
	for _, a := range arts {
		if !a.Failed {
			docs = append(docs, &a.Doc)
		}
	}
	anns, err := pipeline.DefaultAnnotators()
	if err != nil {
		return nil, err
	}
	var out []stageCPU
	for _, an := range anns {
		cpu0 := benchdata.CPUSeconds()
		for _, d := range docs {
			if err := an.Annotate(d); err != nil {
				return nil, fmt.Errorf("%s: %w", an.Name, err)
			}
		}
		out = append(out, stageCPU{an.Name, benchdata.CPUSeconds() - cpu0})
	}
	return out, nil
}

// writeStages prints the stages' CPU seconds and their share of the
// pipeline's.
func writeStages(w io.Writer, stages []stageCPU, pipelineCPU float64) {
	fmt.Fprintf(w, "\n| stage (one pass, after read+clean) | CPU s | share of the pipeline's CPU |\n|---|---|---|\n")
	total := 0.0
	for _, s := range stages {
		total += s.cpu
		fmt.Fprintf(w, "| %s | %.3f | %.0f%% |\n", s.name, s.cpu, 100*s.cpu/pipelineCPU)
	}
	fmt.Fprintf(w, "| all language stages | %.3f | %.0f%% |\n", total, 100*total/pipelineCPU)
}

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/alecthomas/kong"
)

func TestGenCorpusCmd(t *testing.T) {
	var cli struct {
		Gen struct {
			Corpus GenCorpusCmd `cmd:""`
		} `cmd:""`
	}
	out := filepath.Join(t.TempDir(), "syn.jsonl")
	parser, err := kong.New(&cli)
	if err != nil {
		t.Fatal(err)
	}
	ctx, err := parser.Parse([]string{"gen", "corpus", "--from", "../../pipeline/synth/testdata/source.jsonl", "--articles", "25", "--out", out, "--seed", "9"})
	if err != nil {
		t.Fatal(err)
	}
	if err := ctx.Run(); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
	if len(lines) != 25 || !strings.HasPrefix(lines[24], `{"id":"syn-000025"`) {
		t.Errorf("got %d lines, last %.40q", len(lines), lines[len(lines)-1])
	}
}

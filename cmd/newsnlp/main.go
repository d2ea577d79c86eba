// Command newsnlp turns dumps of news articles into tables: tokens,
// sentences, entity mentions, entities, and quotes attributed to their
// speakers. Run `newsnlp run --help` for the main job.
package main

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/alecthomas/kong"

	"github.com/newsnlp/newsnlp/pipeline"
)

// CLI is the command tree.
type CLI struct {
	Version kong.VersionFlag `help:"Print the version (module, commit, Go) and exit."`

	Run    RunCmd    `cmd:"" help:"Process article dumps into tables (runs on the embedded sample corpus when no INPUT is given)."`
	Corpus CorpusCmd `cmd:"" help:"Tables about the whole corpus from run outputs: people, organizations, places, quotations, article_clusters, entity_links."`
	Train  struct {
		NER        TrainNERCmd        `cmd:"" name:"ner" help:"Train the entity recognizer on CoNLL-2003-style data."`
		NERAverage TrainNERAverageCmd `cmd:"" name:"ner-average" help:"Average the weights of NER models trained with different seeds into one model."`
		POS        TrainPOSCmd        `cmd:"" name:"pos" help:"Train the part-of-speech tagger on the POS column of CoNLL-2003-style data."`
	} `cmd:"" help:"Train the embedded models."`
	Eval struct {
		NER      EvalNERCmd      `cmd:"" name:"ner" help:"Score entity recognition on a CoNLL file (conlleval semantics)."`
		Quotes   EvalQuotesCmd   `cmd:"" help:"Score quotes and speakers against PolNeAR (like polnear_quotes.py), or with --gold against a gold file."`
		Entities EvalEntitiesCmd `cmd:"" help:"Score a run's entity mentions against a gold file (P/R/F1 per label, like conlleval.py)."`
		Corpus   EvalCorpusCmd   `cmd:"" help:"Score newsnlp corpus tables against a synthetic corpus's ground truth (gen corpus --stories)."`
		Clean    EvalCleanCmd    `cmd:"" help:"Score HTML main-text extraction on development sets (word 4-grams and snippets)."`
	} `cmd:"" help:"Evaluate the models on annotated data."`
	Show       ShowCmd       `cmd:"" help:"Render a run as one self-contained HTML file: articles with highlighted entities and quotes, and an index with charts."`
	ExportGold ExportGoldCmd `cmd:"" name:"export-gold" help:"Write a run's entities and quotes as a gold file template to correct by hand."`
	Diff       DiffCmd       `cmd:"" help:"Compare two runs of the same input: row counts, entities and quotes added, removed and changed."`
	Gen        struct {
		Corpus GenCorpusCmd `cmd:"" help:"Generate a synthetic benchmark corpus from real articles."`
		Rows   GenRowsCmd   `cmd:"" help:"Write run-output tables (articles, entities, quotes) of a synthetic corpus directly, for scale tests of newsnlp corpus."`
	} `cmd:"" help:"Generate benchmark data."`
}

// Exit codes of newsnlp. Subcommands may add their own (see README).
const (
	exitFailure = 1 // the run failed: an unreadable input, an unwritable output, a model
	exitUsage   = 2 // a bad command line: the message first, then where to find help
)

func main() {
	os.Exit(run(os.Args[1:]))
}

// run parses args and runs the command, returning the exit code.
func run(args []string) int {
	var cli CLI
	parser, err := kong.New(&cli,
		kong.Name("newsnlp"),
		kong.Description("Turn dumps of news articles into tables: who is mentioned and who said what."),
		kong.Vars{"version": "newsnlp " + pipeline.Version()},
	)
	if err != nil {
		fmt.Fprintln(os.Stderr, "newsnlp:", err)
		return exitFailure
	}
	ctx, err := parser.Parse(args)
	if err != nil {
		usageError(err, args)
		return exitUsage
	}
	if err := ctx.Run(); err != nil {
		var usage usageErr
		if errors.As(err, &usage) {
			usageError(err, args)
			return exitUsage
		}
		fmt.Fprintln(os.Stderr, "newsnlp:", err)
		var code exitCoder
		if errors.As(err, &code) {
			return code.ExitCode()
		}
		return exitFailure
	}
	return 0
}

// usageError prints a command-line error, then one line on where help is
// (not the whole help: the message would scroll away).
func usageError(err error, args []string) {
	cmd := "newsnlp"
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		cmd += " " + args[0]
	}
	fmt.Fprintf(os.Stderr, "newsnlp: %v\nRun '%s --help' for usage.\n", err, cmd)
}

// usageErr marks an error in the command line found after parsing (a bad
// flag value), which exits with exitUsage.
type usageErr struct{ error }

func (u usageErr) Unwrap() error { return u.error }

// exitCoder is an error that chooses the process exit code.
type exitCoder interface{ ExitCode() int }

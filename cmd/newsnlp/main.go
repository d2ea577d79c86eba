// Command newsnlp turns dumps of news articles into tables: tokens,
// sentences, entity mentions, entities, and quotes attributed to their
// speakers. Run `newsnlp run --help` for the main job.
package main

import (
	"fmt"
	"os"

	"github.com/alecthomas/kong"
)

// CLI is the command tree.
type CLI struct {
	Run RunCmd `cmd:"" help:"Process article dumps into tables (runs on the embedded sample corpus when no INPUT is given)."`
}

func main() {
	var cli CLI
	ctx := kong.Parse(&cli,
		kong.Name("newsnlp"),
		kong.Description("Turn dumps of news articles into tables: who is mentioned and who said what."),
		kong.UsageOnError(),
	)
	if err := ctx.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "newsnlp:", err)
		if code, ok := err.(exitCoder); ok {
			os.Exit(code.ExitCode())
		}
		os.Exit(1)
	}
}

// exitCoder is an error that chooses the process exit code.
type exitCoder interface{ ExitCode() int }

package main

import (
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"

	"github.com/newsnlp/newsnlp/pipeline"
)

// printSummary reports a run on w: counts, rows per table, how the input
// was read, what was skipped or replaced, and the most common problems
// with where to find the rest.
func printSummary(w io.Writer, cfg pipeline.Config, s pipeline.Summary) {
	if s.Skipped {
		fmt.Fprintf(w, "newsnlp: already complete in %s (--resume): %d articles\n", cfg.OutDir, s.Articles)
		return
	}
	if s.ResumeNote != "" {
		fmt.Fprintf(w, "newsnlp: --resume: the completed run in %s differs (%s): ran again\n", cfg.OutDir, s.ResumeNote)
	}
	fmt.Fprintf(w, "newsnlp: %d articles, %d failed records, %d warnings, %d words in %.2f s (%.0f articles/s, %.0f words/s)\n",
		s.Articles, s.Failed, s.Warnings, s.Words, s.Seconds, s.ArticlesPerSecond, s.WordsPerSecond)
	names := make([]string, 0, len(s.Rows))
	for n := range s.Rows {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %10d rows\n", n, s.Rows[n])
	}
	if len(s.TextFields) > 0 {
		fmt.Fprintf(w, "text read from fields: %s\n", counts(s.TextFields))
	}
	if other := nonUTF8(s.Charsets); len(other) > 0 {
		fmt.Fprintf(w, "decoded from: %s\n", counts(other))
	}
	if len(s.SkippedFiles) > 0 {
		fmt.Fprintf(w, "skipped %d files that are not input (known: .jsonl .json .csv .tsv .txt .html .warc, .gz/.zst) or are the output: %s\n",
			len(s.SkippedFiles), list(s.SkippedFiles, 5))
	}
	if len(s.Replaced) > 0 {
		fmt.Fprintf(w, "removed the previous run's %s\n", list(s.Replaced, 8))
	}
	if len(s.TopErrors) > 0 {
		fmt.Fprintf(w, "most common problems (%d rows in %s):\n", s.Errors, errorsFile(s))
		for _, e := range s.TopErrors {
			fmt.Fprintf(w, "  %6d  %-7s %s: %s\n", e.Count, e.Severity, e.Stage, e.Message)
		}
	}
	fmt.Fprintf(w, "tables in %s/\n", cfg.OutDir)
}

func errorsFile(s pipeline.Summary) string {
	for _, f := range s.Files {
		if strings.HasPrefix(filepath.Base(f), pipeline.TableErrors+".") || filepath.Base(filepath.Dir(f)) == pipeline.TableErrors {
			return f
		}
	}
	return "the errors table"
}

// counts prints a count map as "content 120, text 3", largest first.
func counts(m map[string]int64) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if m[keys[i]] != m[keys[j]] {
			return m[keys[i]] > m[keys[j]]
		}
		return keys[i] < keys[j]
	})
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s %d", k, m[k])
	}
	return strings.Join(parts, ", ")
}

func nonUTF8(m map[string]int64) map[string]int64 {
	out := map[string]int64{}
	for k, v := range m {
		if k != "utf-8" {
			out[k] = v
		}
	}
	return out
}

func list(items []string, n int) string {
	if len(items) <= n {
		return strings.Join(items, ", ")
	}
	return fmt.Sprintf("%s and %d more", strings.Join(items[:n], ", "), len(items)-n)
}

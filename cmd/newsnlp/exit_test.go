package main

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// runBinary runs newsnlp in dir and returns its exit code and output.
func runBinary(t *testing.T, dir string, args ...string) (int, string) {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		return exit.ExitCode(), string(out)
	case err != nil:
		t.Fatal(err)
	}
	return 0, string(out)
}

func TestExitCodes(t *testing.T) {
	bad, err := filepath.Abs(filepath.Join("..", "..", "pipeline", "testdata", "bad"))
	if err != nil {
		t.Fatal(err)
	}
	allBad := t.TempDir()
	os.WriteFile(filepath.Join(allBad, "x.jsonl"), []byte(`{"id":"a"}`+"\n"+`{"id":"b","text":5}`+"\n"), 0o644)
	onlyUnknown := t.TempDir()
	os.WriteFile(filepath.Join(onlyUnknown, "notes.pdf"), []byte("%PDF"), 0o644)
	run := []string{"run", "--progress", "none", "--tables", "articles", "--out"}
	tests := []struct {
		name string
		args []string
		code int
		// first is what the first line of the output starts with; has is in
		// the output.
		first, has string
	}{
		{"some records bad", []string{bad}, 0, "newsnlp: ", "most common problems"},
		{"strict", []string{"--strict", bad}, exitStrict, "newsnlp: ", "record(s) failed"},
		{"no article from bad records", []string{allBad}, exitNoArticles, "newsnlp: 0 articles, 2 failed records", `field "text": want a string, got 5`},
		{"no input file", []string{onlyUnknown}, exitNoArticles, "newsnlp: 0 articles", "notes.pdf"},
		{"unknown flag", []string{"--bogus", bad}, exitUsage, "newsnlp: unknown flag --bogus", "Run 'newsnlp run --help'"},
		{"bad enum", []string{"--date-order", "ymd", bad}, exitUsage, "newsnlp: --date-order must be one of", "--help"},
		{"bad encoding", []string{"--encoding", "klingon", bad}, exitUsage, "newsnlp: source: unknown encoding", "--help"},
		{"missing input", []string{"no/such/file.jsonl"}, exitFailure, "newsnlp: source: input", "no such file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out := runBinary(t, "", append(append(append([]string{}, run...), t.TempDir()), tt.args...)...)
			if code != tt.code || !strings.HasPrefix(out, tt.first) || !strings.Contains(out, tt.has) {
				t.Errorf("exit %d, want %d; output must start %q and hold %q:\n%s", code, tt.code, tt.first, tt.has, out)
			}
			if tt.code == exitUsage && strings.Count(out, "\n") > 2 {
				t.Errorf("a usage error prints %d lines, want the message and where help is", strings.Count(out, "\n"))
			}
		})
	}
	code, out := runBinary(t, "", "--version")
	if code != 0 || !strings.HasPrefix(out, "newsnlp ") || !strings.Contains(out, "go1.") {
		t.Errorf("--version: exit %d, %q", code, out)
	}
}

// TestRunTwiceInPlace runs `newsnlp run --format jsonl .` twice: the
// second run does not read the first one's tables. A third run with other
// tables and format leaves only its own tables.
func TestRunTwiceInPlace(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.jsonl"), []byte(`{"id":"a1","text":"The mayor of Oslo opened the bridge."}`+"\n"+`{"id":"a1","text":"The mayor of Bergen closed it."}`+"\n"), 0o644)
	for i := range 2 {
		code, out := runBinary(t, dir, "run", "--progress", "none", "--format", "jsonl", ".")
		if code != 0 || !strings.Contains(out, "newsnlp: 2 articles, 0 failed records, 1 warnings") {
			t.Fatalf("run %d: exit %d\n%s", i+1, code, out)
		}
		if i == 1 && !strings.Contains(out, "newsnlp-out/") {
			t.Errorf("second run does not say it skipped its output directory:\n%s", out)
		}
	}
	arts, _ := os.ReadFile(filepath.Join(dir, "newsnlp-out", "articles.jsonl"))
	if n := strings.Count(string(arts), "\n"); n != 2 || !strings.Contains(string(arts), `"article_id":"a1#2"`) {
		t.Errorf("articles after two runs: %d rows\n%s", n, arts)
	}
	code, out := runBinary(t, dir, "run", "--progress", "none", "--tables", "articles", ".")
	if code != 0 {
		t.Fatalf("parquet run: exit %d\n%s", code, out)
	}
	got := tables(t, filepath.Join(dir, "newsnlp-out"))
	if strings.Join(got, " ") != "_SUCCESS.json articles.parquet errors.parquet" {
		t.Errorf("output after a run with other tables and format: %v\n%s", got, out)
	}
	// A table may not overwrite an input.
	os.WriteFile(filepath.Join(dir, "articles.jsonl"), []byte(`{"id":"x","text":"Input named like a table."}`+"\n"), 0o644)
	code, out = runBinary(t, dir, "run", "--progress", "none", "--format", "jsonl", "--out", ".", "articles.jsonl")
	if code != exitFailure || !strings.Contains(out, "is where the articles table goes") {
		t.Errorf("a run over its own input: exit %d\n%s", code, out)
	}
}

// TestResumeChecksStamp: --resume skips only a run done by the same
// program on the same inputs with the same settings.
func TestResumeChecksStamp(t *testing.T) {
	dir, out := t.TempDir(), t.TempDir()
	in := filepath.Join(dir, "a.jsonl")
	os.WriteFile(in, []byte(`{"id":"a1","text":"The mayor of Oslo opened the bridge.","date":"05/03/2024"}`+"\n"), 0o644)
	args := []string{"run", "--progress", "none", "--format", "jsonl", "--resume", "--out", out}
	steps := []struct {
		name  string
		extra []string
		touch bool
		want  string
	}{
		{"first run", []string{"--date-order", "mdy"}, false, "newsnlp: 1 articles"},
		{"same run", []string{"--date-order", "mdy"}, false, "already complete"},
		{"other flag", []string{"--date-order", "dmy"}, false, `differs (--date-order "dmy", was "mdy")`},
		{"same again", []string{"--date-order", "dmy"}, false, "already complete"},
		{"input changed", []string{"--date-order", "dmy"}, true, "differs (inputs changed)"},
	}
	for _, s := range steps {
		if s.touch {
			later := time.Now().Add(time.Minute)
			os.Chtimes(in, later, later)
		}
		code, res := runBinary(t, "", append(append(append([]string{}, args...), s.extra...), in)...)
		if code != 0 || !strings.Contains(res, s.want) {
			t.Errorf("%s: exit %d, want %q in\n%s", s.name, code, s.want, res)
		}
	}
}

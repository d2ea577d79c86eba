package main

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// exitCode runs the binary and returns its output and exit status.
func exitCode(t *testing.T, args ...string) (string, int) {
	t.Helper()
	out, err := exec.Command(binary, args...).CombinedOutput()
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		return string(out), exit.ExitCode()
	}
	if err != nil {
		t.Fatal(err)
	}
	return string(out), 0
}

func TestDiffFailOnExitCode(t *testing.T) {
	old := filepath.Join("..", "..", "report", "diff", "testdata", "old")
	new := filepath.Join("..", "..", "report", "diff", "testdata", "new")
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{old, old, "--fail-on", "articles.lost>0"}, 0, "articles.lost"},
		{[]string{old, new, "--fail-on", "articles.lost>0"}, 3, "FAILED"},
		{[]string{old, new, "--fail-on", "quotes.speaker_changed>50%"}, 0, "speaker"},
		{[]string{old, new, "--format", "markdown", "--fail-on", "quotes.speaker_changed>2%"}, 3, "| `quotes.speaker_changed` | 1 |"},
		{[]string{old, new, "--fail-on", "quotes.nonsense>1"}, 1, "unknown metric"},
	} {
		out, code := exitCode(t, append([]string{"diff"}, c.args...)...)
		if code != c.code || !strings.Contains(out, c.want) {
			t.Errorf("diff %v: exit %d (want %d), output lacks %q?\n%s", c.args, code, c.code, c.want, out)
		}
	}
}

func TestShowExportEval(t *testing.T) {
	dir := t.TempDir()
	run := filepath.Join(dir, "run")
	if out, code := exitCode(t, "run", "--progress", "none", "--out", run); code != 0 {
		t.Fatalf("run: %d\n%s", code, out)
	}
	page := filepath.Join(dir, "show.html")
	if out, code := exitCode(t, "show", run, "--html", page); code != 0 {
		t.Fatalf("show: %d\n%s", code, out)
	}
	if b, err := os.ReadFile(page); err != nil || !strings.Contains(string(b), `class="article"`) {
		t.Errorf("show wrote no article page (%v)", err)
	}
	goldFile := filepath.Join(dir, "gold.jsonl")
	if out, code := exitCode(t, "export-gold", run, "-o", goldFile); code != 0 {
		t.Fatalf("export-gold: %d\n%s", code, out)
	}
	for _, task := range []string{"entities", "quotes"} {
		out, code := exitCode(t, "eval", task, "--gold", goldFile, run, "--min-f1", "1")
		if code != 0 || !strings.Contains(out, "F1 1.0000") {
			t.Errorf("eval %s against its own export: exit %d\n%s", task, code, out)
		}
	}
	// Drop the first article's gold entities but one: precision falls.
	b, _ := os.ReadFile(goldFile)
	lines := strings.SplitN(string(b), "\n", 2)
	i := strings.Index(lines[0], `"entities":[{`)
	j := strings.Index(lines[0], `],"quotes"`)
	first := lines[0][i+len(`"entities":[`):]
	first = first[:strings.Index(first, "}")+1]
	lines[0] = lines[0][:i] + `"entities":[` + first + lines[0][j:]
	os.WriteFile(goldFile, []byte(strings.Join(lines, "\n")), 0o644)
	out, code := exitCode(t, "eval", "entities", "--gold", goldFile, run, "--min-f1", "0.99")
	if code != 3 || !strings.Contains(out, "spurious") {
		t.Errorf("eval entities with fewer gold entities: exit %d, want 3 and spurious errors\n%s", code, out)
	}
}

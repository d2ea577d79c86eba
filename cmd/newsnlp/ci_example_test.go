package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// checkScript runs examples/ci/check.sh with the test binary.
func checkScript(t *testing.T, accepted string) (string, int) {
	t.Helper()
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("bash not found")
	}
	cmd := exec.Command("bash", filepath.Join("..", "..", "examples", "ci", "check.sh"))
	cmd.Env = append(os.Environ(), "NEWSNLP="+binary, "ACCEPTED="+accepted, "OUT="+t.TempDir())
	out, err := cmd.CombinedOutput()
	if exit, ok := err.(*exec.ExitError); ok {
		return string(out), exit.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return string(out), 0
}

// TestCIExample runs the example CI check: it passes against an accepted
// output made by this build (and the committed gold), and fails when an
// article of the accepted output is lost.
func TestCIExample(t *testing.T) {
	accepted := filepath.Join(t.TempDir(), "accepted")
	if out, code := exitCode(t, "run", "--progress", "none", "--format", "jsonl", "--tables", "articles,mentions,entities,quotes",
		"--out", accepted, filepath.Join("..", "..", "testdata", "sample")); code != 0 {
		t.Fatalf("run: %d\n%s", code, out)
	}
	out, code := checkScript(t, accepted)
	if code != 0 {
		t.Fatalf("check.sh against this build's own output: exit %d\n%s", code, out)
	}
	for _, want := range []string{"### newsnlp diff", "overall  P", "speaker accuracy", "wrote"} {
		if !strings.Contains(out, want) {
			t.Errorf("check.sh output lacks %q", want)
		}
	}
	// An accepted output with one more article: the new run lost it.
	arts := filepath.Join(accepted, "articles.jsonl")
	b, err := os.ReadFile(arts)
	if err != nil {
		t.Fatal(err)
	}
	extra := `{"article_id":"gone","input":"x","input_line":0,"text":"An article the new run does not have.","n_chars":37,"raw_chars":37,"n_words":7,"n_sentences":1}` + "\n"
	os.WriteFile(arts, append(b, extra...), 0o644)
	out, code = checkScript(t, accepted)
	if code != 3 || !strings.Contains(out, "articles.lost>0") {
		t.Errorf("check.sh with a lost article: exit %d, want 3 naming articles.lost\n%s", code, out)
	}
}

// TestCIExampleAccepted checks that the committed accepted output still
// reads; when this build's output differs from it, the example's diff says
// so and a maintainer re-accepts it (see examples/ci/README.md).
func TestCIExampleAccepted(t *testing.T) {
	out, code := exitCode(t, "diff", filepath.Join("..", "..", "examples", "ci", "accepted"), filepath.Join("..", "..", "examples", "ci", "accepted"),
		"--fail-on", "articles.lost>0")
	if code != 0 || !strings.Contains(out, "articles") {
		t.Errorf("diff of the committed accepted output with itself: exit %d\n%s", code, out)
	}
}

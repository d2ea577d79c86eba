package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "newsnlp-bin-")
	if err != nil {
		panic(err)
	}
	binary = filepath.Join(dir, "newsnlp")
	if out, err := exec.Command("go", "build", "-o", binary, ".").CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "build: %v\n%s", err, out)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// corpus writes n JSONL articles made from the embedded sample's texts.
func corpus(t *testing.T, n int) string {
	t.Helper()
	sample, err := os.ReadFile(filepath.Join("..", "..", "testdata", "sample", "articles.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, line := range bytes.Split(bytes.TrimSpace(sample), []byte("\n")) {
		var r struct{ Text string }
		if err := json.Unmarshal(line, &r); err != nil {
			t.Fatal(err)
		}
		texts = append(texts, r.Text)
	}
	path := filepath.Join(t.TempDir(), "corpus.jsonl")
	var b bytes.Buffer
	for i := range n {
		row, _ := json.Marshal(map[string]string{"id": fmt.Sprintf("a%06d", i), "text": texts[i%len(texts)]})
		b.Write(row)
		b.WriteByte('\n')
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// tables lists the files of out that a reader would take as tables.
func tables(t *testing.T, out string) []string {
	t.Helper()
	var names []string
	filepath.WalkDir(out, func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && !strings.HasPrefix(d.Name(), ".") {
			names = append(names, strings.TrimPrefix(path, out+"/"))
		}
		return nil
	})
	return names
}

func TestKilledRunLeavesNoCompleteLookingFile(t *testing.T) {
	in := corpus(t, 3000)
	out := t.TempDir()
	cmd := exec.Command(binary, "run", "--progress", "none", "--workers", "1", "--out", out, in)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Wait until the run is writing (temporary files exist), then kill -9.
	deadline := time.Now().Add(60 * time.Second)
	for {
		entries, _ := os.ReadDir(out)
		writing := false
		for _, e := range entries {
			writing = writing || strings.Contains(e.Name(), ".tmp-")
		}
		if writing || time.Now().After(deadline) {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	time.Sleep(300 * time.Millisecond)
	cmd.Process.Signal(syscall.SIGKILL)
	err := cmd.Wait()
	if err == nil {
		t.Skip("the run finished before it could be killed")
	}
	if got := tables(t, out); len(got) != 0 {
		t.Fatalf("a killed run left files a reader would take as complete: %v", got)
	}
	// Rerunning completes, and --resume then skips.
	for _, want := range []string{"3000 articles", "already complete"} {
		res, err := exec.Command(binary, "run", "--progress", "none", "--resume", "--out", out, in).CombinedOutput()
		if err != nil || !strings.Contains(string(res), want) {
			t.Fatalf("rerun: %v\n%s\nwant %q", err, res, want)
		}
	}
	if _, err := os.Stat(filepath.Join(out, "_SUCCESS.json")); err != nil {
		t.Error("no completion marker after the rerun")
	}
}

func TestDiskFull(t *testing.T) {
	out := t.TempDir()
	if err := exec.Command("mount", "-t", "tmpfs", "-o", "size=128k", "tmpfs", out).Run(); err != nil {
		t.Skipf("cannot mount a small tmpfs (needs root): %v", err)
	}
	defer exec.Command("umount", out).Run()
	in := corpus(t, 300)
	res, err := exec.Command(binary, "run", "--progress", "none", "--format", "jsonl", "--out", out, in).CombinedOutput()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() == 0 {
		t.Fatalf("run on a full disk: %v\n%s", err, res)
	}
	if !strings.Contains(string(res), "no space left on device") {
		t.Errorf("unclear error: %s", res)
	}
	if got := tables(t, out); len(got) != 0 {
		t.Errorf("files left on a full disk: %v", got)
	}
}

func TestUnwritableOutput(t *testing.T) {
	file := filepath.Join(t.TempDir(), "file")
	os.WriteFile(file, nil, 0o644)
	res, err := exec.Command(binary, "run", "--out", filepath.Join(file, "out")).CombinedOutput()
	if err == nil || !strings.Contains(string(res), "output") {
		t.Errorf("unwritable --out: %v\n%s", err, res)
	}
}

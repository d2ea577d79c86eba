package source

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// readFile reads one testdata file with the default options and returns
// "id" for each good record and "!error" for each bad one.
func readFile(t *testing.T, path string) ([]string, []Record) {
	t.Helper()
	f, c, ok := Classify(path)
	if !ok {
		t.Fatalf("%s: unknown format", path)
	}
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	var recs []Record
	for r := range Read(Input{Path: path, Name: filepath.Base(path), Format: f, Compression: c, Size: st.Size()}, nil, nil) {
		recs = append(recs, r)
		if r.Err != nil {
			got = append(got, "!"+r.Err.Error())
		} else {
			got = append(got, r.ID)
		}
	}
	return got, recs
}

func checkIDs(t *testing.T, got, want []string) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("got %q, want %q", got, want)
	}
	for i := range got {
		if strings.HasPrefix(want[i], "!") && !strings.Contains(got[i], want[i][1:]) || !strings.HasPrefix(want[i], "!") && got[i] != want[i] {
			t.Errorf("record %d: got %q, want %q", i, got[i], want[i])
		}
	}
}

func TestCSV(t *testing.T) {
	got, recs := readFile(t, "testdata/tables/articles.csv")
	checkIDs(t, got, []string{"c1", "c2", "!wrong number of fields", "c4"})
	if recs[0].Text != `A body with a comma, and "quotes".` || recs[0].Title != "First" || recs[0].Meta != `{"section":"World"}` || recs[0].TextField != "content" {
		t.Errorf("row 1: %+v", recs[0])
	}
	if recs[1].Text != "A body over\ntwo lines." || recs[1].Line != 3 || recs[3].Line != 6 || recs[2].Line != 5 {
		t.Errorf("lines %d %d %d, text %q", recs[1].Line, recs[2].Line, recs[3].Line, recs[1].Text)
	}
	for _, i := range []int{0, 1, 3} {
		if recs[i].Published == nil || recs[i].Published.Format("2006-01-02") != map[int]string{0: "2024-03-05", 1: "2024-05-03", 3: "2024-03-05"}[i] {
			t.Errorf("row %d published %v", i, recs[i].Published)
		}
	}
}

func TestTSV(t *testing.T) {
	got, recs := readFile(t, "testdata/tables/articles.tsv")
	checkIDs(t, got, []string{"t1", "t2"})
	if recs[0].Text != `Tab body "with quotes".` || recs[1].Published == nil || recs[1].Published.Hour() != 14 {
		t.Errorf("got %+v", recs)
	}
}

func TestCSVLatin1(t *testing.T) {
	got, recs := readFile(t, "testdata/tables/latin1.csv")
	checkIDs(t, got, []string{"l1", "l2"})
	if recs[0].Text != "Le café est fermé." || len(recs[0].Warnings) != 1 || len(recs[1].Warnings) != 0 {
		t.Errorf("got %q, warnings %v %v", recs[0].Text, recs[0].Warnings, recs[1].Warnings)
	}
}

func TestJSONArray(t *testing.T) {
	want := []string{"j1", "j2", "!found a JSON number", "!no text", "j5"}
	for _, file := range []string{"array.json", "array-saved-as.jsonl"} {
		t.Run(file, func(t *testing.T) {
			got, recs := readFile(t, filepath.Join("testdata", "tables", file))
			checkIDs(t, got, want)
			if recs[1].Text != "Second element." || recs[1].Published == nil || recs[1].Line != 2 || recs[4].Line != 5 {
				t.Errorf("got %+v", recs[1])
			}
		})
	}
	got, _ := readFile(t, "testdata/tables/single.json")
	checkIDs(t, got, []string{"s1"})
	got, _ = readFile(t, "testdata/tables/truncated.json")
	checkIDs(t, got, []string{"x1", "!element 2 near byte"})
}

// TestListIDs: two files of one name in different folders get different
// ids; the output directory is not read; other files are listed as
// skipped.
func TestListIDs(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"a/story.txt", "b/story.txt", "b/index.html", "c/index.html", "notes.pdf", "data.csv", "out/articles.jsonl", ".hidden/x.txt"} {
		p := filepath.Join(dir, f)
		os.MkdirAll(filepath.Dir(p), 0o755)
		content := "Some text."
		if strings.HasSuffix(f, ".csv") {
			content = "id,text\nr1,Row text.\n"
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	l, err := List([]string{dir}, ListOptions{Exclude: []string{filepath.Join(dir, "out")}})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, in := range l.Inputs {
		for r := range Read(in, nil, nil) {
			if r.Err != nil {
				t.Fatal(r.Err)
			}
			ids = append(ids, r.ID)
		}
	}
	if strings.Join(ids, " ") != "a/story b/index b/story c/index r1" {
		t.Errorf("ids %q", ids)
	}
	if len(l.Skipped) != 2 || !strings.HasSuffix(l.Skipped[0], "notes.pdf") || !strings.HasSuffix(l.Skipped[1], "out"+string(filepath.Separator)) {
		t.Errorf("skipped %q", l.Skipped)
	}
	// Files named one by one: their common folder is the root.
	l, err = List([]string{filepath.Join(dir, "a", "story.txt"), filepath.Join(dir, "b", "story.txt")}, ListOptions{})
	if err != nil || len(l.Inputs) != 2 || l.Inputs[0].Name != "a/story.txt" || l.Inputs[1].Name != "b/story.txt" {
		t.Errorf("named files: %+v, %v", l.Inputs, err)
	}
}

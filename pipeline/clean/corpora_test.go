package clean

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const sharedData = "../../../shared/data"

// TestCleanArticlesUnchanged runs Text over corpora of clean articles
// (PolNeAR and Wikinews texts) and checks that it keeps them: char F1 of
// Body against the input and line F1 both high, and no article loses a
// paragraph of running text.
func TestCleanArticlesUnchanged(t *testing.T) {
	corpora := map[string][]string{}
	for _, split := range []string{"train", "dev"} {
		files, _ := filepath.Glob(filepath.Join(sharedData, "polnear", split, "text", "*.txt"))
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			corpora["polnear"] = append(corpora["polnear"], string(b))
		}
	}
	if f, err := os.Open(filepath.Join(sharedData, "wikinews", "wikinews_2019_2020.jsonl")); err == nil {
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<26)
		for sc.Scan() {
			var row struct{ Text string }
			if err := json.Unmarshal(sc.Bytes(), &row); err != nil {
				t.Fatal(err)
			}
			corpora["wikinews"] = append(corpora["wikinews"], row.Text)
		}
		f.Close()
	}
	if len(corpora) == 0 {
		t.Skip("no PolNeAR or Wikinews texts under " + sharedData)
	}
	for name, texts := range corpora {
		t.Run(name, func(t *testing.T) {
			var chars, lines float64
			lost, long := 0, 0
			for _, text := range texts {
				body := Text(text).Body
				_, _, cf := charF1(body, text)
				_, _, lf := lineF1(body, text)
				chars += cf
				lines += lf
				kept := map[string]bool{}
				for _, l := range strings.Split(body, "\n") {
					kept[strings.TrimSpace(l)] = true
				}
				for _, l := range strings.Split(text, "\n") {
					l = strings.TrimSpace(l)
					if len(l) >= 200 {
						long++
					}
					if len(l) >= 200 && !kept[l] {
						lost++
						if testing.Verbose() {
							t.Logf("lost paragraph: %.100s", l)
						}
					}
				}
			}
			n := float64(len(texts))
			t.Logf("%s: %d articles, mean char F1 %.4f, mean line F1 %.4f, paragraphs (>=200 bytes) lost %d of %d",
				name, len(texts), chars/n, lines/n, lost, long)
			if chars/n < 0.98 || lines/n < 0.97 {
				t.Errorf("%s: mean char F1 %.4f, line F1 %.4f; want >= 0.98 and >= 0.97", name, chars/n, lines/n)
			}
			// An embedded social post that carries a scraped "SIGN UP FOR OUR
			// NEWSLETTER" may go; an article paragraph may not: at most one
			// long line in 5,000.
			if lost*5000 > long {
				t.Errorf("%s: %d of %d lines of 200 bytes or more lost", name, lost, long)
			}
		})
	}
}

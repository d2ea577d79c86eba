package clean

import (
	"os"
	"strings"
	"testing"
	"time"
)

const seedPath = "../../../shared/samples/seed-article.txt"

// TestSeedSample checks the targets of issue 5 on the scraped sample page.
func TestSeedSample(t *testing.T) {
	raw, err := os.ReadFile(seedPath)
	if err != nil {
		t.Skipf("seed sample not available: %v", err)
	}
	r := Text(string(raw))
	if want := "NATO’s Rutte calls for more Western support for Ukraine, warns of Russian alliances"; r.Title != want {
		t.Errorf("title %q, want %q", r.Title, want)
	}
	if r.Published == nil || !r.Published.Equal(time.Date(2025, 4, 15, 9, 27, 15, 0, time.UTC)) {
		t.Errorf("published %v, want 2025-04-15T09:27:15Z", r.Published)
	}
	if r.Dateline != "PARIS" || r.Agency != "AP" {
		t.Errorf("dateline %q agency %q, want PARIS and AP", r.Dateline, r.Agency)
	}
	if !strings.HasPrefix(r.Body, "PARIS (AP) — NATO Secretary-General Mark Rutte") {
		t.Errorf("body starts %.60q", r.Body)
	}
	if !strings.HasSuffix(r.Body, "without any time limit,” Macron said.") {
		t.Errorf("body ends %q", r.Body[max(0, len(r.Body)-60):])
	}
	// No headline of the link lists may reach the body.
	listed := false
	for l := range strings.SplitSeq(string(raw), "\n") {
		if l == "Related" {
			listed = true
		}
		if l = strings.TrimPrefix(l, "- "); listed && l != "" && strings.Contains(r.Body, l) {
			t.Errorf("link-list line in body: %q", l)
		}
	}
	for _, w := range []string{"Taylor Swift", "DoorDash", "Biden", "veryGood", "View\n", "Current:"} {
		if strings.Contains(r.Body, w) {
			t.Errorf("body contains %q", w)
		}
	}
	if r.RawChars != len([]rune(string(raw))) {
		t.Errorf("raw chars %d", r.RawChars)
	}
}

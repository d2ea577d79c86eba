package show_test

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/newsnlp/newsnlp/internal/benchdata"
	"github.com/newsnlp/newsnlp/internal/runtest"
	"github.com/newsnlp/newsnlp/pipeline"
	"github.com/newsnlp/newsnlp/report/show"
	"github.com/newsnlp/newsnlp/runread"
)

// chromium returns the browser to test with. Without one the test skips,
// except in CI (CI set), where .ci/run installs Debian's chromium and its
// absence is a failure.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("no chromium on PATH, and CI is set: .ci/run installs it (apt-get install chromium)")
	}
	t.Skip("no chromium on PATH (apt-get install chromium)")
	return ""
}

// browser starts a headless Chromium with no network features and
// collects console errors and uncaught exceptions.
func browser(t *testing.T) (context.Context, func() []string) {
	t.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromium(t)),
		chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1200, 900),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(actx)
	ctx, cancelTimeout := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(func() { cancelTimeout(); cancelCtx(); cancelAlloc() })
	var mu sync.Mutex
	var errs []string
	err := chromedp.Listen(ctx, func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch ev := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeAssert {
				var args []string
				for _, a := range ev.Args {
					args = append(args, string(a.Value))
				}
				errs = append(errs, "console."+string(ev.Type)+": "+strings.Join(args, " "))
			}
		case *runtime.EventExceptionThrown:
			errs = append(errs, "exception: "+ev.ExceptionDetails.Text)
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	return ctx, func() []string { mu.Lock(); defer mu.Unlock(); return append([]string(nil), errs...) }
}

// pageState is what the page reports after a navigation.
type pageState struct {
	Hash         string   `json:"hash"`
	IndexVisible bool     `json:"index"`
	Visible      []string `json:"visible"` // data-article-id of the visible article sections
}

const stateJS = `JSON.stringify({hash: location.hash,
  index: !!document.getElementById('index') && document.getElementById('index').offsetParent !== null,
  visible: Array.from(document.querySelectorAll('section.article')).filter(s => s.offsetParent !== null).map(s => s.dataset.articleId)})`

// highlight is a highlight as the browser lays it out: its data-span, its
// text, and its offset in code points from the start of the text box.
type highlight struct {
	Span   string `json:"span"`
	Text   string `json:"text"`
	Offset int    `json:"offset"`
}

type articleDOM struct {
	ID         string      `json:"id"`
	Text       string      `json:"text"`
	Highlights []highlight `json:"highlights"`
}

const highlightsJS = `JSON.stringify(Array.from(document.querySelectorAll('section.article')).map(sec => {
  const box = sec.querySelector('.text');
  return {id: sec.dataset.articleId, text: box.textContent,
    highlights: Array.from(box.querySelectorAll('[data-span]')).map(el => {
      const r = document.createRange(); r.setStart(box, 0); r.setEndBefore(el);
      return {span: el.dataset.span, text: el.textContent, offset: Array.from(r.toString()).length};
    })};
}))`

func TestBrowser(t *testing.T) {
	ctx, consoleErrors := browser(t)
	r, err := runread.Read(runtest.Sample(t, "parquet"))
	if err != nil {
		t.Fatal(err)
	}
	page := filepath.Join(t.TempDir(), "show.html")
	f, err := os.Create(page)
	if err != nil {
		t.Fatal(err)
	}
	if err := show.Write(f, r, show.Options{PageSize: 3}); err != nil {
		t.Fatal(err)
	}
	f.Close()
	url := "file://" + page

	state := func() pageState {
		t.Helper()
		js, err := chromedp.Run(ctx, chromedp.Evaluate[string](stateJS))
		if err != nil {
			t.Fatal(err)
		}
		var s pageState
		json.Unmarshal([]byte(js), &s)
		return s
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		t.Fatal(err)
	}
	links, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll('#index a.art')).map(a => a.getAttribute('href'))`))
	if err != nil {
		t.Fatal(err)
	}
	raw, err := chromedp.Run(ctx, chromedp.Evaluate[string](highlightsJS))
	if err != nil {
		t.Fatal(err)
	}
	if s := state(); !s.IndexVisible {
		t.Fatalf("opening the file: %+v, want the index", s)
	}
	if s := state(); !s.IndexVisible || len(s.Visible) != 0 {
		t.Errorf("opening the file: %+v, want the index alone", s)
	}
	if len(links) != len(r.Docs) {
		t.Fatalf("%d article links in the index, want %d", len(links), len(r.Docs))
	}

	t.Run("article links", func(t *testing.T) {
		for i, href := range links {
			// Click the link as a user would: the index page holding it
			// first (pages of 3).
			js := `(() => { const a = document.querySelectorAll('#index a.art')[` + itoa(i) + `];
			  const p = a.closest('.page'); location.hash = p.id; a.click(); return true })()`
			if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](js)); err != nil {
				t.Fatal(err)
			}
			s := state()
			want := r.Docs[i].ArticleID
			if s.Hash != href || s.IndexVisible || len(s.Visible) != 1 || s.Visible[0] != want {
				t.Errorf("link %s: %+v, want article %s alone", href, s, want)
			}
		}
	})

	t.Run("highlights sit on their spans", func(t *testing.T) { checkHighlights(t, raw, r) })

	t.Run("keys", func(t *testing.T) {
		if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](`location.hash = '`+links[0]+`'`), chromedp.KeyEvent("n")); err != nil {
			t.Fatal(err)
		}
		if s := state(); s.Hash != links[1] {
			t.Errorf("n from the first article: %+v, want %s", s, links[1])
		}
		if err := chromedp.Do(ctx, chromedp.KeyEvent("i")); err != nil {
			t.Fatal(err)
		}
		if s := state(); !s.IndexVisible || len(s.Visible) != 0 {
			t.Errorf("i: %+v, want the index", s)
		}
	})

	t.Run("fragment links have targets", func(t *testing.T) {
		js := `Array.from(document.querySelectorAll('a[href^="#"]')).map(a => a.getAttribute('href').slice(1)).filter(id => !document.getElementById(id))`
		missing, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](js))
		if err != nil {
			t.Fatal(err)
		}
		if len(missing) > 0 {
			t.Errorf("links without a target: %v", missing)
		}
	})

	if errs := consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %v", errs)
	}
	// The console check itself works: an error logged now is seen.
	if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](`console.error('probe')`), chromedp.Sleep(200*time.Millisecond)); err != nil {
		t.Fatal(err)
	}
	if errs := consoleErrors(); len(errs) != 1 || !strings.Contains(errs[0], "probe") {
		t.Errorf("console listener: %v, want the probe error", errs)
	}
}

// checkHighlights checks the layout the page reports (highlightsJS): each
// article's text box shows articles.text, and each highlight sits at its
// span's offset and shows exactly the span's text.
func checkHighlights(t *testing.T, raw string, r *runread.Run) {
	t.Helper()
	var arts []articleDOM
	if err := json.Unmarshal([]byte(raw), &arts); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, a := range arts {
		d := r.Doc(a.ID)
		if d == nil {
			t.Fatalf("section for unknown article %q", a.ID)
		}
		if a.Text != d.Text {
			t.Errorf("%s: the text box shows other text than articles.text", a.ID)
		}
		text := []rune(d.Text)
		for _, h := range a.Highlights {
			n++
			var s, e int
			if _, err := fmtSscan(h.Span, &s, &e); err != nil || s < 0 || e > len(text) || s >= e {
				t.Errorf("%s: bad data-span %q", a.ID, h.Span)
				continue
			}
			if h.Offset != s || h.Text != string(text[s:e]) {
				t.Errorf("%s: highlight %q at %d shows %q; span text %q", a.ID, h.Span, h.Offset, h.Text, string(text[s:e]))
			}
		}
	}
	if n == 0 {
		t.Error("no highlights")
	}
}

// TestBrowserWikinews opens the page of a whole wikinews run (295
// articles, real text) and checks every highlight's place and text, and
// that it loads without console errors.
func TestBrowserWikinews(t *testing.T) {
	in := benchdata.Path(t, benchdata.WikinewsFile)
	ctx, consoleErrors := browser(t)
	r, err := runread.Read(runtest.Run(t, pipeline.Config{Inputs: []string{in}, Workers: 2}))
	if err != nil {
		t.Fatal(err)
	}
	page := filepath.Join(t.TempDir(), "show.html")
	f, err := os.Create(page)
	if err != nil {
		t.Fatal(err)
	}
	if err := show.Write(f, r, show.Options{}); err != nil {
		t.Fatal(err)
	}
	f.Close()
	if err := chromedp.Do(ctx, chromedp.Navigate("file://"+page)); err != nil {
		t.Fatal(err)
	}
	raw, err := chromedp.Run(ctx, chromedp.Evaluate[string](highlightsJS))
	if err != nil {
		t.Fatal(err)
	}
	checkHighlights(t, raw, r)
	if errs := consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %v", errs)
	}
}

package clean

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestNoArticle checks that pages holding no article (testdata/noarticle)
// are refused with ErrNoArticle naming their kind, and that a short news
// brief is not.
func TestNoArticle(t *testing.T) {
	tests := []struct {
		file string
		kind pageKind
	}{
		{"login.html", loginPage},
		{"error404.html", errorPage},
		{"index.html", indexPage},
		{"brief.html", articlePage},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			page, err := os.ReadFile(filepath.Join("testdata", "noarticle", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			r, err := HTML(page, "https://www.example-times.com/x")
			if tt.kind == articlePage {
				if err != nil || !strings.Contains(r.Body, "Ferry tickets") {
					t.Fatalf("HTML = %q, %v; want the brief's text", r.Body, err)
				}
				return
			}
			if !errors.Is(err, ErrNoArticle) || !strings.HasSuffix(err.Error(), tt.kind.String()) {
				t.Errorf("HTML = %q, %v; want ErrNoArticle (%s)", r.Body, err, tt.kind)
			}
		})
	}
}

func TestErrorTitle(t *testing.T) {
	for title, want := range map[string]bool{
		"Page not found - Example Times":      true,
		"404":                                 true,
		"Error 404 | Example Times":           true,
		"403 Forbidden":                       true,
		"Oops! Something went wrong":          true,
		"Forbidden City reopens to visitors":  false,
		"500 killed in floods, officials say": false,
		"Server error hits bank's app again":  false,
	} {
		if got := errorTitleRE.MatchString(title); got != want {
			t.Errorf("errorTitleRE(%q) = %v, want %v", title, got, want)
		}
	}
}

package clean

import (
	"net/url"
	"testing"
)

func TestPageTitle(t *testing.T) {
	u, _ := url.Parse("https://www.example-times.com/2024/merkel")
	tests := []struct {
		name        string
		info        pageInfo
		readability string
		want        string
	}{
		{"pipe suffix", pageInfo{}, "Merkel visits Paris | Example Times", "Merkel visits Paris"},
		{"dash suffix naming the host", pageInfo{}, "Merkel visits Paris - Example Times", "Merkel visits Paris"},
		{"dash suffix naming the declared site", pageInfo{siteName: "The Daily Planet"}, "Merkel visits Paris – The Daily Planet", "Merkel visits Paris"},
		{"section and site", pageInfo{siteName: "Example Times"}, "Merkel visits Paris | World | Example Times", "Merkel visits Paris"},
		{"site prefix", pageInfo{siteName: "Example Times"}, "Example Times :: Merkel visits Paris on Monday", "Merkel visits Paris on Monday"},
		{"a dash inside the headline stays", pageInfo{}, "Paris - Berlin talks resume", "Paris - Berlin talks resume"},
		{"og:title when readability has none", pageInfo{ogTitle: "Merkel visits Paris | Example Times"}, "", "Merkel visits Paris"},
		{"the site's name alone is no headline", pageInfo{siteName: "Example Times", ogTitle: "Merkel visits Paris"}, "Example Times", "Merkel visits Paris"},
		{"JSON-LD headline after og:title", pageInfo{headline: "Merkel visits Paris"}, "", "Merkel visits Paris"},
		{"spaces collapsed", pageInfo{}, "  Merkel   visits Paris ", "Merkel visits Paris"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := pageTitle(tt.info, tt.readability, u); got != tt.want {
				t.Errorf("pageTitle(%q) = %q, want %q", tt.readability, got, tt.want)
			}
		})
	}
}

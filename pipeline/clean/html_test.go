package clean

import (
	"testing"
	"time"
)

func TestCleanByline(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Jane Doe", "Jane Doe"},
		{"By Connor Walsh", "Connor Walsh"},
		{"  By   Nathan Willis March 25, 2015", "Nathan Willis"},
		{"by Lucas Nolan22 Dec 2016651", "Lucas Nolan"},
		{"By GILLIAN MOHNEY March 11, 2015 3:46 PM", "GILLIAN MOHNEY"},
		{"April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm", ""},
		{"Last Updated: January 7, 2025", ""},
		{"By Jane Doe | Published 2024-02-11", "Jane Doe"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := cleanByline(tt.in); got != tt.want {
			t.Errorf("cleanByline(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestURLDate(t *testing.T) {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		page, url string
		want      time.Time
		ok        bool
	}{
		{"", "https://www.example.com/world/2015/03/18/story.html", day(2015, 3, 18), true},
		{"", "https://www.example.com/2015-03-18-story", day(2015, 3, 18), true},
		{`<link rel="canonical" href="http://www.example.com/2015/02/26/pearl-dress/"/>`, "", day(2015, 2, 26), true},
		{`<meta property="og:url" content="http://www.example.com/2015/02/01/uber/">`, "https://example.com/story", day(2015, 2, 1), true},
		{"", "https://www.example.com/story/20150318", time.Time{}, false},
		{"", "https://www.example.com/2015/13/40/story", time.Time{}, false},
		{"", "", time.Time{}, false},
	}
	for _, tt := range tests {
		got, ok := urlDate([]byte(tt.page), tt.url)
		if ok != tt.ok || !got.Equal(tt.want) {
			t.Errorf("urlDate(%q, %q) = %v, %v; want %v, %v", tt.page, tt.url, got, ok, tt.want, tt.ok)
		}
	}
}

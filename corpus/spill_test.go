package corpus

import (
	"reflect"
	"testing"
)

func TestAggRoundTrip(t *testing.T) {
	for _, q := range []quotationAgg{
		{Key: 0xff, Dates: newDateRange()},
		{Key: 0xa4fb5053a43f9cf6, Text: "An extra hour, “each” day", Words: 5, Occ: 3, Articles: []int{2, 7, 1 << 30},
			Sources: []uint32{1, 4}, URLs: []string{"https://a", "https://b"}, Dates: dateRange{first: -5, last: 1 << 50},
			Votes: []vote{{"person:a", 2}, {"person:b", 1}}, Partial: true},
	} {
		var got quotationAgg
		if err := decodeAgg(appendAgg(nil, &q), &got); err != nil {
			t.Fatal(err)
		}
		if got.Articles == nil {
			got.Articles = q.Articles
		}
		norm := func(a *quotationAgg) {
			for _, p := range []any{&a.Articles, &a.Sources, &a.URLs, &a.Votes} {
				if v := reflect.ValueOf(p).Elem(); v.Len() == 0 {
					v.Set(reflect.Zero(v.Type()))
				}
			}
		}
		norm(&got)
		norm(&q)
		if !reflect.DeepEqual(got, q) {
			t.Errorf("round trip:\n got %+v\nwant %+v", got, q)
		}
	}
	rec := appendQuoteRec(nil, &quoteRec{Text: "no comment", Partial: true, Speaker: -1, URL: "u"})
	var v quoteView
	if err := v.decode(rec); err != nil || !v.partial || v.speaker != -1 || string(v.text) != "no comment" || string(v.url) != "u" {
		t.Errorf("quote record: %+v, %v", v, err)
	}
}

// FuzzDecodeAgg checks that any bytes decode without panicking, and that
// a decoded record encodes to a record that decodes to the same value.
func FuzzDecodeAgg(f *testing.F) {
	f.Add(appendAgg(nil, &quotationAgg{Key: 7, Text: "t", Articles: []int{1, 3}, Votes: []vote{{"p", 1}}}))
	f.Add([]byte{0xff, 0xff, 0xff})
	f.Fuzz(func(t *testing.T, b []byte) {
		var q, again quotationAgg
		if decodeAgg(b, &q) != nil {
			return
		}
		if err := decodeAgg(appendAgg(nil, &q), &again); err != nil || !reflect.DeepEqual(q, again) {
			t.Errorf("decoded %+v from %x, then %+v (%v)", q, b, again, err)
		}
	})
}

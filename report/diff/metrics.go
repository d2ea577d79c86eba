package diff

import (
	"github.com/newsnlp/newsnlp/runread"
)

// Table names the metrics are grouped by.
const (
	TableArticles = runread.TableArticles
	TableEntities = runread.TableEntities
	TableMentions = runread.TableMentions
	TableQuotes   = runread.TableQuotes
	TableErrors   = runread.TableErrors
)

// Metric is a count of one kind of change in one table, named
// "<table>.<kind>" (quotes.speaker_changed); Rate is Count over Base, the
// table's rows in the old run (1 when Base is 0 and Count is not).
type Metric struct {
	Name  string  `json:"name"`
	Count int     `json:"count"`
	Base  int     `json:"base"`
	Rate  float64 `json:"rate"`
}

// metricKinds lists the metrics of each table, in report order.
var metricKinds = []struct {
	table string
	kinds []Kind
}{
	{TableArticles, []Kind{Lost, Added, TextChanged}},
	{TableEntities, []Kind{Removed, Added, LabelChanged}},
	{TableMentions, []Kind{Removed, Added, SpanChanged, LabelChanged}},
	{TableQuotes, []Kind{Removed, Added, SpanChanged, SpeakerChanged}},
	{TableErrors, []Kind{Removed, Added}},
}

// MetricNames returns every metric name, in report order.
func MetricNames() []string {
	var names []string
	for _, t := range metricKinds {
		for _, k := range t.kinds {
			names = append(names, t.table+"."+k.String())
		}
	}
	return names
}

// counter accumulates change counts and their bases.
type counter struct {
	counts map[string]int
	bases  map[string]int
}

func newCounter(oldErrors int) *counter {
	return &counter{counts: map[string]int{}, bases: map[string]int{TableErrors: oldErrors}}
}

// base adds an old article's rows to the bases.
func (c *counter) base(d *runread.Doc) {
	c.bases[TableArticles]++
	c.bases[TableEntities] += len(d.Entities)
	c.bases[TableMentions] += len(d.Mentions)
	c.bases[TableQuotes] += len(d.Quotes)
}

func (c *counter) add(table string, k Kind) { c.counts[table+"."+k.String()]++ }

func (c *counter) metrics() []Metric {
	var out []Metric
	for _, t := range metricKinds {
		for _, k := range t.kinds {
			name := t.table + "." + k.String()
			m := Metric{Name: name, Count: c.counts[name], Base: c.bases[t.table]}
			switch {
			case m.Base > 0:
				m.Rate = float64(m.Count) / float64(m.Base)
			case m.Count > 0:
				m.Rate = 1
			}
			out = append(out, m)
		}
	}
	return out
}

// Metric returns the metric with the name.
func (r *Report) Metric(name string) (Metric, bool) {
	for _, m := range r.Metrics {
		if m.Name == name {
			return m, true
		}
	}
	return Metric{}, false
}

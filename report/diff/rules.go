package diff

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Rule is a condition on a metric that fails a comparison when it holds:
// "quotes.speaker_changed>2%" (a rate, in percent of the old rows) or
// "articles.lost>0" (a count).
type Rule struct {
	Metric  string
	Op      Op
	Value   float64
	Percent bool
}

// Op is a comparison operator of a rule.
type Op int

// The operators, longest spelling first where one is a prefix of another.
const (
	GE Op = iota
	LE
	NE
	EQ
	GT
	LT
)

var opNames = [...]string{">=", "<=", "!=", "==", ">", "<"}

// String returns the operator as written in a rule.
func (o Op) String() string {
	if o >= 0 && int(o) < len(opNames) {
		return opNames[o]
	}
	return "Op(" + strconv.Itoa(int(o)) + ")"
}

func (o Op) holds(a, b float64) bool {
	switch o {
	case GE:
		return a >= b
	case LE:
		return a <= b
	case NE:
		return a != b
	case EQ:
		return a == b
	case GT:
		return a > b
	case LT:
		return a < b
	}
	return false
}

// String returns the rule as written.
func (r Rule) String() string {
	s := r.Metric + r.Op.String() + strconv.FormatFloat(r.Value, 'g', -1, 64)
	if r.Percent {
		s += "%"
	}
	return s
}

// ParseRule parses a rule such as "quotes.speaker_changed>2%".
func ParseRule(s string) (Rule, error) {
	s = strings.TrimSpace(s)
	for op, name := range opNames {
		i := strings.Index(s, name)
		if i < 0 {
			continue
		}
		r := Rule{Metric: strings.TrimSpace(s[:i]), Op: Op(op)}
		v := strings.TrimSpace(s[i+len(name):])
		if r.Percent = strings.HasSuffix(v, "%"); r.Percent {
			v = strings.TrimSpace(strings.TrimSuffix(v, "%"))
		}
		var err error
		if r.Value, err = strconv.ParseFloat(v, 64); err != nil {
			return Rule{}, fmt.Errorf("diff: rule %q: bad value %q", s, v)
		}
		if !slices.Contains(MetricNames(), r.Metric) {
			return Rule{}, fmt.Errorf("diff: rule %q: unknown metric %q (metrics: %s)", s, r.Metric, strings.Join(MetricNames(), ", "))
		}
		return r, nil
	}
	return Rule{}, fmt.Errorf("diff: rule %q: no operator (one of %s)", s, strings.Join(opNames[:], " "))
}

// Violation is a rule that holds on a report, with the metric's value.
type Violation struct {
	Rule   Rule   `json:"-"`
	Text   string `json:"rule"`
	Metric Metric `json:"metric"`
}

// Check returns the rules that hold on the report.
func (r *Report) Check(rules []Rule) []Violation {
	var out []Violation
	for _, rule := range rules {
		m, _ := r.Metric(rule.Metric)
		v := float64(m.Count)
		if rule.Percent {
			v = 100 * m.Rate
		}
		if rule.Op.holds(v, rule.Value) {
			out = append(out, Violation{Rule: rule, Text: rule.String(), Metric: m})
		}
	}
	return out
}

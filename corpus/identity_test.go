package corpus

import "testing"

// TestResolveRules checks the corpus-level merge rules on small name sets,
// each name in the given number of articles.
func TestResolveRules(t *testing.T) {
	type name struct {
		label, canonical string
		articles         int
	}
	tests := []struct {
		name  string
		names []name
		same  [][2]string // canonical pairs that must be one identity
		apart [][2]string // and pairs that must not
	}{
		{"acronym of a rare name stays apart", []name{{"ORGANIZATION", "CDC", 1}, {"ORGANIZATION", "Christchurch District Court", 1}},
			nil, [][2]string{{"CDC", "Christchurch District Court"}}},
		{"acronym of a name in 3 articles joins", []name{{"ORGANIZATION", "WHO", 2}, {"ORGANIZATION", "World Health Organization", 3}},
			[][2]string{{"WHO", "World Health Organization"}}, nil},
		{"alias group", []name{{"LOCATION", "U.S.", 1}, {"LOCATION", "America", 1}, {"LOCATION", "United States", 1}},
			[][2]string{{"U.S.", "United States"}, {"America", "United States"}}, nil},
		{"dominant full name takes the surname", []name{{"PERSON", "Trump", 6}, {"PERSON", "Donald Trump", 50}, {"PERSON", "Ivanka Trump", 1}, {"PERSON", "Mary Trump", 1}},
			[][2]string{{"Trump", "Donald Trump"}}, [][2]string{{"Ivanka Trump", "Donald Trump"}, {"Mary Trump", "Ivanka Trump"}}},
		{"ambiguous surname stays apart", []name{{"PERSON", "Keller", 3}, {"PERSON", "Maria Keller", 5}, {"PERSON", "Jonas Keller", 4}},
			nil, [][2]string{{"Keller", "Maria Keller"}, {"Keller", "Jonas Keller"}}},
		{"an initial or a suffix is no surname", []name{{"PERSON", "M", 1}, {"PERSON", "Sergey M", 2}, {"PERSON", "Jr.", 1}, {"PERSON", "Edward J. DeBartolo Jr.", 1}},
			nil, [][2]string{{"M", "Sergey M"}, {"Jr.", "Edward J. DeBartolo Jr."}}},
		{"surname used alone far more stays apart", []name{{"PERSON", "Wikinews", 29}, {"PERSON", "With Wikinews", 1}},
			nil, [][2]string{{"Wikinews", "With Wikinews"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ns, err := defaultNamesForTest()
			if err != nil {
				t.Fatal(err)
			}
			idx := map[string]int{}
			art := 0
			for _, n := range tt.names {
				for range n.articles {
					idx[n.canonical] = ns.add(n.label, n.canonical, art)
					art++
				}
			}
			ns.resolve()
			for _, p := range tt.same {
				if ns.find(idx[p[0]]) != ns.find(idx[p[1]]) {
					t.Errorf("%s and %s are apart, want one identity", p[0], p[1])
				}
			}
			for _, p := range tt.apart {
				if ns.find(idx[p[0]]) == ns.find(idx[p[1]]) {
					t.Errorf("%s and %s merged, want them apart", p[0], p[1])
				}
			}
		})
	}
}

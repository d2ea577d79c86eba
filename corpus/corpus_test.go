package corpus

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsnlp/newsnlp/corpus/fingerprint"
	"github.com/newsnlp/newsnlp/nlp/entities"
	"github.com/newsnlp/newsnlp/schemas"
)

var update = flag.Bool("update", false, "rewrite golden files")

type fixtureArticle struct {
	ID       string     `json:"id"`
	Source   *string    `json:"source"`
	URL      *string    `json:"url"`
	Date     *time.Time `json:"date"`
	Paras    []int      `json:"paras"`
	Extra    []string   `json:"extra"`
	Entities [][]any    `json:"entities"`
	Quotes   []struct {
		Text    string `json:"text"`
		Speaker int32  `json:"speaker"`
		Kind    string `json:"kind"`
	} `json:"quotes"`
}

// writeFixture writes testdata/fixture.json as run output in dir: one
// part, or each article in its own shard part when sharded.
func writeFixture(t *testing.T, dir string, sharded bool) {
	t.Helper()
	var spec struct{ Articles []fixtureArticle }
	b, err := os.ReadFile("testdata/fixture.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &spec); err != nil {
		t.Fatal(err)
	}
	text, err := os.ReadFile("fingerprint/testdata/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	paras := strings.Split(strings.TrimSpace(string(text)), "\n\n")
	files := map[string]*os.File{}
	write := func(table string, part int, row any) {
		name := filepath.Join(dir, table+".jsonl")
		if sharded {
			name = filepath.Join(dir, table, "part-"+string(rune('0'+part))+"-of-4.jsonl")
		}
		f := files[name]
		if f == nil {
			os.MkdirAll(filepath.Dir(name), 0o755)
			if f, err = os.Create(name); err != nil {
				t.Fatal(err)
			}
			files[name] = f
		}
		line, _ := json.Marshal(row)
		f.Write(append(line, '\n'))
	}
	for i, a := range spec.Articles {
		var ps []string
		for _, p := range a.Paras {
			ps = append(ps, paras[p])
		}
		body := strings.Join(append(ps, a.Extra...), "\n\n")
		sig := fingerprint.Signature(body)
		write("articles", i, schemas.Article{ArticleID: a.ID, Source: a.Source, URL: a.URL, PublishedAt: a.Date, Text: body, MinHash: sig, DupBands: fingerprint.BandKeys(sig)})
		for e, ent := range a.Entities {
			write("entities", i, schemas.Entity{ArticleID: a.ID, EntityID: int32(e), Label: ent[0].(string), Canonical: ent[1].(string), NMentions: int32(ent[2].(float64))})
		}
		for q, quote := range a.Quotes {
			sp := quote.Speaker
			name := a.Entities[sp][1].(string)
			write("quotes", i, schemas.Quote{ArticleID: a.ID, QuoteIndex: int32(q), Text: quote.Text, QuoteKey: fingerprint.QuoteKey(quote.Text), Speaker: &name, SpeakerEntityID: &sp, Kind: quote.Kind})
		}
	}
	for _, f := range files {
		f.Close()
	}
}

func buildFixture(t *testing.T, sharded bool, format Format) string {
	t.Helper()
	run, out := t.TempDir(), t.TempDir()
	writeFixture(t, run, sharded)
	parts, err := FindParts([]string{run})
	if err != nil {
		t.Fatal(err)
	}
	if want := map[bool]int{false: 1, true: 4}[sharded]; len(parts) != want {
		t.Fatalf("%d parts, want %d", len(parts), want)
	}
	if _, err := Build(parts, Options{Out: out, Format: format}); err != nil {
		t.Fatal(err)
	}
	return out
}

var allTables = []string{"people", "organizations", "places", TableQuotations, TableArticleClusters, TableEntityLinks}

// TestBuildGolden checks every corpus table of the fixture against golden
// files, then what users rely on in them.
func TestBuildGolden(t *testing.T) {
	out := buildFixture(t, false, JSONL)
	for _, table := range allTables {
		got, err := os.ReadFile(filepath.Join(out, table+".jsonl"))
		if err != nil {
			t.Fatal(err)
		}
		golden := filepath.Join("testdata", "golden", table+".jsonl")
		if *update {
			os.MkdirAll(filepath.Dir(golden), 0o755)
			if err := os.WriteFile(golden, got, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != string(want) {
			t.Errorf("%s differs from %s (rerun with -update after checking):\n got %s\nwant %s", table, golden, got, want)
		}
	}

	people := rowsByID(t, filepath.Join(out, "people.jsonl"))
	if v := variantNames(people["person:donald trump"]); !slices.Equal(v, []string{"Donald J. Trump", "Donald Trump", "President Donald Trump"}) {
		t.Errorf("Donald Trump's variants = %v: middle initial and title must join", v)
	}
	if c := people["person:donald trump"].Canonical; c != "Donald Trump" {
		t.Errorf("canonical %q, want Donald Trump", c)
	}
	// "Trump" alone is ambiguous here: Ivanka Trump holds a third of the
	// articles of the full names ending in Trump.
	for _, id := range []string{"person:ivanka trump", "person:trump"} {
		if len(people[id].Variants) != 1 {
			t.Errorf("%s = %+v, want an identity of its own", id, people[id])
		}
	}
	if v := variantNames(people["person:marta lindqvist"]); !slices.Equal(v, []string{"Lindqvist", "Marta Lindqvist"}) {
		t.Errorf("Marta Lindqvist's variants = %v: the only Lindqvist must take the surname", v)
	}
	places := rowsByID(t, filepath.Join(out, "places.jsonl"))
	if v := variantNames(places["location:united states"]); !slices.Equal(v, []string{"U.S.", "US", "United States"}) {
		t.Errorf("United States variants = %v, want U.S., US, United States", v)
	}
	orgs := rowsByID(t, filepath.Join(out, "organizations.jsonl"))
	if v := variantNames(orgs["organization:world health organization"]); !slices.Equal(v, []string{"WHO", "World Health Organization"}) {
		t.Errorf("WHO variants = %v: an acronym joins the one name it abbreviates", v)
	}
	var quotations []schemas.Quotation
	readAll(t, filepath.Join(out, TableQuotations+".jsonl"), &quotations)
	for _, q := range quotations {
		if strings.HasPrefix(q.Text, "An extra hour") {
			if len(q.MemberKeys) != 2 || q.Occurrences != 3 || !slices.Equal(q.ArticleIDs, []string{"a1", "a3", "a4"}) {
				t.Errorf("diesel quotation = %+v: the partial quote must join it, the '!' variant share its key", q)
			}
			if q.SpeakerID == nil || *q.SpeakerID != "person:donald trump" || *q.SpeakerShare != 2.0/3 || *q.Speaker != "Donald Trump" {
				t.Errorf("diesel quotation speaker = %v share %v, want person:donald trump 2/3", q.SpeakerID, q.SpeakerShare)
			}
		}
	}
	var clusters []schemas.ArticleCluster
	readAll(t, filepath.Join(out, TableArticleClusters+".jsonl"), &clusters)
	if len(clusters) != 2 || clusters[0].ClusterID != "a1" || clusters[1].ArticleID != "a2" || clusters[1].Size != 2 {
		t.Errorf("clusters = %+v, want a1 and its copy a2 with a1 as representative", clusters)
	}
}

// TestShardsAndFormats checks that sharded input gives the same tables as
// one part, and Parquet output the same rows as JSONL.
func TestShardsAndFormats(t *testing.T) {
	one := buildFixture(t, false, JSONL)
	shards := buildFixture(t, true, JSONL)
	pq := buildFixture(t, false, Parquet)
	for _, table := range allTables {
		a, _ := os.ReadFile(filepath.Join(one, table+".jsonl"))
		b, _ := os.ReadFile(filepath.Join(shards, table+".jsonl"))
		if string(a) != string(b) {
			t.Errorf("%s: sharded input gives\n%s\nwant\n%s", table, b, a)
		}
		fromJSONL := readRowsAny(t, table, filepath.Join(one, table+".jsonl"))
		fromParquet := readRowsAny(t, table, filepath.Join(pq, table+".parquet"))
		j, _ := json.Marshal(fromJSONL)
		p, _ := json.Marshal(fromParquet)
		if string(j) != string(p) || len(fromJSONL) == 0 {
			t.Errorf("%s: parquet rows\n%s\njsonl rows\n%s", table, p, j)
		}
	}
}

func readRowsAny(t *testing.T, table, path string) []any {
	t.Helper()
	var out []any
	collect := func(r any, err error) {
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, r)
	}
	switch table {
	case "people", "organizations", "places":
		for r, err := range readRows[schemas.Identity](path) {
			collect(*r, err)
		}
	case TableQuotations:
		for r, err := range readRows[schemas.Quotation](path) {
			collect(*r, err)
		}
	case TableArticleClusters:
		for r, err := range readRows[schemas.ArticleCluster](path) {
			collect(*r, err)
		}
	case TableEntityLinks:
		for r, err := range readRows[schemas.EntityLink](path) {
			collect(*r, err)
		}
	}
	return out
}

func rowsByID(t *testing.T, path string) map[string]schemas.Identity {
	var rows []schemas.Identity
	readAll(t, path, &rows)
	m := map[string]schemas.Identity{}
	for _, r := range rows {
		m[r.IdentityID] = r
	}
	return m
}

func variantNames(id schemas.Identity) []string {
	var v []string
	for _, n := range id.Variants {
		v = append(v, n.Name)
	}
	slices.Sort(v)
	return v
}

func readAll[T any](t *testing.T, path string, dst *[]T) {
	t.Helper()
	for r, err := range readRows[T](path) {
		if err != nil {
			t.Fatal(err)
		}
		*dst = append(*dst, *r)
	}
}

func defaultNamesForTest() (*names, error) {
	lex, err := entities.DefaultNames()
	if err != nil {
		return nil, err
	}
	return newNames(lex), nil
}

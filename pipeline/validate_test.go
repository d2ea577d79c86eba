package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/newsnlp/newsnlp/nlp"
)

// TestInvalidMentionKeepsQuotes runs an annotator that emits one mention
// outside the text next to a valid entity and a quote spoken by it: only
// the bad mention may be lost, with an errors row.
func TestInvalidMentionKeepsQuotes(t *testing.T) {
	input := filepath.Join("testdata", "bad", "story.txt")
	b, err := os.ReadFile(input)
	if err != nil {
		t.Fatal(err)
	}
	story := string(b)
	lyon := span(story, "Lyon")
	quote := span(story, "the telescope had found a new comet")
	bad := NamedAnnotator{Name: "bad", Annotator: nlp.AnnotatorFunc(func(d *nlp.Doc) error {
		if d.Text != story {
			t.Errorf("input text %q, want %q", d.Text, story)
		}
		d.Mentions = []nlp.Mention{
			{Span: nlp.Span{Start: 5, End: 1000}, Label: nlp.Location, Entity: 0},
			{Span: lyon, Text: "Lyon", Label: nlp.Location, Entity: 0},
		}
		d.Entities = []nlp.Entity{{Canonical: "Lyon", Label: nlp.Location, Mentions: []int{0, 1}}}
		d.Quotes = []nlp.Quote{{Span: quote, Kind: nlp.Direct, Speaker: "Lyon", SpeakerSpan: lyon, SpeakerEntity: 0, CueSpan: nlp.NoSpan}}
		return nil
	})}
	out := t.TempDir()
	_, err = Run(context.Background(), Config{
		Inputs: []string{input}, OutDir: out, Format: "jsonl",
		Annotators: []NamedAnnotator{splitWords, bad}, KeepText: true,
	})
	if err != nil {
		t.Fatal(err)
	}
	type quoteRow struct {
		Start, End      int32
		Speaker         *string
		SpeakerEntityID *int32 `json:"speaker_entity_id"`
	}
	quotes := readJSONL[quoteRow](t, filepath.Join(out, "quotes.jsonl"))
	if len(quotes) != 1 || quotes[0].Start != int32(quote.Start) || quotes[0].End != int32(quote.End) ||
		quotes[0].SpeakerEntityID == nil || *quotes[0].SpeakerEntityID != 0 {
		t.Errorf("quotes = %+v, want [%d,%d) spoken by entity 0", quotes, quote.Start, quote.End)
	}
	type entityRow struct {
		Canonical string
		NMentions int32 `json:"n_mentions"`
	}
	if got := readJSONL[entityRow](t, filepath.Join(out, "entities.jsonl")); !reflect.DeepEqual(got, []entityRow{{"Lyon", 1}}) {
		t.Errorf("entities = %+v, want Lyon with 1 mention", got)
	}
	type mentionRow struct {
		Text     string
		EntityID int32 `json:"entity_id"`
	}
	if got := readJSONL[mentionRow](t, filepath.Join(out, "mentions.jsonl")); !reflect.DeepEqual(got, []mentionRow{{"Lyon", 0}}) {
		t.Errorf("mentions = %+v, want Lyon of entity 0", got)
	}
	errs := readJSONL[errorRow](t, filepath.Join(out, "errors.jsonl"))
	if len(errs) != 1 || errs[0].Stage != stageValidate || !strings.Contains(errs[0].Message, "mention span [5,1000)") {
		t.Errorf("errors = %+v, want one validate row for the mention [5,1000)", errs)
	}
}

func span(text, sub string) nlp.Span {
	i := strings.Index(text, sub)
	return nlp.Span{Start: i, End: i + len(sub)}
}

func TestValidateDoc(t *testing.T) {
	const text = "Ana met Bo. Bo said “yes”."
	ana, bo1, bo2 := span(text, "Ana"), span(text, "Bo"), nlp.Span{Start: 12, End: 14}
	yes := span(text, "yes")
	outside := nlp.Span{Start: 3, End: 99}
	inRune := nlp.Span{Start: yes.Start - 1, End: yes.End} // starts inside “
	mention := func(s nlp.Span, e int) nlp.Mention {
		return nlp.Mention{Span: s, Text: text[max(0, s.Start):min(len(text), s.End)], Label: nlp.Person, Entity: e}
	}
	tests := []struct {
		name      string
		in, want  nlp.Doc
		wantProbs int
	}{{
		name: "valid doc unchanged",
		in: nlp.Doc{Text: text,
			Mentions: []nlp.Mention{mention(ana, 0), mention(bo1, 1), mention(bo2, 1)},
			Entities: []nlp.Entity{{Canonical: "Ana", Mentions: []int{0}}, {Canonical: "Bo", Mentions: []int{1, 2}}},
			Quotes:   []nlp.Quote{{Span: yes, SpeakerSpan: bo2, SpeakerEntity: 1}}},
		want: nlp.Doc{Text: text,
			Mentions: []nlp.Mention{mention(ana, 0), mention(bo1, 1), mention(bo2, 1)},
			Entities: []nlp.Entity{{Canonical: "Ana", Mentions: []int{0}}, {Canonical: "Bo", Mentions: []int{1, 2}}},
			Quotes:   []nlp.Quote{{Span: yes, SpeakerSpan: bo2, SpeakerEntity: 1}}},
	}, {
		name: "bad mention renumbers mentions and keeps the speaker",
		in: nlp.Doc{Text: text,
			Mentions: []nlp.Mention{mention(ana, 0), mention(outside, 1), mention(bo2, 1)},
			Entities: []nlp.Entity{{Canonical: "Ana", Mentions: []int{0}}, {Canonical: "Bo", Mentions: []int{1, 2}}},
			Quotes:   []nlp.Quote{{Span: yes, SpeakerSpan: bo2, SpeakerEntity: 1}}},
		want: nlp.Doc{Text: text,
			Mentions: []nlp.Mention{mention(ana, 0), mention(bo2, 1)},
			Entities: []nlp.Entity{{Canonical: "Ana", Mentions: []int{0}}, {Canonical: "Bo", Mentions: []int{1}}},
			Quotes:   []nlp.Quote{{Span: yes, SpeakerSpan: bo2, SpeakerEntity: 1}}},
		wantProbs: 1,
	}, {
		name: "entity left without mentions is dropped and renumbered",
		in: nlp.Doc{Text: text,
			Mentions: []nlp.Mention{mention(inRune, 0), mention(bo1, 1), mention(bo2, 1)},
			Entities: []nlp.Entity{{Canonical: "Ana", Mentions: []int{0}}, {Canonical: "Bo", Mentions: []int{1, 2}}},
			Quotes:   []nlp.Quote{{Span: yes, SpeakerEntity: 1, SpeakerSpan: nlp.NoSpan}, {Span: yes, SpeakerEntity: 0, SpeakerSpan: nlp.NoSpan}}},
		want: nlp.Doc{Text: text,
			Mentions: []nlp.Mention{mention(bo1, 0), mention(bo2, 0)},
			Entities: []nlp.Entity{{Canonical: "Bo", Mentions: []int{0, 1}}},
			Quotes:   []nlp.Quote{{Span: yes, SpeakerEntity: 0, SpeakerSpan: nlp.NoSpan}, {Span: yes, SpeakerEntity: -1, SpeakerSpan: nlp.NoSpan}}},
		wantProbs: 1,
	}, {
		name: "bad quote dropped, bad speaker span and link cleared",
		in: nlp.Doc{Text: text,
			Mentions: []nlp.Mention{mention(bo1, 0)},
			Entities: []nlp.Entity{{Canonical: "Bo", Mentions: []int{0}}},
			Quotes: []nlp.Quote{{Span: inRune, SpeakerSpan: nlp.NoSpan, SpeakerEntity: -1},
				{Span: yes, SpeakerSpan: outside, SpeakerEntity: 0}, {Span: yes, SpeakerSpan: bo1, SpeakerEntity: 5}}},
		want: nlp.Doc{Text: text,
			Mentions: []nlp.Mention{mention(bo1, 0)},
			Entities: []nlp.Entity{{Canonical: "Bo", Mentions: []int{0}}},
			Quotes:   []nlp.Quote{{Span: yes, SpeakerSpan: nlp.NoSpan, SpeakerEntity: 0}, {Span: yes, SpeakerSpan: bo1, SpeakerEntity: -1}}},
		wantProbs: 3,
	}, {
		name: "a token that does not slice the text drops sentences and tokens",
		in: nlp.Doc{Text: text,
			Tokens:    []nlp.Token{{Span: ana, Text: "Ana"}, {Span: bo1, Text: "Ann"}},
			Sentences: []nlp.Sentence{{Span: nlp.Span{Start: 0, End: 11}, FirstToken: 0, EndToken: 2}}},
		want:      nlp.Doc{Text: text},
		wantProbs: 1,
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := tt.in
			probs := validateDoc(&d)
			if len(probs) != tt.wantProbs {
				t.Errorf("%d problems %v, want %d", len(probs), probs, tt.wantProbs)
			}
			norm := func(d *nlp.Doc) {
				for _, p := range []any{&d.Mentions, &d.Entities, &d.Quotes, &d.Tokens, &d.Sentences} {
					v := reflect.ValueOf(p).Elem()
					if v.Len() == 0 {
						v.Set(reflect.Zero(v.Type()))
					}
				}
			}
			norm(&d)
			norm(&tt.want)
			if !reflect.DeepEqual(d, tt.want) {
				t.Errorf("got  %+v\nwant %+v", d, tt.want)
			}
		})
	}
}

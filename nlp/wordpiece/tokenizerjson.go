package wordpiece

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
)

// ErrUnsupported is returned by FromTokenizerJSON for a tokenizer.json that
// is valid but not a BERT WordPiece tokenizer this package runs itself
// (another model, normalizer or pre-tokenizer): package nlp/wordpiece/hf
// runs those.
var ErrUnsupported = errors.New("not a BERT WordPiece tokenizer")

// tokenizerJSON is the part of a HuggingFace tokenizer.json a BERT
// WordPiece tokenizer is described by.
type tokenizerJSON struct {
	Normalizer *struct {
		Type               string `json:"type"`
		CleanText          *bool  `json:"clean_text"`
		HandleChineseChars *bool  `json:"handle_chinese_chars"`
		StripAccents       *bool  `json:"strip_accents"`
		Lowercase          *bool  `json:"lowercase"`
	} `json:"normalizer"`
	PreTokenizer *struct {
		Type string `json:"type"`
	} `json:"pre_tokenizer"`
	PostProcessor *struct {
		Type string `json:"type"`
		// BertProcessing: ["[SEP]", 102].
		Sep []json.RawMessage `json:"sep"`
		Cls []json.RawMessage `json:"cls"`
		// TemplateProcessing.
		Single []struct {
			SpecialToken *struct {
				ID string `json:"id"`
			} `json:"SpecialToken"`
		} `json:"single"`
	} `json:"post_processor"`
	Model struct {
		Type                    string           `json:"type"`
		UnkToken                *string          `json:"unk_token"`
		ContinuingSubwordPrefix *string          `json:"continuing_subword_prefix"`
		MaxInputCharsPerWord    *int             `json:"max_input_chars_per_word"`
		Vocab                   map[string]int64 `json:"vocab"`
	} `json:"model"`
}

// FromTokenizerJSON reads a HuggingFace tokenizer.json describing a BERT
// WordPiece tokenizer (model "WordPiece", normalizer "BertNormalizer" or
// none, pre_tokenizer "BertPreTokenizer") and returns its encoder, with the
// file's settings: clean_text, handle_chinese_chars, lowercase and
// strip_accents (null follows lowercase, as in HuggingFace), unk_token,
// continuing_subword_prefix, max_input_chars_per_word. [CLS] and [SEP] come
// from the post_processor (BertProcessing, or the first and last special
// tokens of a TemplateProcessing "single" template), else from the tokens
// "[CLS]" and "[SEP]". Added tokens are not split out of the text: a literal
// "[MASK]" in an article is encoded as the characters it is made of.
func FromTokenizerJSON(path string) (*Encoder, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("wordpiece: %w", err)
	}
	var tj tokenizerJSON
	if err := json.Unmarshal(data, &tj); err != nil {
		return nil, fmt.Errorf("wordpiece: parse %s: %w", path, err)
	}
	c, tokens, err := tj.config()
	if err != nil {
		return nil, fmt.Errorf("wordpiece: %s: %w", path, err)
	}
	return newEncoder(tokens, c)
}

func (tj *tokenizerJSON) config() (config, []string, error) {
	c := defaultConfig()
	m := tj.Model
	if m.Type != "WordPiece" {
		return c, nil, fmt.Errorf("model type %q: %w", m.Type, ErrUnsupported)
	}
	if len(m.Vocab) == 0 {
		return c, nil, fmt.Errorf("empty vocabulary")
	}
	if m.UnkToken != nil {
		c.unk = *m.UnkToken
	}
	if m.ContinuingSubwordPrefix != nil {
		c.prefix = *m.ContinuingSubwordPrefix
	}
	if m.MaxInputCharsPerWord != nil {
		c.maxChars = *m.MaxInputCharsPerWord
	}
	maxID := int64(-1)
	for tok, id := range m.Vocab {
		if id < 0 || id >= 1<<24 {
			return c, nil, fmt.Errorf("token %q has id %d out of range", tok, id)
		}
		maxID = max(maxID, id)
	}
	tokens := make([]string, maxID+1)
	for tok, id := range m.Vocab {
		if tokens[id] != "" {
			return c, nil, fmt.Errorf("tokens %q and %q share id %d", tokens[id], tok, id)
		}
		tokens[id] = tok
	}

	if n := tj.Normalizer; n != nil {
		if n.Type != "BertNormalizer" {
			return c, nil, fmt.Errorf("normalizer %q (only BertNormalizer): %w", n.Type, ErrUnsupported)
		}
		c.clean = n.CleanText == nil || *n.CleanText
		c.chinese = n.HandleChineseChars == nil || *n.HandleChineseChars
		c.lower = n.Lowercase == nil || *n.Lowercase
		c.strip = c.lower
		if n.StripAccents != nil {
			c.strip = *n.StripAccents
		}
	} else {
		c.clean, c.chinese = false, false
	}
	if p := tj.PreTokenizer; p == nil || p.Type != "BertPreTokenizer" {
		typ := "null"
		if p != nil {
			typ = p.Type
		}
		return c, nil, fmt.Errorf("pre_tokenizer %s (only BertPreTokenizer): %w", typ, ErrUnsupported)
	}

	if p := tj.PostProcessor; p != nil {
		switch p.Type {
		case "BertProcessing":
			if err := specialName(p.Cls, &c.cls); err != nil {
				return c, nil, fmt.Errorf("post_processor cls: %w", err)
			}
			if err := specialName(p.Sep, &c.sep); err != nil {
				return c, nil, fmt.Errorf("post_processor sep: %w", err)
			}
		case "TemplateProcessing":
			var specials []string
			for _, piece := range p.Single {
				if piece.SpecialToken != nil {
					specials = append(specials, piece.SpecialToken.ID)
				}
			}
			if len(specials) >= 2 {
				c.cls, c.sep = specials[0], specials[len(specials)-1]
			}
		}
	}
	return c, tokens, nil
}

// specialName reads the token of a BertProcessing ["[SEP]", 102] pair.
func specialName(pair []json.RawMessage, dst *string) error {
	if len(pair) == 0 {
		return nil
	}
	return json.Unmarshal(pair[0], dst)
}

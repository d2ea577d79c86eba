package hf

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/sugarme/tokenizer"
	"github.com/sugarme/tokenizer/normalizer"
	"github.com/sugarme/tokenizer/pretrained"

	"github.com/newsnlp/newsnlp/nlp/wordpiece"
)

// Tokenizer encodes text with a tokenizer.json through sugarme. It is safe
// for concurrent use.
type Tokenizer struct {
	// full is the file's pipeline; bare the same without its normalizer,
	// run on text this package normalized.
	full, bare *tokenizer.Tokenizer
	norm       normalizer.Normalizer
	// ascii holds the normalization of each ASCII character.
	ascii         [utf8.RuneSelf]string
	before, after []int32
	// byteLevel: the pre-tokenizer is ByteLevel, whose offsets sugarme
	// gets right; other pieces are located by their spelling.
	byteLevel bool
	spelling  spelling
}

// fileConfig is what this package reads of a tokenizer.json itself.
type fileConfig struct {
	PreTokenizer json.RawMessage `json:"pre_tokenizer"`
	Model        struct {
		UnkToken                *string `json:"unk_token"`
		UnkID                   *int    `json:"unk_id"`
		ContinuingSubwordPrefix *string `json:"continuing_subword_prefix"`
		EndOfWordSuffix         *string `json:"end_of_word_suffix"`
	} `json:"model"`
}

// spellingOf reads how the file's tokens spell text.
func spellingOf(data []byte, full *tokenizer.Tokenizer) (sp spelling, byteLevel bool, err error) {
	var fc fileConfig
	if err := json.Unmarshal(data, &fc); err != nil {
		return sp, false, err
	}
	sp.unknown = -1
	m := fc.Model
	if m.ContinuingSubwordPrefix != nil {
		sp.prefix = *m.ContinuingSubwordPrefix
	}
	if m.EndOfWordSuffix != nil {
		sp.suffix = *m.EndOfWordSuffix
	}
	if m.UnkToken != nil {
		if id, ok := full.TokenToId(*m.UnkToken); ok {
			sp.unknown = id
		}
	}
	if m.UnkID != nil {
		sp.unknown = *m.UnkID
	}
	pre := string(fc.PreTokenizer)
	byteLevel = strings.Contains(pre, `"ByteLevel"`)
	if strings.Contains(pre, `"Metaspace"`) {
		sp.space = "▁"
		var ms struct {
			Replacement string `json:"replacement"`
		}
		if json.Unmarshal(fc.PreTokenizer, &ms) == nil && ms.Replacement != "" {
			sp.space = ms.Replacement
		}
	}
	return sp, byteLevel, nil
}

// Load reads a HuggingFace tokenizer.json. Errors name the file; a file
// sugarme cannot build a tokenizer from (an unknown component, a malformed
// field) is an error, never a panic.
func Load(path string) (*Tokenizer, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("hf: %w", err)
	}
	t, err := fromJSON(data)
	if err != nil {
		return nil, fmt.Errorf("hf: %s: %w", path, err)
	}
	return t, nil
}

// fromJSON builds the tokenizer of a tokenizer.json's contents.
func fromJSON(data []byte) (t *Tokenizer, err error) {
	// sugarme asserts the types of JSON fields without checking them.
	defer func() {
		if r := recover(); r != nil {
			t, err = nil, fmt.Errorf("sugarme cannot load it: %v", r)
		}
	}()
	var cfg map[string]json.RawMessage
	if err := json.Unmarshal(data, &cfg); err != nil {
		return nil, err
	}
	if len(cfg["model"]) == 0 || string(cfg["model"]) == "null" {
		return nil, errors.New("no model")
	}
	full, err := pretrained.FromReader(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	t = &Tokenizer{full: full, norm: full.GetNormalizer()}
	if t.spelling, t.byteLevel, err = spellingOf(data, full); err != nil {
		return nil, err
	}
	if t.norm != nil {
		cfg["normalizer"] = json.RawMessage("null")
		bareJSON, err := json.Marshal(cfg)
		if err != nil {
			return nil, err
		}
		if t.bare, err = pretrained.FromReader(bytes.NewReader(bareJSON)); err != nil {
			return nil, err
		}
		for c := range utf8.RuneSelf {
			if t.ascii[c], err = t.normalize(string(rune(c))); err != nil {
				return nil, err
			}
		}
	}
	for _, tk := range []*tokenizer.Tokenizer{t.full, t.bare} {
		if tk != nil {
			tk.WithTruncation(nil)
			tk.WithPadding(nil)
		}
	}
	if t.before, t.after, err = template(full); err != nil {
		return nil, err
	}
	return t, nil
}

// template finds the special ids the post-processor puts around a sequence
// by post-processing a sequence of one placeholder id.
func template(tk *tokenizer.Tokenizer) (before, after []int32, err error) {
	const placeholder = -1
	enc := tokenizer.NewEncoding([]int{placeholder}, []int{0}, []string{""}, [][]int{{0, 0}}, []int{0}, []int{1}, nil)
	out := tk.PostProcess(enc, nil, true)
	i := slices.Index(out.Ids, placeholder)
	if i < 0 {
		return nil, nil, errors.New("the post_processor drops the sequence")
	}
	for _, id := range out.Ids[:i] {
		before = append(before, int32(id))
	}
	for _, id := range out.Ids[i+1:] {
		after = append(after, int32(id))
	}
	return before, after, nil
}

// Template returns the special ids of the file's post_processor (RoBERTa:
// <s> and </s>; GPT-2's ByteLevel: none).
func (t *Tokenizer) Template() (before, after []int32) { return t.before, t.after }

// VocabSize is the number of ids, added tokens included.
func (t *Tokenizer) VocabSize() int { return t.full.GetVocabSize(true) }

// Token returns the vocabulary entry of id, or "" if there is none.
func (t *Tokenizer) Token(id int32) string {
	s, _ := t.full.IdToToken(int(id))
	return s
}

// Append appends the pieces of text (see wordpiece.Tokenizer). Text that is
// not valid UTF-8, or that sugarme fails on, gives no pieces.
func (t *Tokenizer) Append(dst []wordpiece.Piece, text string) []wordpiece.Piece {
	if text == "" || len(text) > 1<<31-1 || !utf8.ValidString(text) {
		return dst
	}
	n0 := len(dst)
	dst, err := t.append(dst, text)
	if err != nil {
		return dst[:n0]
	}
	return dst
}

func (t *Tokenizer) append(dst []wordpiece.Piece, text string) (out []wordpiece.Piece, err error) {
	defer func() {
		if r := recover(); r != nil {
			out, err = dst, fmt.Errorf("hf: sugarme panicked: %v", r)
		}
	}()
	normalized, tk := text, t.full
	var a alignment
	if t.norm == nil {
		a = identity(text)
	} else {
		var err error
		if normalized, err = t.normalize(text); err != nil {
			return dst, err
		}
		var ok bool
		if a, ok = t.align(text, normalized); !ok {
			enc, err := encode(t.full, text)
			if err != nil {
				return dst, err
			}
			return appendSnapped(dst, enc, text), nil
		}
		tk = t.bare
	}
	enc, err := encode(tk, normalized)
	if err != nil {
		return dst, err
	}
	if t.byteLevel {
		return a.appendPieces(dst, enc.Ids, enc.Offsets), nil
	}
	spans, ok := t.locateBySplits(normalized, enc)
	if !ok {
		spans = t.spelling.locate(normalized, enc.Ids, enc.Tokens)
	}
	offsets := make([][]int, len(spans))
	for i, sp := range spans {
		offsets[i] = sp[:]
	}
	return a.appendPieces(dst, enc.Ids, offsets), nil
}

// locateBySplits locates the pieces of enc in normalized split by split:
// the pre-tokenizer's splits (words) are found in order in the text, then
// each word's pieces inside it, so that an unknown piece cannot push the
// search past its word. It reports false when the splits and the pieces'
// word indices do not agree.
func (t *Tokenizer) locateBySplits(normalized string, enc *tokenizer.Encoding) ([][2]int, bool) {
	pre := t.full.GetPreTokenizer()
	if pre == nil || len(enc.Words) != len(enc.Ids) {
		return nil, false
	}
	pt, err := pre.PreTokenize(tokenizer.NewPreTokenizedString(normalized))
	if err != nil {
		return nil, false
	}
	splits := pt.GetSplits(normalizer.NormalizedTarget, tokenizer.Byte)
	spans := make([][2]int, 0, len(enc.Ids))
	cursor, i := 0, 0
	for w, sp := range splits {
		v := sp.Value
		if t.spelling.space != "" {
			v = strings.ReplaceAll(v, t.spelling.space, " ")
		}
		v = strings.TrimSpace(v)
		k := strings.Index(normalized[cursor:], v)
		if k < 0 {
			return nil, false
		}
		start, end := cursor+k, cursor+k+len(v)
		j := i
		for j < len(enc.Ids) && enc.Words[j] == w {
			j++
		}
		for _, s := range t.spelling.locate(normalized[start:end], enc.Ids[i:j], enc.Tokens[i:j]) {
			spans = append(spans, [2]int{start + s[0], start + s[1]})
		}
		cursor, i = end, j
	}
	return spans, i == len(enc.Ids)
}

// encode runs sugarme's pipeline without its post-processor.
func encode(tk *tokenizer.Tokenizer, text string) (*tokenizer.Encoding, error) {
	return tk.EncodeSingleSequence(tokenizer.NewInputSequence(text), 0, tokenizer.Byte)
}

// normalize runs the file's normalizer over s.
func (t *Tokenizer) normalize(s string) (string, error) {
	n, err := t.norm.Normalize(normalizer.NewNormalizedFrom(s))
	if err != nil {
		return "", err
	}
	return n.GetNormalized(), nil
}

// appendSnapped appends the pieces of enc with sugarme's byte offsets into
// text, moved onto character boundaries (start down, end up), clamped to
// the text and kept in order.
func appendSnapped(dst []wordpiece.Piece, enc *tokenizer.Encoding, text string) []wordpiece.Piece {
	prev := 0
	for i, id := range enc.Ids {
		start, end := enc.Offsets[i][0], enc.Offsets[i][1]
		start = max(min(start, len(text)), prev)
		end = max(min(end, len(text)), start)
		for start > 0 && start < len(text) && !utf8.RuneStart(text[start]) {
			start--
		}
		for end < len(text) && !utf8.RuneStart(text[end]) {
			end++
		}
		prev = start
		dst = append(dst, wordpiece.Piece{ID: int32(id), Start: int32(start), End: int32(end)})
	}
	return dst
}

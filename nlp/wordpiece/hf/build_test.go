package hf

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"

	"github.com/sugarme/tokenizer/pretrained"
)

// This file builds tokenizer.json files, in a temporary directory, from the
// vocabularies and merges that ship in the sugarme module: no network.

// sugarmeModel returns the path of a file of sugarme's pretrained/model
// directory, found beside the source of sugarme's pretrained package (the
// module cache), skipping the test when it is not there.
func sugarmeModel(t *testing.T, name string) string {
	t.Helper()
	file, _ := runtime.FuncForPC(reflect.ValueOf(pretrained.FromFile).Pointer()).FileLine(reflect.ValueOf(pretrained.FromFile).Pointer())
	path := filepath.Join(filepath.Dir(file), "model", name)
	if _, err := os.Stat(path); err != nil {
		t.Skipf("%s not found beside sugarme's source (%s): %v", name, file, err)
	}
	return path
}

// byteSymbols returns GPT-2's 256 byte symbols in the order of its
// vocabulary: the printable bytes ! to ~, ¡ to ¬ and ® to ÿ as themselves,
// then every other byte, in order, as U+0100 onwards.
func byteSymbols() []string {
	var printable []int
	for _, r := range [][2]int{{'!', '~'}, {0xA1, 0xAC}, {0xAE, 0xFF}} {
		for b := r[0]; b <= r[1]; b++ {
			printable = append(printable, b)
		}
	}
	var syms []string
	seen := map[int]bool{}
	for _, b := range printable {
		syms = append(syms, string(rune(b)))
		seen[b] = true
	}
	n := 0
	for b := range 256 {
		if !seen[b] {
			syms = append(syms, string(rune(256+n)))
			n++
		}
	}
	return syms
}

// readMerges returns the merges of a GPT-2 merges.txt, without its
// "#version" line.
func readMerges(t *testing.T, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var merges []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if l := sc.Text(); l != "" && !strings.HasPrefix(l, "#version") {
			merges = append(merges, l)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return merges
}

// bpeVocab is GPT-2's vocabulary rebuilt from its merges: the specials
// given first, the 256 byte symbols, one symbol per merge, the specials
// given last.
func bpeVocab(merges []string, first, last []string) map[string]int {
	vocab := map[string]int{}
	add := func(s string) {
		if _, ok := vocab[s]; !ok {
			vocab[s] = len(vocab)
		}
	}
	for _, s := range first {
		add(s)
	}
	for _, s := range byteSymbols() {
		add(s)
	}
	for _, m := range merges {
		a, b, _ := strings.Cut(m, " ")
		add(a + b)
	}
	for _, s := range last {
		add(s)
	}
	return vocab
}

func addedTokens(vocab map[string]int, names ...string) []any {
	var out []any
	for _, n := range names {
		out = append(out, map[string]any{"id": vocab[n], "content": n, "single_word": false,
			"lstrip": false, "rstrip": false, "normalized": false, "special": true})
	}
	return out
}

// gpt2JSON is GPT-2's tokenizer: byte-level BPE, no specials around a
// sequence, <|endoftext|> as id 50256.
func gpt2JSON(t *testing.T) map[string]any {
	merges := readMerges(t, sugarmeModel(t, "gpt2-merges.txt"))
	vocab := bpeVocab(merges, nil, []string{"<|endoftext|>"})
	byteLevel := map[string]any{"type": "ByteLevel", "add_prefix_space": false, "trim_offsets": true, "use_regex": true}
	return map[string]any{
		"version":        "1.0",
		"added_tokens":   addedTokens(vocab, "<|endoftext|>"),
		"normalizer":     nil,
		"pre_tokenizer":  byteLevel,
		"post_processor": map[string]any{"type": "ByteLevel", "add_prefix_space": true, "trim_offsets": false, "use_regex": true},
		"decoder":        byteLevel,
		"model": map[string]any{"type": "BPE", "dropout": nil, "unk_token": nil, "continuing_subword_prefix": "",
			"end_of_word_suffix": "", "fuse_unk": false, "byte_fallback": false, "vocab": vocab, "merges": merges},
	}
}

// robertaJSON is a RoBERTa-style tokenizer over RoBERTa's merges: <s> … </s>
// around a sequence. sugarme ships RoBERTa's merges but not its vocab.json,
// so the ids are GPT-2's order after the four specials, not RoBERTa's.
func robertaJSON(t *testing.T) map[string]any {
	merges := readMerges(t, sugarmeModel(t, "roberta-base-merges.txt"))
	vocab := bpeVocab(merges, []string{"<s>", "<pad>", "</s>", "<unk>"}, []string{"<mask>"})
	byteLevel := map[string]any{"type": "ByteLevel", "add_prefix_space": false, "trim_offsets": true, "use_regex": true}
	return map[string]any{
		"version":       "1.0",
		"added_tokens":  addedTokens(vocab, "<s>", "<pad>", "</s>", "<unk>", "<mask>"),
		"normalizer":    nil,
		"pre_tokenizer": byteLevel,
		"post_processor": map[string]any{"type": "RobertaProcessing", "sep": []any{"</s>", 2}, "cls": []any{"<s>", 0},
			"trim_offsets": true, "add_prefix_space": false},
		"decoder": byteLevel,
		"model": map[string]any{"type": "BPE", "dropout": nil, "unk_token": nil, "continuing_subword_prefix": "",
			"end_of_word_suffix": "", "fuse_unk": false, "byte_fallback": false, "vocab": vocab, "merges": merges},
	}
}

// readVocab reads a BERT vocab.txt: token → line number.
func readVocab(t *testing.T, path string) (map[string]int, []string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	vocab := map[string]int{}
	tokens := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	for i, tok := range tokens {
		vocab[tok] = i
	}
	return vocab, tokens
}

var bertPost = map[string]any{"type": "BertProcessing", "sep": []any{"[SEP]", 102}, "cls": []any{"[CLS]", 101}}

// bertUncasedJSON is bert-base-uncased: BertNormalizer (lowercase, strip
// accents), BertPreTokenizer, WordPiece.
func bertUncasedJSON(t *testing.T) map[string]any {
	vocab, _ := readVocab(t, sugarmeModel(t, "bert-base-uncased-vocab.txt"))
	return map[string]any{
		"version":        "1.0",
		"added_tokens":   addedTokens(vocab, "[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"),
		"normalizer":     map[string]any{"type": "BertNormalizer", "clean_text": true, "handle_chinese_chars": true, "strip_accents": nil, "lowercase": true},
		"pre_tokenizer":  map[string]any{"type": "BertPreTokenizer"},
		"post_processor": bertPost,
		"decoder":        map[string]any{"type": "WordPiece", "prefix": "##", "cleanup": true},
		"model": map[string]any{"type": "WordPiece", "unk_token": "[UNK]", "continuing_subword_prefix": "##",
			"max_input_chars_per_word": 100, "vocab": vocab},
	}
}

// wordLevelJSON is a WordLevel tokenizer over the words of the cased BERT
// vocabulary (no "##" pieces), lowercasing nothing, split on white space
// and punctuation.
func wordLevelJSON(t *testing.T) map[string]any {
	_, tokens := readVocab(t, sugarmeModel(t, "bert-large-cased-whole-word-masking-finetuned-squad-vocab.txt"))
	vocab := map[string]int{}
	for _, tok := range tokens {
		if !strings.HasPrefix(tok, "##") {
			vocab[tok] = len(vocab)
		}
	}
	return map[string]any{
		"version":        "1.0",
		"added_tokens":   addedTokens(vocab, "[UNK]", "[CLS]", "[SEP]"),
		"normalizer":     nil,
		"pre_tokenizer":  map[string]any{"type": "Whitespace"},
		"post_processor": map[string]any{"type": "BertProcessing", "sep": []any{"[SEP]", vocab["[SEP]"]}, "cls": []any{"[CLS]", vocab["[CLS]"]}},
		"model":          map[string]any{"type": "WordLevel", "unk_token": "[UNK]", "vocab": vocab},
	}
}

// unigramJSON is a SentencePiece-style Unigram tokenizer (NFKC, Metaspace,
// </s> after a sequence, as T5). No Unigram model ships with sugarme: the
// pieces are the cased BERT vocabulary ("word" as "▁word", "##piece" as
// "piece") with scores that favour earlier, more frequent entries. It
// exercises the Unigram path, not a trained model.
func unigramJSON(t *testing.T) map[string]any {
	_, tokens := readVocab(t, sugarmeModel(t, "bert-large-cased-whole-word-masking-finetuned-squad-vocab.txt"))
	var vocab []any
	seen := map[string]bool{}
	add := func(piece string, score float64) {
		if !seen[piece] {
			seen[piece] = true
			vocab = append(vocab, []any{piece, score})
		}
	}
	add("<pad>", 0)
	add("</s>", 0)
	add("<unk>", 0)
	for i, tok := range tokens {
		score := -1 - float64(i)/1000
		switch {
		case strings.HasPrefix(tok, "[") && strings.HasSuffix(tok, "]"):
		case strings.HasPrefix(tok, "##"):
			add(tok[2:], score)
		default:
			add("▁"+tok, score)
		}
	}
	return map[string]any{
		"version":        "1.0",
		"added_tokens":   []any{},
		"normalizer":     map[string]any{"type": "NFKC"},
		"pre_tokenizer":  map[string]any{"type": "Metaspace", "replacement": "▁", "add_prefix_space": true, "prepend_scheme": "always", "split": true},
		"post_processor": map[string]any{"type": "TemplateProcessing", "single": []any{map[string]any{"Sequence": map[string]any{"id": "A", "type_id": 0}}, map[string]any{"SpecialToken": map[string]any{"id": "</s>", "type_id": 0}}}, "pair": []any{}, "special_tokens": map[string]any{"</s>": map[string]any{"id": "</s>", "ids": []any{1}, "tokens": []any{"</s>"}}}},
		"model":          map[string]any{"type": "Unigram", "unk_id": 2, "vocab": vocab, "byte_fallback": false},
	}
}

// writeJSON writes cfg as tokenizer.json in a temporary directory.
func writeJSON(t *testing.T, cfg map[string]any) string {
	t.Helper()
	data, err := json.Marshal(cfg)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "tokenizer.json")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

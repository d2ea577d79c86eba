package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/newsnlp/newsnlp/pipeline"
	"github.com/newsnlp/newsnlp/pipeline/source"
)

// InputFlags say how `newsnlp run` reads its input: where the fields of
// structured records are, how dates and bytes are read, how large an
// article may be.
type InputFlags struct {
	TextField       []string `name:"text-field" sep:"," placeholder:"PATH" help:"Field holding the article text (JSON, CSV); dots for nested objects (article.text); several are tried in order. Default: text, content, body, article, article.text, …"`
	IDField         []string `name:"id-field" sep:"," placeholder:"PATH" help:"Field holding the article id. Default: id, article_id, uuid, guid."`
	TitleField      []string `name:"title-field" sep:"," placeholder:"PATH" help:"Field holding the title. Default: title, headline."`
	DateField       []string `name:"date-field" sep:"," placeholder:"PATH" help:"Field holding the publication date. Default: published, published_at, date, publish_date, …"`
	DateOrder       string   `name:"date-order" enum:"auto,mdy,dmy" default:"auto" help:"Reading of ambiguous numeric dates such as 05/03/2024: mdy (May 3), dmy (5 March), auto (from LC_ALL/LC_TIME/LANG: mdy for the US and unset locales, else dmy)."`
	Encoding        string   `default:"auto" help:"Encoding of input that does not declare one (JSON, text files, CSV, HTML without a charset; a BOM, valid UTF-8 in HTML, or a WARC record's HTTP charset still wins; it wins over a <meta> charset): a WHATWG label (utf-8, windows-1252, iso-8859-15, shift_jis, …) or auto (UTF-8 when valid, else windows-1252)."`
	MaxArticleBytes int      `name:"max-article-bytes" default:"4194304" help:"Longest article text in bytes (an HTML page is first cut at twice this, its extracted text at this); a longer one is cut at a paragraph break, with a warning row (0: no limit)."`
	RefuseOversize  bool     `name:"refuse-oversize" help:"Refuse an article longer than --max-article-bytes (an errors row) instead of truncating it."`
}

// apply sets the input options of cfg from the flags.
func (f *InputFlags) apply(cfg *pipeline.Config) error {
	order, err := source.ParseDateOrder(f.DateOrder)
	if err != nil {
		return err
	}
	enc, err := source.LookupEncoding(f.Encoding)
	if err != nil {
		return err
	}
	for _, p := range [][]string{f.TextField, f.IDField, f.TitleField, f.DateField} {
		for _, path := range p {
			if strings.TrimSpace(path) == "" || strings.HasPrefix(path, ".") || strings.HasSuffix(path, ".") {
				return fmt.Errorf("bad field path %q (want name or name.inner)", path)
			}
		}
	}
	cfg.Source = source.Options{
		Fields:    source.Fields{Text: f.TextField, ID: f.IDField, Title: f.TitleField, Published: f.DateField},
		DateOrder: order,
		Encoding:  enc,
	}
	switch {
	case f.MaxArticleBytes < 0:
		return fmt.Errorf("--max-article-bytes %d: want 0 (no limit) or more", f.MaxArticleBytes)
	case f.MaxArticleBytes == 0:
		cfg.MaxArticleBytes = -1
	default:
		cfg.MaxArticleBytes = f.MaxArticleBytes
	}
	cfg.RefuseOversize = f.RefuseOversize
	return nil
}

// settings records the flags that change the output and that the pipeline
// does not see as such (the wordpieces options) in the run's stamp.
func (c *RunCmd) settings(cfg *pipeline.Config) {
	cfg.Settings = map[string]string{
		"max-length": strconv.Itoa(c.MaxLength),
		"stride":     strconv.Itoa(c.Stride),
		"vocab":      c.Vocab,
		"tokenizer":  c.Tokenizer,
		"uncased":    strconv.FormatBool(c.Uncased),
	}
}

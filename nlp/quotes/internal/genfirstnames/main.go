// Command genfirstnames builds nlp/quotes/data/first_names.tsv.gz, the
// first-name gender table pronoun resolution uses, from the name lists of
// the npm package gender-detection-from-name 1.11.5 (MIT licence, © 2019
// Davide Violante):
//
//	npm pack gender-detection-from-name@1.11.5 && tar xzf gender-detection-from-name-1.11.5.tgz
//	go run ./nlp/quotes/internal/genfirstnames -from package/names -out nlp/quotes/data/first_names.tsv.gz
//
// A name listed by several languages takes the gender most of them give,
// the English list's on a tie.
package main

import (
	"bufio"
	"compress/gzip"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

var entry = regexp.MustCompile(`\['([^']+)',\s*'(male|female)'\]`)

func main() {
	from := flag.String("from", "package/names", "folder of the package's <lang>.js name lists")
	out := flag.String("out", "nlp/quotes/data/first_names.tsv.gz", "table to write")
	flag.Parse()
	if err := run(*from, *out); err != nil {
		fmt.Fprintln(os.Stderr, "genfirstnames:", err)
		os.Exit(1)
	}
}

type votes struct {
	m, f int
	en   byte
}

func run(from, out string) error {
	vs := map[string]*votes{}
	for _, lang := range []string{"en", "de", "es", "fr", "it", "tr"} {
		src, err := os.ReadFile(filepath.Join(from, lang+".js"))
		if err != nil {
			return err
		}
		for _, m := range entry.FindAllStringSubmatch(string(src), -1) {
			name, g := m[1], m[2][0]
			if len(name) < 2 || strings.ContainsAny(name, " \t") {
				continue
			}
			v := vs[name]
			if v == nil {
				v = &votes{}
				vs[name] = v
			}
			if g == 'm' {
				v.m++
			} else {
				v.f++
			}
			if lang == "en" {
				v.en = g
			}
		}
	}
	names := make([]string, 0, len(vs))
	for n := range vs {
		names = append(names, n)
	}
	sort.Strings(names)
	tmp := out + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return err
	}
	zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	w := bufio.NewWriter(zw)
	for _, n := range names {
		v := vs[n]
		g := v.en
		switch {
		case v.m > v.f:
			g = 'm'
		case v.f > v.m:
			g = 'f'
		}
		if g == 0 {
			continue
		}
		fmt.Fprintf(w, "%s\t%c\n", n, g)
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	if err := zw.Close(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(tmp, out)
}

package conll

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Sentence is one CoNLL sentence: its tokens and their gold tags
// (Gold[i] tags Tokens[i]), the last column of each line.
type Sentence struct {
	Tokens []string
	Gold   []string
	// Middle holds each token's columns between the token and its gold
	// tag (in CoNLL-2003 the part-of-speech and chunk tags); empty for a
	// two-column file.
	Middle [][]string
}

// Document is the run of sentences between two -DOCSTART- lines.
type Document struct {
	Sentences []Sentence
}

// NumTokens is the number of tokens in the document.
func (d Document) NumTokens() int {
	n := 0
	for _, s := range d.Sentences {
		n += len(s.Tokens)
	}
	return n
}

// Read parses a CoNLL file. Lines with fewer than two columns are an
// error (with the line number); empty sentences and documents are dropped.
// A file without -DOCSTART- lines is one document.
func Read(r io.Reader) ([]Document, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 16*1024*1024)
	var (
		docs []Document
		doc  Document
		sent Sentence
		line int
	)
	endSentence := func() {
		if len(sent.Tokens) > 0 {
			doc.Sentences = append(doc.Sentences, sent)
		}
		sent = Sentence{}
	}
	endDocument := func() {
		endSentence()
		if len(doc.Sentences) > 0 {
			docs = append(docs, doc)
		}
		doc = Document{}
	}
	for sc.Scan() {
		line++
		fields := strings.Fields(sc.Text())
		switch {
		case len(fields) == 0:
			endSentence()
		case fields[0] == "-DOCSTART-":
			endDocument()
		case len(fields) < 2:
			return nil, fmt.Errorf("conll: line %d: want at least 2 columns (token ... tag), got %d", line, len(fields))
		default:
			sent.Tokens = append(sent.Tokens, fields[0])
			sent.Gold = append(sent.Gold, fields[len(fields)-1])
			sent.Middle = append(sent.Middle, fields[1:len(fields)-1])
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("conll: line %d: %w", line+1, err)
	}
	endDocument()
	return docs, nil
}

package wordpiece

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"
)

// vocab is a WordPiece vocabulary: the id of every token and a byte trie
// over the tokens for greedy longest-match-first lookups.
type vocab struct {
	tokens []string // id -> token ("" for ids the source left unused)
	ids    map[string]int32
	trie   trie
	// cont is the trie node reached by the continuing-subword prefix ("##"),
	// or -1 when no token starts with it.
	cont int32
}

// trie is an immutable byte trie stored in flat arrays. Node n has the
// children edgeChild[edgeLo[n]:edgeLo[n+1]], labelled edgeByte[...] in
// increasing byte order; id[n] is the token id ending at n, or -1.
type trie struct {
	id        []int32
	edgeLo    []int32
	edgeByte  []byte
	edgeChild []int32
}

// child returns the child of node n along byte b, or -1.
func (t *trie) child(n int32, b byte) int32 {
	lo, hi := t.edgeLo[n], t.edgeLo[n+1]
	labels := t.edgeByte[lo:hi]
	// Most nodes have few children: scan; binary search the wide ones.
	if len(labels) <= 12 {
		for i, c := range labels {
			if c == b {
				return t.edgeChild[lo+int32(i)]
			}
			if c > b {
				return -1
			}
		}
		return -1
	}
	i, j := 0, len(labels)
	for i < j {
		h := int(uint(i+j) >> 1)
		if labels[h] < b {
			i = h + 1
		} else {
			j = h
		}
	}
	if i < len(labels) && labels[i] == b {
		return t.edgeChild[lo+int32(i)]
	}
	return -1
}

// walk returns the node reached from node n along s, or -1.
func (t *trie) walk(n int32, s string) int32 {
	for i := 0; i < len(s) && n >= 0; i++ {
		n = t.child(n, s[i])
	}
	return n
}

// longest returns the id and length of the longest token that is a prefix of
// w and ends on a character boundary of w, walking from node n; length 0 when
// there is none.
func longest[T string | []byte](t *trie, n int32, w T) (id int32, length int) {
	id = -1
	for i := 0; i < len(w); i++ {
		n = t.child(n, w[i])
		if n < 0 {
			break
		}
		if t.id[n] >= 0 && (i+1 == len(w) || utf8.RuneStart(w[i+1])) {
			id, length = t.id[n], i+1
		}
	}
	return id, length
}

// buildTrie builds the trie of the tokens of ids.
func buildTrie(ids map[string]int32) trie {
	keys := make([]string, 0, len(ids))
	for k := range ids {
		if k != "" {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	// Build with per-node child lists, then flatten breadth-first.
	type node struct {
		id       int32
		children []int32 // indices into nodes, in byte order (keys are sorted)
		labels   []byte
	}
	nodes := []node{{id: -1}}
	for _, k := range keys {
		n := int32(0)
		for i := 0; i < len(k); i++ {
			cur := &nodes[n]
			last := len(cur.labels) - 1
			if last >= 0 && cur.labels[last] == k[i] {
				n = cur.children[last]
				continue
			}
			nodes = append(nodes, node{id: -1})
			child := int32(len(nodes) - 1)
			cur = &nodes[n]
			cur.labels = append(cur.labels, k[i])
			cur.children = append(cur.children, child)
			n = child
		}
		nodes[n].id = ids[k]
	}
	t := trie{
		id:     make([]int32, len(nodes)),
		edgeLo: make([]int32, len(nodes)+1),
	}
	for i := range nodes {
		t.id[i] = nodes[i].id
		t.edgeLo[i] = int32(len(t.edgeByte))
		t.edgeByte = append(t.edgeByte, nodes[i].labels...)
		t.edgeChild = append(t.edgeChild, nodes[i].children...)
	}
	t.edgeLo[len(nodes)] = int32(len(t.edgeByte))
	return t
}

// readVocab reads a vocab.txt: one token per line, the id is the line number
// (from 0). Trailing whitespace (and "\r") is trimmed from each line, as
// HuggingFace's loaders do; when a token repeats, its last line wins.
func readVocab(r io.Reader) ([]string, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	var tokens []string
	for sc.Scan() {
		tokens = append(tokens, strings.TrimRight(sc.Text(), " \t\r\n"))
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("wordpiece: read vocab: %w", err)
	}
	if len(tokens) == 0 {
		return nil, fmt.Errorf("wordpiece: read vocab: empty vocabulary")
	}
	return tokens, nil
}

// newVocab indexes tokens (token i has id i; "" marks unused ids).
func newVocab(tokens []string, prefix string) (*vocab, error) {
	if len(tokens) > 1<<31-1 {
		return nil, fmt.Errorf("wordpiece: vocabulary of %d tokens is too large", len(tokens))
	}
	ids := make(map[string]int32, len(tokens))
	for i, tok := range tokens {
		if tok != "" {
			ids[tok] = int32(i)
		}
	}
	v := &vocab{tokens: tokens, ids: ids, trie: buildTrie(ids), cont: -1}
	if prefix == "" {
		v.cont = 0
	} else {
		v.cont = v.trie.walk(0, prefix)
	}
	return v, nil
}

// lookup returns the id of tok.
func (v *vocab) lookup(tok string) (int32, bool) {
	id, ok := v.ids[tok]
	return id, ok
}

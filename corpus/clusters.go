package corpus

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"fmt"
	"slices"

	"github.com/newsnlp/newsnlp/corpus/fingerprint"
	"github.com/newsnlp/newsnlp/schemas"
)

// MinSharedValues is how many of the fingerprint.SignatureSize MinHash
// values two articles sharing a band must have in common to be
// near-duplicates: 27 of 60, an estimated Jaccard similarity of their
// 5-gram sets of at least 0.45. Chosen on a synthetic corpus (gen corpus
// --stories 1000 --seed 1): 0.5 missed copies with trimmed paragraphs and
// other boilerplate (pair recall 0.935), 0.4 joined distinct stories
// sharing paragraphs (pair precision 0.952).
const MinSharedValues = 27

// writeClusters links every article to the first article (smallest
// article_id) of each band bucket it is in, when their signatures agree on
// MinSharedValues values, and writes the connected components of two or
// more articles as article_clusters.
func (b *builder) writeClusters() error {
	n := b.articles.len()
	uf := newUnionFind(n)
	head := make([]int32, fingerprint.SignatureSize)
	other := make([]int32, fingerprint.SignatureSize)
	var bucket []byte
	headIdx := -1
	for rec, err := range b.bands.Sorted() {
		if err != nil {
			return err
		}
		idx := int(binary.BigEndian.Uint32(rec[len(rec)-4:]))
		if !bytes.Equal(rec[:9], bucket) {
			bucket = append(bucket[:0], rec[:9]...)
			headIdx = idx
			if err := b.signature(idx, head); err != nil {
				return err
			}
			continue
		}
		if uf.find(idx) == uf.find(headIdx) {
			continue
		}
		if err := b.signature(idx, other); err != nil {
			return err
		}
		if shared(head, other) >= MinSharedValues {
			uf.union(headIdx, idx)
		}
	}
	return b.writeComponents(uf)
}

// writeComponents writes the components of two or more articles, sorted
// by cluster_id and article_id.
func (b *builder) writeComponents(uf *unionFind) error {
	members := map[int][]int{}
	for i := range b.articles.len() {
		if r := uf.find(i); uf.size[r] > 1 {
			members[r] = append(members[r], i)
		}
	}
	type cluster struct {
		rep     int
		members []int
	}
	var clusters []cluster
	for _, m := range members {
		rep := slices.MinFunc(m, b.earlier)
		slices.SortFunc(m, func(x, y int) int { return cmp.Compare(b.articles.id(x), b.articles.id(y)) })
		clusters = append(clusters, cluster{rep: rep, members: m})
	}
	slices.SortFunc(clusters, func(x, y cluster) int { return cmp.Compare(b.articles.id(x.rep), b.articles.id(y.rep)) })
	out, err := createTable[schemas.ArticleCluster](b.opts.Out, TableArticleClusters, b.opts.Format)
	if err != nil {
		return err
	}
	repSig := make([]int32, fingerprint.SignatureSize)
	sig := make([]int32, fingerprint.SignatureSize)
	for _, c := range clusters {
		if err := b.signature(c.rep, repSig); err != nil {
			out.abort()
			return err
		}
		for _, m := range c.members {
			if err := b.signature(m, sig); err != nil {
				out.abort()
				return err
			}
			row := schemas.ArticleCluster{
				ClusterID: b.articles.id(c.rep), ArticleID: b.articles.id(m), Size: int32(len(c.members)),
				Similarity: float64(shared(repSig, sig)) / fingerprint.SignatureSize,
				Source:     b.articles.source(m), PublishedAt: b.articles.date(m),
			}
			if err := out.write(row); err != nil {
				out.abort()
				return err
			}
		}
	}
	b.stats.Clusters, b.stats.ClusteredArticles = int64(len(clusters)), out.n
	return out.commit()
}

// earlier orders articles for the choice of a representative: dated before
// undated, earlier first, then by article_id.
func (b *builder) earlier(x, y int) int {
	dx, dy := b.articles.dates[x], b.articles.dates[y]
	if (dx == noDate) != (dy == noDate) {
		if dx == noDate {
			return 1
		}
		return -1
	}
	return cmp.Or(cmp.Compare(dx, dy), cmp.Compare(b.articles.id(x), b.articles.id(y)))
}

// signature reads article i's MinHash signature from the spill file.
func (b *builder) signature(i int, dst []int32) error {
	var buf [4 * fingerprint.SignatureSize]byte
	if _, err := b.sigs.ReadAt(buf[:], int64(i)*int64(len(buf))); err != nil {
		return fmt.Errorf("corpus: read signatures: %w", err)
	}
	for k := range dst {
		dst[k] = int32(binary.LittleEndian.Uint32(buf[4*k:]))
	}
	return nil
}

func shared(a, b []int32) int {
	n := 0
	for i := range a {
		if a[i] == b[i] {
			n++
		}
	}
	return n
}

// unionFind is a disjoint-set forest over article numbers.
type unionFind struct{ parent, size []uint32 }

func newUnionFind(n int) *unionFind {
	u := &unionFind{parent: make([]uint32, n), size: make([]uint32, n)}
	for i := range u.parent {
		u.parent[i], u.size[i] = uint32(i), 1
	}
	return u
}

func (u *unionFind) find(i int) int {
	for int(u.parent[i]) != i {
		u.parent[i] = u.parent[u.parent[i]]
		i = int(u.parent[i])
	}
	return i
}

func (u *unionFind) union(a, b int) {
	ra, rb := u.find(a), u.find(b)
	if ra == rb {
		return
	}
	if u.size[ra] < u.size[rb] {
		ra, rb = rb, ra
	}
	u.parent[rb] = uint32(ra)
	u.size[ra] += u.size[rb]
}

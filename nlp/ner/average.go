package ner

import (
	"bytes"
	"errors"
	"fmt"
	"math"

	"github.com/newsnlp/newsnlp/internal/modelfile"
)

// Average returns the model whose weights are the mean of the models'
// (a feature a model lacks counts as zero there): one model of the same
// speed, tagging like the models' mean scores would in the first pass, and
// less dependent on one training run's luck than any of them. The models
// must share the gazetteer and clusters (trained with the same inputs and
// options except the seed); the result keeps them. Its tables are built
// anew, not views of the models' files.
//
// Features whose mean weights are all below prune in absolute value (in
// every pass and for every tag) are left out: a feature that only some
// models learnt, weakly, costs table space and lookups for little; the
// word cache keeps the exact means.
func Average(models []*Model, prune float64) (*Model, error) {
	if len(models) == 0 {
		return nil, errors.New("ner: average: no models")
	}
	first := models[0]
	for i, m := range models {
		if m.joint == nil {
			return nil, fmt.Errorf("ner: average: model %d is not trained", i)
		}
		if i == 0 {
			continue
		}
		if !sameResources(first, m) {
			return nil, fmt.Errorf("ner: average: model %d has another gazetteer, clusters or word cache", i)
		}
		if m.joint.has2 != first.joint.has2 {
			return nil, fmt.Errorf("ner: average: model %d has another number of passes", i)
		}
	}
	n := float64(len(models))
	passes := 1
	if first.joint.has2 {
		passes = 2
	}
	// The union of the features, in the order first met, with each pass's
	// summed weights.
	index := map[uint64]int{}
	var keys []uint64
	var sums [2][]float64
	var trans [2][(numLabels + 1) * numLabels]float64
	for _, m := range models {
		j := m.joint
		for _, s := range j.slots {
			if s.key == 0 {
				continue
			}
			r, ok := index[s.key]
			if !ok {
				r = len(keys)
				index[s.key] = r
				keys = append(keys, s.key)
				for p := range passes {
					sums[p] = append(sums[p], make([]float64, numLabels)...)
				}
			}
			for p := range passes {
				for t, v := range j.w[s.row][p] {
					sums[p][r*numLabels+t] += float64(v) * float64(j.scale[p])
				}
			}
		}
		for p := range passes {
			for t, v := range j.trans[p] {
				trans[p][t] += float64(v)
			}
		}
	}
	avg := &Model{gaz: first.gaz, clusters: first.clusters}
	drop := make([]bool, len(keys))
	for r := range keys {
		small := true
		for p := range passes {
			for t := range numLabels {
				if math.Abs(sums[p][r*numLabels+t]/n) >= prune {
					small = false
				}
			}
		}
		drop[r] = small
	}
	var layers [2]*layer
	for p := range passes {
		var kept []uint64
		var rows []float32
		for r, k := range keys {
			if drop[r] {
				continue
			}
			row := make([]float32, numLabels)
			nonzero := false
			for t := range numLabels {
				row[t] = float32(sums[p][r*numLabels+t] / n)
				nonzero = nonzero || row[t] != 0
			}
			if nonzero {
				kept = append(kept, k)
				rows = append(rows, row...)
			}
		}
		layers[p] = newLayer(kept, rows)
		for t := range trans[p] {
			layers[p].trans[t] = float32(trans[p][t] / n)
		}
	}
	avg.joint = newJoint(layers)
	// A word's cached scores are sums of its static features' weights:
	// the mean of the models' cached scores is the averaged model's.
	avg.cacheRows = make([][2][numLabels]float32, len(first.cacheRows))
	for i := range avg.cacheRows {
		for p := range 2 {
			for t := range numLabels {
				var s float64
				for _, m := range models {
					s += float64(m.cacheRows[i][p][t])
				}
				avg.cacheRows[i][p][t] = float32(s / n)
			}
		}
	}
	return avg, nil
}

// sameResources reports whether a and b hold the same compiled gazetteer
// and clusters, and word caches of the same words.
func sameResources(a, b *Model) bool {
	ga, gb := a.gaz, b.gaz
	if (ga == nil) != (gb == nil) || (a.clusters == nil) != (b.clusters == nil) || len(a.cacheRows) != len(b.cacheRows) {
		return false
	}
	if ga != nil && (ga.maxLen != gb.maxLen || !bytes.Equal(modelfile.Bytes(ga.slots, layoutGaz...), modelfile.Bytes(gb.slots, layoutGaz...)) ||
		fmt.Sprint(ga.kinds) != fmt.Sprint(gb.kinds)) {
		return false
	}
	if ca, cb := a.clusters, b.clusters; ca != nil &&
		(!bytes.Equal(modelfile.Bytes(ca.exact, layoutCluster...), modelfile.Bytes(cb.exact, layoutCluster...)) ||
			!bytes.Equal(modelfile.Bytes(ca.lower, layoutLower...), modelfile.Bytes(cb.lower, layoutLower...))) {
		return false
	}
	return true
}

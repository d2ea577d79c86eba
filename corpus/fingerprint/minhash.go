package fingerprint

// Signature parameters: a MinHash signature of SignatureSize values over
// word ShingleWords-grams, cut into Bands bands of BandRows values. Two
// bodies whose shingle sets have Jaccard similarity J share at least one
// band with probability 1-(1-J^2)^30: 0.9998 at J = 0.5, 0.96 at J = 0.33;
// candidates are then checked on the whole signature.
const (
	ShingleWords  = 5
	Bands         = 30
	BandRows      = 2
	SignatureSize = Bands * BandRows
)

// Signature returns the MinHash signature of text: for each of
// SignatureSize hash functions, the smallest hash (its high 32 bits) over
// the set of word ShingleWords-grams of Normalize(text). A text of fewer
// words has one shingle, all its words; a text without words has no
// signature (nil).
func Signature(text string) []int32 {
	words := Words(text)
	if len(words) == 0 {
		return nil
	}
	var mins, seeds [SignatureSize]uint64
	for k := range mins {
		mins[k] = ^uint64(0)
		seeds[k] = mix(uint64(k+1) * 0x9e3779b97f4a7c15) // splitmix64's sequence: fixed forever
	}
	n := max(len(words)-ShingleWords+1, 1)
	for i := range n {
		h := shingleHash(words[i:min(i+ShingleWords, len(words))])
		for k := range mins {
			if v := mix(h ^ seeds[k]); v < mins[k] {
				mins[k] = v
			}
		}
	}
	sig := make([]int32, SignatureSize)
	for k, m := range mins {
		sig[k] = int32(uint32(m >> 32))
	}
	return sig
}

// BandKeys returns the Bands locality-sensitive band keys of a signature:
// band b hashes the band number and values sig[b*BandRows:(b+1)*BandRows].
// Articles that share a band key are near-duplicate candidates. A nil
// signature has no bands.
func BandKeys(sig []int32) []int64 {
	if len(sig) != SignatureSize {
		return nil
	}
	bands := make([]int64, Bands)
	for b := range bands {
		h := uint64(fnvOffset)
		h = (h ^ uint64(b)) * fnvPrime
		for _, v := range sig[b*BandRows : (b+1)*BandRows] {
			for s := 0; s < 32; s += 8 {
				h = (h ^ uint64(uint32(v)>>s&0xff)) * fnvPrime
			}
		}
		bands[b] = int64(h)
	}
	return bands
}

// Similarity estimates the Jaccard similarity of the shingle sets of two
// texts from their signatures: the share of equal values. It is 0 when
// either signature is missing.
func Similarity(a, b []int32) float64 {
	if len(a) != SignatureSize || len(b) != SignatureSize {
		return 0
	}
	eq := 0
	for i := range a {
		if a[i] == b[i] {
			eq++
		}
	}
	return float64(eq) / SignatureSize
}

func shingleHash(words []string) uint64 {
	h := uint64(fnvOffset)
	for i, w := range words {
		if i > 0 {
			h = (h ^ ' ') * fnvPrime
		}
		for j := 0; j < len(w); j++ {
			h = (h ^ uint64(w[j])) * fnvPrime
		}
	}
	return h
}

// mix is the splitmix64 finalizer: a bijection that spreads every input
// bit over the output, so h^seed gives independent-looking hash functions.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

package pos

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestSum4 checks sum4 (AVX2 where the machine has it) against the Go
// loop, bit for bit, for every length up to 70 and values of mixed
// magnitude, where the order of the additions changes the rounding.
func TestSum4(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	val := func() float32 {
		return float32(rng.NormFloat64() * math.Pow(10, float64(rng.IntN(9)-4)))
	}
	for n := range 71 {
		a, b, c, d := make([]float32, n), make([]float32, n), make([]float32, n), make([]float32, n)
		for i := range n {
			a[i], b[i], c[i], d[i] = val(), val(), val(), val()
		}
		got, want := make([]float32, n), make([]float32, n)
		sum4(got, a, b, c, d)
		sum4Go(want, a, b, c, d)
		for i := range n {
			if math.Float32bits(got[i]) != math.Float32bits(want[i]) {
				t.Fatalf("n=%d: sum4[%d] = %g, Go loop %g", n, i, got[i], want[i])
			}
			if want[i] != ((a[i]+b[i])+c[i])+d[i] {
				t.Fatalf("n=%d: Go loop [%d] = %g, not ((a+b)+c)+d", n, i, want[i])
			}
		}
	}
}

// TestArgmax checks argmax against the Go loop: ties (the first wins),
// the maximum in every position, signed zeros, infinities and NaNs.
func TestArgmax(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	nan := float32(math.NaN())
	inf := float32(math.Inf(1))
	for n := 1; n <= 70; n++ {
		for trial := range 200 {
			s := make([]float32, n)
			for i := range s {
				s[i] = float32(rng.IntN(5)) // small range: many ties
			}
			switch trial % 8 {
			case 1:
				s[rng.IntN(n)] = 9
			case 2:
				s[rng.IntN(n)] = nan
			case 3:
				s[0] = nan
			case 4:
				for i := range s {
					s[i] = float32(math.Copysign(0, float64(rng.IntN(2)*2-1)))
				}
			case 5:
				s[rng.IntN(n)] = -inf
				s[rng.IntN(n)] = inf
			case 6:
				for i := range s {
					s[i] = -1 - float32(i)
				}
			case 7:
				for i := range s {
					s[i] = float32(rng.NormFloat64())
				}
			}
			if got, want := argmax(s), argmaxGo(s); got != want {
				t.Fatalf("argmax(%v) = %d, Go loop %d", s, got, want)
			}
		}
	}
}

// TestSum4Argmax checks sum4Argmax against sum4Go and argmaxGo: the sums
// bit for bit, and the index, on the argmax test's patterns (a, with b,
// c and d -0, which leaves every value as it is) and on sums of mixed
// magnitude.
func TestSum4Argmax(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	nan := float32(math.NaN())
	negZero := float32(math.Copysign(0, -1))
	for n := 1; n <= 70; n++ {
		for trial := range 200 {
			a, b, c, d := make([]float32, n), make([]float32, n), make([]float32, n), make([]float32, n)
			for i := range n {
				a[i] = float32(rng.IntN(5))
				b[i], c[i], d[i] = negZero, negZero, negZero
			}
			switch trial % 6 {
			case 1:
				a[rng.IntN(n)] = 9
			case 2:
				a[rng.IntN(n)] = nan
			case 3:
				for i := range a {
					a[i] = float32(math.Copysign(0, float64(rng.IntN(2)*2-1)))
				}
			case 4:
				a[rng.IntN(n)] = float32(math.Inf(1))
				b[rng.IntN(n)] = float32(math.Inf(-1))
			case 5:
				for i := range n {
					a[i], b[i], c[i], d[i] = float32(rng.NormFloat64()*1e3), float32(rng.NormFloat64()), float32(rng.NormFloat64()*1e-3), float32(rng.NormFloat64())
				}
			}
			got, want := make([]float32, n), make([]float32, n)
			i := sum4Argmax(got, a, b, c, d)
			sum4Go(want, a, b, c, d)
			if !sameBits(got, want) {
				t.Fatalf("n=%d: sum4Argmax sums %v, Go loop %v", n, got, want)
			}
			if w := argmaxGo(want); i != w {
				t.Fatalf("n=%d: sum4Argmax of %v = %d, Go loop %d", n, want, i, w)
			}
		}
	}
}

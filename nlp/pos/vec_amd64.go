//go:build !purego

package pos

import "golang.org/x/sys/cpu"

// haveVecAsm: sum4 and argmax use AVX2 (vec_amd64.s).
var haveVecAsm = cpu.X86.HasAVX2

// sum4AVX2 sets v[i] = ((a[i]+b[i])+c[i])+d[i] for i < n.
//
//go:noescape
func sum4AVX2(v, a, b, c, d *float32, n int)

// argmaxAVX2 returns the index of the first largest of the n >= 8 floats
// at s, or -1 if one of them is NaN.
//
//go:noescape
func argmaxAVX2(s *float32, n int) int

// sum4MaxAVX2 is sum4AVX2 and then argmaxAVX2 of v, for n >= 8, in one
// pass over the lanes.
//
//go:noescape
func sum4MaxAVX2(v, a, b, c, d *float32, n int) int

//go:build !amd64 || purego

package pos

const haveVecAsm = false

func sum4AVX2(v, a, b, c, d *float32, n int) { panic("pos: no AVX2") }

func argmaxAVX2(s *float32, n int) int { panic("pos: no AVX2") }

func sum4MaxAVX2(v, a, b, c, d *float32, n int) int { panic("pos: no AVX2") }

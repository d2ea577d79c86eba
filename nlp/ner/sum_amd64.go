//go:build !purego

package ner

import (
	"unsafe"

	"golang.org/x/sys/cpu"
)

// haveSumAsm: joint.sum and sum2 add rows with AVX2 (sum_amd64.s).
var haveSumAsm = cpu.X86.HasAVX2

// sumRowsAVX2 adds both passes' weights of rows to acc; base is the first
// row of joint.w.
//
//go:noescape
func sumRowsAVX2(base unsafe.Pointer, rows []int32, acc *[2][numLabels]int32)

// sum2RowsAVX2 adds the second pass's weights of rows to acc.
//
//go:noescape
func sum2RowsAVX2(base unsafe.Pointer, rows []int32, acc *[numLabels]int32)

// scaleAddAVX2 adds float32(acc[t])*scale to e[t] for t < 16.
//
//go:noescape
func scaleAddAVX2(e *[numLabels]float32, acc *[numLabels]int32, scale float32)

// viterbiStepsAVX2 runs n Viterbi steps (viterbi_avx2.go).
//
//go:noescape
func viterbiStepsAVX2(em unsafe.Pointer, n int, tr *vtrans, d *[2][24]float32, back unsafe.Pointer)

// viterbiStepsMaxAVX2 is viterbiStepsAVX2 for finite scores, from the
// first token's row of em: it runs the n-1 steps after it and reports
// whether the n rows of em were finite (viterbi_avx2.go).
//
//go:noescape
func viterbiStepsMaxAVX2(em unsafe.Pointer, n int, tr *vtrans, d *[2][24]float32, back unsafe.Pointer) (finite bool)

// emissions1AVX2 is Model.emissions1Go for a sentence, with AVX2 (emArgs).
//
//go:noescape
func emissions1AVX2(a *emArgs)

// emissions2AVX2 is Model.emissions2Go for a sentence, with AVX2.
//
//go:noescape
func emissions2AVX2(a *emArgs)

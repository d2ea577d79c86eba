//go:build !amd64 || purego

package ner

import "unsafe"

const haveSumAsm = false

func sumRowsAVX2(unsafe.Pointer, []int32, *[2][numLabels]int32) { panic("ner: no AVX2 sum") }

func sum2RowsAVX2(unsafe.Pointer, []int32, *[numLabels]int32) { panic("ner: no AVX2 sum") }

func scaleAddAVX2(*[numLabels]float32, *[numLabels]int32, float32) { panic("ner: no AVX2 sum") }

func viterbiStepsAVX2(unsafe.Pointer, int, *vtrans, *[2][24]float32, unsafe.Pointer) {
	panic("ner: no AVX2 viterbi")
}

func viterbiStepsMaxAVX2(unsafe.Pointer, int, *vtrans, *[2][24]float32, unsafe.Pointer) bool {
	panic("ner: no AVX2 viterbi")
}

func emissions1AVX2(*emArgs) { panic("ner: no AVX2 emissions") }

func emissions2AVX2(*emArgs) { panic("ner: no AVX2 emissions") }

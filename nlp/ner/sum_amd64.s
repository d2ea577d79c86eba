//go:build !purego

#include "textflag.h"

// func sumRowsAVX2(base unsafe.Pointer, rows []int32, acc *[2][numLabels]int32)
//
// Adds the 34 int16 weights of every row (68 bytes at base+68*row) to the
// 34 int32 of acc: lanes 0-31 eight at a time, sign-extended, in four
// vector accumulators; lanes 32 and 33 one at a time.
TEXT ·sumRowsAVX2(SB), NOSPLIT, $0-40
	MOVQ base+0(FP), DX
	MOVQ rows_base+8(FP), SI
	MOVQ rows_len+16(FP), CX
	MOVQ acc+32(FP), DI
	VPXOR Y0, Y0, Y0
	VPXOR Y1, Y1, Y1
	VPXOR Y2, Y2, Y2
	VPXOR Y3, Y3, Y3
	XORL R8, R8
	XORL R9, R9
	TESTQ CX, CX
	JZ done

loop:
	MOVLQSX (SI), AX
	IMULQ $68, AX
	ADDQ DX, AX
	VPMOVSXWD (AX), Y4
	VPADDD Y4, Y0, Y0
	VPMOVSXWD 16(AX), Y5
	VPADDD Y5, Y1, Y1
	VPMOVSXWD 32(AX), Y6
	VPADDD Y6, Y2, Y2
	VPMOVSXWD 48(AX), Y7
	VPADDD Y7, Y3, Y3
	MOVWLSX 64(AX), BX
	ADDL BX, R8
	MOVWLSX 66(AX), BX
	ADDL BX, R9
	ADDQ $4, SI
	DECQ CX
	JNZ loop

done:
	VPADDD (DI), Y0, Y0
	VMOVDQU Y0, (DI)
	VPADDD 32(DI), Y1, Y1
	VMOVDQU Y1, 32(DI)
	VPADDD 64(DI), Y2, Y2
	VMOVDQU Y2, 64(DI)
	VPADDD 96(DI), Y3, Y3
	VMOVDQU Y3, 96(DI)
	ADDL R8, 128(DI)
	ADDL R9, 132(DI)
	VZEROUPPER
	RET

// func sum2RowsAVX2(base unsafe.Pointer, rows []int32, acc *[numLabels]int32)
//
// Adds the second pass's 17 weights of every row (bytes 34-67 of the
// row) to the 17 int32 of acc.
TEXT ·sum2RowsAVX2(SB), NOSPLIT, $0-40
	MOVQ base+0(FP), DX
	MOVQ rows_base+8(FP), SI
	MOVQ rows_len+16(FP), CX
	MOVQ acc+32(FP), DI
	VPXOR Y0, Y0, Y0
	VPXOR Y1, Y1, Y1
	XORL R8, R8
	TESTQ CX, CX
	JZ done2

loop2:
	MOVLQSX (SI), AX
	IMULQ $68, AX
	ADDQ DX, AX
	VPMOVSXWD 34(AX), Y4
	VPADDD Y4, Y0, Y0
	VPMOVSXWD 50(AX), Y5
	VPADDD Y5, Y1, Y1
	MOVWLSX 66(AX), BX
	ADDL BX, R8
	ADDQ $4, SI
	DECQ CX
	JNZ loop2

done2:
	VPADDD (DI), Y0, Y0
	VMOVDQU Y0, (DI)
	VPADDD 32(DI), Y1, Y1
	VMOVDQU Y1, 32(DI)
	ADDL R8, 64(DI)
	VZEROUPPER
	RET

// func scaleAddAVX2(e *[numLabels]float32, acc *[numLabels]int32, scale float32)
//
// Sets e[t] += float32(acc[t]) * scale for t < 16 (multiply, then add:
// the same two roundings as Go's code without FMA); the caller does t = 16.
TEXT ·scaleAddAVX2(SB), NOSPLIT, $0-20
	MOVQ e+0(FP), DI
	MOVQ acc+8(FP), SI
	VBROADCASTSS scale+16(FP), Y2
	VCVTDQ2PS (SI), Y0
	VMULPS Y2, Y0, Y0
	VADDPS (DI), Y0, Y0
	VMOVUPS Y0, (DI)
	VCVTDQ2PS 32(SI), Y1
	VMULPS Y2, Y1, Y1
	VADDPS 32(DI), Y1, Y1
	VMOVUPS Y1, 32(DI)
	VZEROUPPER
	RET

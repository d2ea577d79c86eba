//go:build !purego

#include "textflag.h"
#include "go_asm.h"

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

// accShift moves lanes 1-7 of a vector to lanes 0-6.
DATA accShift<>+0(SB)/4, $1
DATA accShift<>+4(SB)/4, $2
DATA accShift<>+8(SB)/4, $3
DATA accShift<>+12(SB)/4, $4
DATA accShift<>+16(SB)/4, $5
DATA accShift<>+20(SB)/4, $6
DATA accShift<>+24(SB)/4, $7
DATA accShift<>+28(SB)/4, $7
GLOBL accShift<>(SB), RODATA|NOPTR, $32

// ROWSUM adds the 34 weights of the row at AX to Y0-Y3 (lanes 0-31) and
// X13 (lanes 32 and 33 in its lanes 0 and 1).
#define ROWSUM ; \
	VPMOVSXWD (AX), Y4 ; \
	VPADDD Y4, Y0, Y0 ; \
	VPMOVSXWD 16(AX), Y5 ; \
	VPADDD Y5, Y1, Y1 ; \
	VPMOVSXWD 32(AX), Y6 ; \
	VPADDD Y6, Y2, Y2 ; \
	VPMOVSXWD 48(AX), Y7 ; \
	VPADDD Y7, Y3, Y3 ; \
	VMOVD 64(AX), X4 ; \
	VPMOVSXWD X4, X4 ; \
	VPADDD X4, X13, X13

// ROW2SUM adds the second pass's 17 weights of the row at AX to Y0, Y1
// (lanes 0-15) and X13 (lane 16 in its lane 1).
#define ROW2SUM ; \
	VPMOVSXWD 34(AX), Y4 ; \
	VPADDD Y4, Y0, Y0 ; \
	VPMOVSXWD 50(AX), Y5 ; \
	VPADDD Y5, Y1, Y1 ; \
	VMOVD 64(AX), X4 ; \
	VPMOVSXWD X4, X4 ; \
	VPADDD X4, X13, X13

// EMARGS loads the fields of the emArgs at a+0(FP) (BX) that both
// emissions steps read (CX n, DX w, SI rows, R10 roff, R11 xrows, R12 rt,
// R13 infos, Y15 scale in every lane), zeroes the token index DI, and
// jumps to done for a sentence without tokens.
#define EMARGS(done) \
	MOVQ a+0(FP), BX ; \
	MOVQ emArgs_n(BX), CX ; \
	TESTQ CX, CX ; \
	JZ done ; \
	MOVQ emArgs_w(BX), DX ; \
	MOVQ emArgs_rows(BX), SI ; \
	MOVQ emArgs_roff(BX), R10 ; \
	MOVQ emArgs_xrows(BX), R11 ; \
	MOVQ emArgs_rt(BX), R12 ; \
	MOVQ emArgs_infos(BX), R13 ; \
	XORL DI, DI ; \
	VBROADCASTSS emArgs_scale(BX), Y15

// func emissions1AVX2(a *emArgs)
//
// For each token x < a.n of a sentence: sums both passes' weights of its
// rows of the joint table (a.rows[a.roff[x]:a.roff[x+1]], rows of a.w)
// and of its five rows of the role table (a.xrows[5x:5x+5], rows of
// a.rt), sets a.em[x] to its cached first-pass scores (a.cache, by
// a.infos[x].cache; zeros if it is -1) plus the first pass's sums times
// a.scale (the multiply, then the add, as Model.emissions1Go), and
// a.acc2[x] to the second pass's sums.
TEXT ·emissions1AVX2(SB), NOSPLIT, $0-8
	EMARGS(e1done)
	VMOVDQU accShift<>(SB), Y14

e1tok:
	VPXOR Y0, Y0, Y0
	VPXOR Y1, Y1, Y1
	VPXOR Y2, Y2, Y2
	VPXOR Y3, Y3, Y3
	VPXOR X13, X13, X13
	MOVLQSX (R10), R8
	MOVLQSX 4(R10), R9
	SUBQ R8, R9
	LEAQ (SI)(R8*4), R8
	TESTQ R9, R9
	JZ e1roles

e1rows:
	MOVLQSX (R8), AX
	IMULQ $68, AX
	ADDQ DX, AX
	ROWSUM
	ADDQ $4, R8
	DECQ R9
	JNZ e1rows

e1roles:
	MOVLQSX 0(R11), AX
	IMULQ $68, AX
	ADDQ R12, AX
	ROWSUM
	MOVLQSX 4(R11), AX
	IMULQ $68, AX
	ADDQ R12, AX
	ROWSUM
	MOVLQSX 8(R11), AX
	IMULQ $68, AX
	ADDQ R12, AX
	ROWSUM
	MOVLQSX 12(R11), AX
	IMULQ $68, AX
	ADDQ R12, AX
	ROWSUM
	MOVLQSX 16(R11), AX
	IMULQ $68, AX
	ADDQ R12, AX
	ROWSUM

	// The cached scores.
	MOVLQSX tokInfo_cache(R13), AX
	TESTQ AX, AX
	JS e1nocache
	IMULQ $136, AX
	ADDQ emArgs_cache(BX), AX
	VMOVUPS (AX), Y8
	VMOVUPS 32(AX), Y9
	VMOVSS 64(AX), X10
	JMP e1scores

e1nocache:
	VXORPS Y8, Y8, Y8
	VXORPS Y9, Y9, Y9
	VXORPS X10, X10, X10

e1scores:
	VCVTDQ2PS Y0, Y0
	VMULPS Y15, Y0, Y0
	VADDPS Y8, Y0, Y0
	VCVTDQ2PS Y1, Y1
	VMULPS Y15, Y1, Y1
	VADDPS Y9, Y1, Y1
	VCVTDQ2PS X2, X11
	VMULSS X15, X11, X11
	VADDSS X10, X11, X11
	MOVQ emArgs_em(BX), AX
	ADDQ DI, AX
	VMOVUPS Y0, (AX)
	VMOVUPS Y1, 32(AX)
	VMOVSS X11, 64(AX)

	// The second pass's sums: lanes 17-33.
	VPERMD Y2, Y14, Y2
	MOVQ emArgs_acc2(BX), AX
	ADDQ DI, AX
	VMOVDQU Y2, (AX)
	VMOVDQU Y3, 28(AX)
	VMOVQ X13, 60(AX)

	ADDQ $4, R10
	ADDQ $20, R11
	ADDQ $tokInfo__size, R13
	ADDQ $68, DI
	DECQ CX
	JNZ e1tok

e1done:
	VZEROUPPER
	RET

// func emissions2AVX2(a *emArgs)
//
// For each token x < a.n of a sentence: adds to the first pass's sums of
// its second-pass weights (a.acc2[x], not written) those of its rows of
// the joint table (as emissions1AVX2) and, if a.xrows[x] >= 0, of that
// row of the role table's labels (a.rt); sets a.em[x] to its cached
// second-pass scores plus the sums times a.scale.
TEXT ·emissions2AVX2(SB), NOSPLIT, $0-8
	EMARGS(e2done)

e2tok:
	MOVQ emArgs_acc2(BX), AX
	ADDQ DI, AX
	VMOVDQU (AX), Y0
	VMOVDQU 32(AX), Y1
	VMOVQ 60(AX), X13 // lane 16 in lane 1
	MOVLQSX (R10), R8
	MOVLQSX 4(R10), R9
	SUBQ R8, R9
	LEAQ (SI)(R8*4), R8
	TESTQ R9, R9
	JZ e2label

e2rows:
	MOVLQSX (R8), AX
	IMULQ $68, AX
	ADDQ DX, AX
	ROW2SUM
	ADDQ $4, R8
	DECQ R9
	JNZ e2rows

e2label:
	MOVLQSX (R11), AX
	TESTQ AX, AX
	JS e2cache
	IMULQ $68, AX
	ADDQ R12, AX
	ROW2SUM

e2cache:
	MOVLQSX tokInfo_cache(R13), AX
	TESTQ AX, AX
	JS e2nocache
	IMULQ $136, AX
	ADDQ emArgs_cache(BX), AX
	VMOVUPS 68(AX), Y8
	VMOVUPS 100(AX), Y9
	VMOVSS 132(AX), X10
	JMP e2scores

e2nocache:
	VXORPS Y8, Y8, Y8
	VXORPS Y9, Y9, Y9
	VXORPS X10, X10, X10

e2scores:
	VCVTDQ2PS Y0, Y0
	VMULPS Y15, Y0, Y0
	VADDPS Y8, Y0, Y0
	VCVTDQ2PS Y1, Y1
	VMULPS Y15, Y1, Y1
	VADDPS Y9, Y1, Y1
	VPSHUFD $0x55, X13, X11
	VCVTDQ2PS X11, X11
	VMULSS X15, X11, X11
	VADDSS X10, X11, X11
	MOVQ emArgs_em(BX), AX
	ADDQ DI, AX
	VMOVUPS Y0, (AX)
	VMOVUPS Y1, 32(AX)
	VMOVSS X11, 64(AX)

	ADDQ $4, R10
	ADDQ $4, R11
	ADDQ $tokInfo__size, R13
	ADDQ $68, DI
	DECQ CX
	JNZ e2tok

e2done:
	VZEROUPPER
	RET

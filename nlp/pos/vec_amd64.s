//go:build !purego

#include "textflag.h"

// func sum4AVX2(v, a, b, c, d *float32, n int)
//
// Eight lanes at a time, then, for n >= 8, the last eight lanes again
// (overlapping the block before: a lane's sum does not depend on how
// often it is made), or else one lane at a time; each lane is added in
// the order of the Go loop, ((a+b)+c)+d.
TEXT ·sum4AVX2(SB), NOSPLIT, $0-48
	MOVQ v+0(FP), DI
	MOVQ a+8(FP), AX
	MOVQ b+16(FP), BX
	MOVQ c+24(FP), CX
	MOVQ d+32(FP), DX
	MOVQ n+40(FP), R8
	XORQ R9, R9
	MOVQ R8, R10
	ANDQ $-8, R10

loop8:
	CMPQ R9, R10
	JGE last8
	VMOVUPS (AX)(R9*4), Y0
	VADDPS (BX)(R9*4), Y0, Y0
	VADDPS (CX)(R9*4), Y0, Y0
	VADDPS (DX)(R9*4), Y0, Y0
	VMOVUPS Y0, (DI)(R9*4)
	ADDQ $8, R9
	JMP loop8

last8:
	CMPQ R9, R8
	JGE done
	CMPQ R8, $8
	JLT tail
	LEAQ -8(R8), R9
	VMOVUPS (AX)(R9*4), Y0
	VADDPS (BX)(R9*4), Y0, Y0
	VADDPS (CX)(R9*4), Y0, Y0
	VADDPS (DX)(R9*4), Y0, Y0
	VMOVUPS Y0, (DI)(R9*4)
	JMP done

tail:
	CMPQ R9, R8
	JGE done
	VMOVSS (AX)(R9*4), X0
	VADDSS (BX)(R9*4), X0, X0
	VADDSS (CX)(R9*4), X0, X0
	VADDSS (DX)(R9*4), X0, X0
	VMOVSS X0, (DI)(R9*4)
	INCQ R9
	JMP tail

done:
	VZEROUPPER
	RET

// func argmaxAVX2(s *float32, n int) int
//
// The largest value (VMAXPS over eight lanes, the last eight floats
// overlapping the blocks before them), then the first index holding it.
// VMAXPS does not order NaNs as the Go loop does: any NaN returns -1.
TEXT ·argmaxAVX2(SB), NOSPLIT, $0-24
	MOVQ s+0(FP), SI
	MOVQ n+8(FP), CX
	LEAQ -32(SI)(CX*4), DX // the last eight floats
	VMOVUPS (DX), Y0       // running max
	VCMPPS $3, Y0, Y0, Y1  // unordered: NaN lanes
	MOVQ SI, AX

maxloop:
	CMPQ AX, DX
	JGE maxdone
	VMOVUPS (AX), Y2
	VMAXPS Y2, Y0, Y0
	VCMPPS $3, Y2, Y2, Y3
	VORPS Y3, Y1, Y1
	ADDQ $32, AX
	JMP maxloop

maxdone:
	VMOVMSKPS Y1, BX
	TESTL BX, BX
	JNZ nan
	VEXTRACTF128 $1, Y0, X2
	VMAXPS X2, X0, X0
	VPERMILPS $0x4E, X0, X2
	VMAXPS X2, X0, X0
	VPERMILPS $0xB1, X0, X2
	VMAXPS X2, X0, X0
	VBROADCASTSS X0, Y0
	MOVQ SI, AX

findloop:
	CMPQ AX, DX
	JGE findlast
	VCMPPS $0, (AX), Y0, Y2
	VMOVMSKPS Y2, BX
	TESTL BX, BX
	JNZ found
	ADDQ $32, AX
	JMP findloop

findlast:
	MOVQ DX, AX
	VCMPPS $0, (AX), Y0, Y2
	VMOVMSKPS Y2, BX

found:
	BSFL BX, BX
	SUBQ SI, AX
	SHRQ $2, AX
	ADDQ BX, AX
	MOVQ AX, ret+16(FP)
	VZEROUPPER
	RET

nan:
	MOVQ $-1, ret+16(FP)
	VZEROUPPER
	RET

// func sum4MaxAVX2(v, a, b, c, d *float32, n int) int
//
// sum4AVX2 for n >= 8 (the last eight lanes first, then the blocks of
// eight before them), keeping the largest sum of each lane and the NaN
// lanes as it goes; then argmaxAVX2's reduction and search, over v.
TEXT ·sum4MaxAVX2(SB), NOSPLIT, $0-56
	MOVQ v+0(FP), DI
	MOVQ a+8(FP), AX
	MOVQ b+16(FP), BX
	MOVQ c+24(FP), CX
	MOVQ d+32(FP), DX
	MOVQ n+40(FP), R8
	LEAQ -8(R8), R10 // the last eight lanes
	VMOVUPS (AX)(R10*4), Y0
	VADDPS (BX)(R10*4), Y0, Y0
	VADDPS (CX)(R10*4), Y0, Y0
	VADDPS (DX)(R10*4), Y0, Y0
	VMOVUPS Y0, (DI)(R10*4) // running max
	VCMPPS $3, Y0, Y0, Y1   // unordered: NaN lanes
	XORQ R9, R9

sumloop:
	CMPQ R9, R10
	JGE summed
	VMOVUPS (AX)(R9*4), Y2
	VADDPS (BX)(R9*4), Y2, Y2
	VADDPS (CX)(R9*4), Y2, Y2
	VADDPS (DX)(R9*4), Y2, Y2
	VMOVUPS Y2, (DI)(R9*4)
	VMAXPS Y2, Y0, Y0
	VCMPPS $3, Y2, Y2, Y3
	VORPS Y3, Y1, Y1
	ADDQ $8, R9
	JMP sumloop

summed:
	VMOVMSKPS Y1, BX
	TESTL BX, BX
	JNZ sumnan
	VEXTRACTF128 $1, Y0, X2
	VMAXPS X2, X0, X0
	VPERMILPS $0x4E, X0, X2
	VMAXPS X2, X0, X0
	VPERMILPS $0xB1, X0, X2
	VMAXPS X2, X0, X0
	VBROADCASTSS X0, Y0
	MOVQ DI, AX
	LEAQ (DI)(R10*4), DX

sumfind:
	CMPQ AX, DX
	JGE sumfindlast
	VCMPPS $0, (AX), Y0, Y2
	VMOVMSKPS Y2, BX
	TESTL BX, BX
	JNZ sumfound
	ADDQ $32, AX
	JMP sumfind

sumfindlast:
	MOVQ DX, AX
	VCMPPS $0, (AX), Y0, Y2
	VMOVMSKPS Y2, BX

sumfound:
	BSFL BX, BX
	SUBQ DI, AX
	SHRQ $2, AX
	ADDQ BX, AX
	MOVQ AX, ret+48(FP)
	VZEROUPPER
	RET

sumnan:
	MOVQ $-1, ret+48(FP)
	VZEROUPPER
	RET

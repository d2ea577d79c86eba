//go:build !purego

#include "textflag.h"
#include "go_asm.h"

// CAND compares candidate tag closedPrev[pi] (score at byte DOFF of the
// previous buffer R8) for the tags of laneA (best Y0, argument Y1) and for
// U-MISC (X5, X6): s = delta + transition; s > best (ordered, so a NaN
// never wins) replaces best and the argument.
#define CAND(DOFF, pi) ; \
	VBROADCASTSS DOFF(R8), Y2 ; \
	VADDPS (vtrans_closed+32*pi)(DX), Y2, Y3 ; \
	VCMPPS $0x1e, Y0, Y3, Y4 ; \
	VBLENDVPS Y4, Y3, Y0, Y0 ; \
	VBLENDVPS Y4, (vtrans_closedArg+32*pi)(DX), Y1, Y1 ; \
	VADDSS (vtrans_closedU+4*pi)(DX), X2, X7 ; \
	VCMPSS $0x1e, X5, X7, X8 ; \
	VBLENDVPS X8, X7, X5, X5 ; \
	VBLENDVPS X8, (vtrans_closedArg+32*pi)(DX), X6, X6

// func viterbiStepsAVX2(em unsafe.Pointer, n int, tr *vtrans, d *[2][24]float32, back unsafe.Pointer)
//
// n Viterbi steps: em and back are the rows of the first step (17 float32
// and 17 bytes a row); d[0] holds the scores before it (laneA, laneB,
// U-MISC), and the steps use d[0] and d[1] in turn.
TEXT ·viterbiStepsAVX2(SB), NOSPLIT, $0-40
	MOVQ em+0(FP), SI
	MOVQ n+8(FP), CX
	MOVQ tr+16(FP), DX
	MOVQ d+24(FP), R8
	LEAQ 96(R8), R9
	MOVQ back+32(FP), DI
	MOVL $0xff800000, AX
	VMOVD AX, X14
	VPBROADCASTD X14, Y14 // -Inf
	TESTQ CX, CX
	JZ done

step:
	// Tags after a closing tag: candidates O, L/U of each type, in
	// ascending order (their scores at laneA/laneB positions).
	VMOVAPS Y14, Y0
	VPXOR Y1, Y1, Y1
	VMOVAPS X14, X5
	VPXOR X6, X6, X6
	CAND(0, 0)  // O
	CAND(36, 1) // L-PER  (laneB 1)
	CAND(16, 2) // U-PER  (laneA 4)
	CAND(52, 3) // L-LOC  (laneB 5)
	CAND(8, 4)  // U-LOC  (laneA 2)
	CAND(44, 5) // L-ORG  (laneB 3)
	CAND(24, 6) // U-ORG  (laneA 6)
	CAND(60, 7) // L-MISC (laneB 7)
	CAND(64, 8) // U-MISC
	VMOVUPS (SI), Y8
	VMOVUPS 32(SI), Y9
	VSHUFPS $0x44, Y9, Y8, Y10 // em in laneA order
	VSHUFPS $0xee, Y9, Y8, Y11 // em in laneB order
	VADDPS Y10, Y0, Y0
	VMOVUPS Y0, (R9)
	VADDSS 64(SI), X5, X5
	VMOVSS X5, 64(R9)

	// I and L of each type: from B (laneA odd lanes, duplicated) or
	// from I (laneB even lanes, duplicated).
	VMOVSHDUP (R8), Y2
	VMOVSLDUP 32(R8), Y3
	VADDPS vtrans_fromB(DX), Y2, Y2
	VADDPS vtrans_fromI(DX), Y3, Y3
	VCMPPS $0x1e, Y14, Y2, Y4
	VBLENDVPS Y4, Y2, Y14, Y12
	VANDPS vtrans_argB(DX), Y4, Y13
	VCMPPS $0x1e, Y12, Y3, Y4
	VBLENDVPS Y4, Y3, Y12, Y12
	VBLENDVPS Y4, vtrans_argI(DX), Y13, Y13
	VADDPS Y11, Y12, Y12
	VMOVUPS Y12, 32(R9)

	// The back row: arguments packed to bytes A0-3 B0-3 A4-7 B4-7, U-MISC.
	VPACKSSDW Y13, Y1, Y7
	VPACKUSWB Y7, Y7, Y7
	VPERMQ $0x08, Y7, Y7
	VMOVDQU X7, (DI)
	VMOVD X6, AX
	MOVB AX, 16(DI)

	ADDQ $68, SI
	ADDQ $17, DI
	XCHGQ R8, R9
	DECQ CX
	JNZ step

done:
	VZEROUPPER
	RET

// func viterbiStepsMaxAVX2(em unsafe.Pointer, n int, tr *vtrans, d *[2][24]float32, back unsafe.Pointer) (finite bool)
//
// The n-1 steps after the first of n rows of em (and back), the scores
// before them in d[0], as viterbiStepsAVX2 runs them, for finite
// transitions and scores (viterbiAVX2): the
// best score of a tag is the maximum of its candidates' scores, taken in
// a tree of VMAXPS (with no NaN, max is associative, and it returns one
// of the candidates' values or one equal to it), so the step's chain of
// dependent instructions is four maxima long where the sequential
// comparisons are nine compare-and-blends. A tag's argument, which no
// later step reads, is then the first candidate, in the order of
// allowedPrev, whose score equals the maximum: the one the sequential
// comparisons keep. It reports whether every score of the n rows was
// finite; if not, its results are to be discarded.
TEXT ·viterbiStepsMaxAVX2(SB), NOSPLIT, $0-41
	MOVQ em+0(FP), SI
	MOVQ n+8(FP), CX
	MOVQ tr+16(FP), DX
	MOVQ d+24(FP), R8
	LEAQ 96(R8), R9
	MOVQ back+32(FP), DI
	MOVL $0xff800000, AX
	VMOVD AX, X14
	VPBROADCASTD X14, Y14 // -Inf
	VPXOR Y15, Y15, Y15   // x-x of every score: 0 while all are finite
	TESTQ CX, CX
	JZ maxdone

	// The first row: only whether it is finite.
	VMOVUPS (SI), Y10
	VMOVUPS 32(SI), Y11
	VSUBPS Y10, Y10, Y12
	VORPS Y12, Y15, Y15
	VSUBPS Y11, Y11, Y12
	VORPS Y12, Y15, Y15
	VMOVSS 64(SI), X10
	VSUBSS X10, X10, X11
	VORPS Y11, Y15, Y15
	ADDQ $68, SI
	ADDQ $17, DI
	DECQ CX
	JZ maxdone

maxstep:
	// Tags after a closing tag (laneA): the scores from each candidate
	// O, L-PER, U-PER, L-LOC, U-LOC, L-ORG, U-ORG, L-MISC, U-MISC.
	VBROADCASTSS 0(R8), Y0
	VADDPS (vtrans_closed+32*0)(DX), Y0, Y0
	VBROADCASTSS 36(R8), Y1
	VADDPS (vtrans_closed+32*1)(DX), Y1, Y1
	VBROADCASTSS 16(R8), Y2
	VADDPS (vtrans_closed+32*2)(DX), Y2, Y2
	VBROADCASTSS 52(R8), Y3
	VADDPS (vtrans_closed+32*3)(DX), Y3, Y3
	VBROADCASTSS 8(R8), Y4
	VADDPS (vtrans_closed+32*4)(DX), Y4, Y4
	VBROADCASTSS 44(R8), Y5
	VADDPS (vtrans_closed+32*5)(DX), Y5, Y5
	VBROADCASTSS 24(R8), Y6
	VADDPS (vtrans_closed+32*6)(DX), Y6, Y6
	VBROADCASTSS 60(R8), Y7
	VADDPS (vtrans_closed+32*7)(DX), Y7, Y7
	VBROADCASTSS 64(R8), Y8
	VADDPS (vtrans_closed+32*8)(DX), Y8, Y8
	VMAXPS Y1, Y0, Y9
	VMAXPS Y3, Y2, Y10
	VMAXPS Y5, Y4, Y11
	VMAXPS Y7, Y6, Y12
	VMAXPS Y10, Y9, Y9
	VMAXPS Y12, Y11, Y11
	VMAXPS Y11, Y9, Y9
	VMAXPS Y8, Y9, Y9

	VMOVUPS (SI), Y10
	VMOVUPS 32(SI), Y11
	VSUBPS Y10, Y10, Y12
	VORPS Y12, Y15, Y15
	VSUBPS Y11, Y11, Y12
	VORPS Y12, Y15, Y15
	VSHUFPS $0x44, Y11, Y10, Y12 // em in laneA order
	VSHUFPS $0xee, Y11, Y10, Y13 // em in laneB order
	VADDPS Y12, Y9, Y12
	VMOVUPS Y12, (R9)

	// Their arguments: the first candidate whose score is the maximum
	// (candidate O's back-row byte is 0).
	VMOVDQU (vtrans_closedArg+32*8)(DX), Y12
	VCMPPS $0, Y9, Y7, Y7
	VBLENDVPS Y7, (vtrans_closedArg+32*7)(DX), Y12, Y12
	VCMPPS $0, Y9, Y6, Y6
	VBLENDVPS Y6, (vtrans_closedArg+32*6)(DX), Y12, Y12
	VCMPPS $0, Y9, Y5, Y5
	VBLENDVPS Y5, (vtrans_closedArg+32*5)(DX), Y12, Y12
	VCMPPS $0, Y9, Y4, Y4
	VBLENDVPS Y4, (vtrans_closedArg+32*4)(DX), Y12, Y12
	VCMPPS $0, Y9, Y3, Y3
	VBLENDVPS Y3, (vtrans_closedArg+32*3)(DX), Y12, Y12
	VCMPPS $0, Y9, Y2, Y2
	VBLENDVPS Y2, (vtrans_closedArg+32*2)(DX), Y12, Y12
	VCMPPS $0, Y9, Y1, Y1
	VBLENDVPS Y1, (vtrans_closedArg+32*1)(DX), Y12, Y12
	VCMPPS $0, Y9, Y0, Y0
	VPANDN Y12, Y0, Y12

	// U-MISC: the scores from its candidates but U-MISC in one vector,
	// whose lanes hold O, L-PER, U-LOC, L-ORG, U-PER, L-LOC, U-ORG,
	// L-MISC (laneA's even lanes and laneB's odd ones; umTrans in that
	// order), their maximum with the score from U-MISC, and the first
	// candidate whose score equals it: umArg of the lanes that do (U-MISC
	// if none).
	VMOVUPS (R8), Y0
	VBLENDPS $0xaa, 32(R8), Y0, Y0
	VADDPS vtrans_umTrans(DX), Y0, Y0
	VMOVSS 64(R8), X1
	VADDSS (vtrans_closedU+4*8)(DX), X1, X1
	VEXTRACTF128 $1, Y0, X2
	VMAXPS X2, X0, X2
	VPERMILPS $0x4e, X2, X3
	VMAXPS X3, X2, X2
	VPERMILPS $0xb1, X2, X3
	VMAXPS X3, X2, X2
	VMAXSS X1, X2, X2
	VMOVSS 64(SI), X10
	VSUBSS X10, X10, X11
	VORPS Y11, Y15, Y15
	VADDSS X10, X2, X10
	VMOVSS X10, 64(R9)
	VBROADCASTSS X2, Y3
	VCMPPS $0, Y3, Y0, Y3
	VMOVMSKPS Y3, AX
	MOVBLZX vtrans_umArg(DX)(AX*1), AX
	MOVB AX, 16(DI)

	// I and L of each type: the larger of the scores from B and from I;
	// the argument B if its score is above -Inf, I if its score is above
	// B's (0 if neither).
	VMOVSHDUP (R8), Y2
	VMOVSLDUP 32(R8), Y3
	VADDPS vtrans_fromB(DX), Y2, Y2
	VADDPS vtrans_fromI(DX), Y3, Y3
	VMAXPS Y3, Y2, Y4
	VADDPS Y13, Y4, Y4
	VMOVUPS Y4, 32(R9)
	VCMPPS $0x1e, Y14, Y2, Y5
	VANDPS vtrans_argB(DX), Y5, Y11
	VCMPPS $0x1e, Y2, Y3, Y5
	VBLENDVPS Y5, vtrans_argI(DX), Y11, Y11

	// The back row, as viterbiStepsAVX2 writes it.
	VPACKSSDW Y11, Y12, Y7
	VPACKUSWB Y7, Y7, Y7
	VPERMQ $0x08, Y7, Y7
	VMOVDQU X7, (DI)

	ADDQ $68, SI
	ADDQ $17, DI
	XCHGQ R8, R9
	DECQ CX
	JNZ maxstep

maxdone:
	VPTEST Y15, Y15
	SETEQ finite+40(FP)
	VZEROUPPER
	RET

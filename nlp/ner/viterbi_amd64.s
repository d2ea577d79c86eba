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

package tokenize

// abbrevKind says how an abbreviation that keeps its period behaves at a
// possible sentence end.
type abbrevKind uint8

const (
	notAbbrev abbrevKind = iota
	// abbrevTitle precedes a name or a number ("Mr.", "Sen.", "Jan.", "No."):
	// it never ends a sentence except at a line break.
	abbrevTitle
	// abbrevOther may end a sentence ("U.S.", "Inc.", "etc.", "a.m.", an
	// initial): it does when the next word is a typical sentence opener.
	abbrevOther
)

// knownAbbrev classifies w, a word without its final period, against the
// built-in list. Matching is case-sensitive: "Gen." is an abbreviation, a
// sentence ending in "gen." is not.
func knownAbbrev(w string) abbrevKind {
	switch w {
	case "Mr", "Mrs", "Ms", "Messrs", "Mme", "Mlle", "Dr", "Drs", "Prof", "Sr", "Jr", "Snr", "Jnr",
		"St", "Ste", "Mt", "Ft", "Gen", "Col", "Lt", "Capt", "Cmdr", "Cdr", "Maj", "Sgt", "Cpl", "Pvt",
		"Adm", "Brig", "Gov", "Sen", "Sens", "Rep", "Reps", "Pres", "Supt", "Rev", "Hon", "Fr", "Insp",
		"Det", "Amb", "Atty", "Lieut", "Cmdt", "Gens", "Fig", "Figs", "Vol", "Vols", "Nos", "Art",
		"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
		"vs", "v", "viz", "cf", "approx", "ca", "pp", "p", "op", "ed", "eds":
		return abbrevTitle
	case "Inc", "Corp", "Ltd", "Co", "Cos", "Bros", "Plc", "Pty", "Assn", "Dept", "Univ",
		"Ave", "Blvd", "Rd", "Hwy", "Sq",
		"etc", "al", "esp", "incl", "est", "min", "max", "hr", "hrs", "sec", "yr", "yrs", "mo", "mos",
		"Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans",
		"Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore",
		"Pa", "Penn", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo":
		return abbrevOther
	}
	return notAbbrev
}

// dottedAbbrev reports whether w is letters joined by single periods
// ("U.S", "e.g", "Ph.D"): with its final period it is an abbreviation.
func dottedAbbrev(w string) bool {
	dots := 0
	prevDot := true
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c == '.':
			if prevDot {
				return false
			}
			dots++
			prevDot = true
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
			prevDot = false
		default:
			return false
		}
	}
	return dots > 0 && !prevDot
}

// isInitial reports whether w is a single capital letter ("J" of "J. K.").
func isInitial(w string) bool {
	return len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z'
}

// sentenceOpener reports whether w commonly starts a sentence; after an
// abbreviation such as "U.S." it is taken as the start of a new sentence.
func sentenceOpener(w string) bool {
	switch w {
	case "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These",
		"Those", "There", "His", "Her", "Its", "Their", "Our", "My", "Your", "But", "And", "Or",
		"So", "Yet", "In", "On", "At", "For", "If", "When", "While", "As", "After", "Before",
		"However", "Meanwhile", "Also", "Still", "Some", "Many", "Most", "Other", "What", "Who",
		"Why", "How", "Where", "Although", "Though", "Since", "Because", "Now", "Then", "Today",
		"Yesterday", "Earlier", "Later", "According", "Asked", "Speaking", "Mr.", "Mrs.", "Ms.", "Dr.":
		return true
	}
	return false
}

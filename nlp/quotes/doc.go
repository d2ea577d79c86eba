// Package quotes finds quotations in news text and attributes each to its
// speaker.
//
// Finding works on the text alone. Quotations are the segments between
// matching marks: curly “…”, straight "…", and the two-apostrophe ”…”
// some newspapers use; single quotes inside them are content. A paragraph
// break closes an open quotation, so a quotation continued over paragraphs
// (the opening mark repeated at each paragraph, no closing mark until the
// end) gives one quote per paragraph, each attributed to the same speaker.
// A quote's span is the quoted words: marks, spaces and edge punctuation
// (, . ; : dashes) are trimmed off, as PolNeAR's scorer does. Short quoted
// segments (under five words) that no cue attributes to anyone — titles of
// works, nicknames, scare quotes — are dropped unless KeepUnattributed is
// set; quotes inside HTML-like tags are dropped.
//
// Attribution is a sieve of ordered rules over the words around each
// quote, stopping at the first that applies:
//
//  1. a cue right after the quote: “…,” X said / “…,” said X / “…,” X, a
//     spokesman, said / “…,” according to X;
//  2. a cue earlier in the quote's sentence: X said: “…” / X said it was
//     “very concerning” (the subject of the cue is the speaker);
//  3. a cue later in the sentence when the quote does not end it;
//  4. another attributed quote of the same paragraph (“…,” he said. “…”);
//  5. a paragraph that opens with a quote and has no cue continues the
//     previous paragraph's speaker, or the "X said:" that ended it.
//
// Speaker noun phrases are taken from the words next to the cue (auxiliaries
// and adverbs skipped, appositions and relative clauses stepped over), so
// attribution needs no tagger. When the document has entity mentions the
// speaker span is narrowed to the PERSON or ORGANIZATION mention it holds
// and Speaker is its entity's canonical name; pronouns are resolved to the
// previous quote's person, or the nearest preceding person mention.
package quotes

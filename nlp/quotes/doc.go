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
// set, and so are title-cased ones of up to ten words announced as titles
// (the book “…”, his “…” radio program, an episode of “…”); quotes inside
// HTML-like tags are dropped.
//
// Attribution is a sieve of ordered rules over the words around each
// quote, stopping at the first that applies (the rule type lists them):
//
//  1. a cue right after the quote: “…,” X said / “…,” said X / “…,” X, a
//     spokesman, said / “…,” according to X / “…,” she elaborated / “…”
//     Trump said. (a sentence of its own); a cue that introduces the quote
//     with a comma or colon comes first: When someone shouted, “…,” Beck
//     joked / X scolded him: “…”;
//  2. a dash and a name right after it: “…” ― Pamela Padilla; or before
//     the colon that introduces it, a newsletter's rubric: Pollsters agree -
//     Carl Bialik: “…”;
//  3. a cue earlier in the quote's sentence, the first one (the outermost
//     attribution): X said: “…” / X said it was “very concerning” / X,
//     facing criticism, released a statement calling it “…” / Calling it
//     “…”, X told; a passive cue names its agent: he was told by X of “…”;
//     a quote of a quote goes to its author: citing the X quote that “…”;
//     what a share of respondents said goes to the poll of the sentence: In
//     a CNN poll, 31% of Republicans said they were “…”; the cue of an
//     opening adverbial clause is passed over when the main clause has a
//     cue or a colon of its own: When Trump suggested …, Rubio fired back:
//     “…”;
//  4. a cue later in the sentence when the quote does not end it, past the
//     sentence's other quotes: Guns are “…” and “…,” Dean said;
//  5. a possessive and a speech noun a few words before a quote without a
//     cue ("over her assertion during the debate that “…”", "Mr. Obama's
//     suggestion that she was “likable enough”", but not "denounced Trump's
//     remarks as “…”"); else the subject of the sentence of a partial quote
//     without a cue ("Fiorina describes herself as a “change warrior”"),
//     or of its own clause when a conjunction opens it with a pronoun
//     ("Perez is winning nods as he keeps talking about “…”"),
//     unless the verb is passive ("the territory is governed under the “…”
//     model");
//  6. the reported speech just before a quote that stands alone ("X said
//     he was worried. “…”"), else another attributed quote of the same
//     paragraph, by the cue between the two (“…,” he said. “…”), or a later
//     quote's trailing speaker (“…” “…,” wrote X);
//  7. a paragraph that opens with a quote and has no cue continues the
//     previous paragraph's speaker, or the "X said:" that ended it, or the
//     reported speech ending a paragraph without quotes;
//  8. in an interview or transcript, the speaker label of the answer
//     ("((Name))", "NAME:") for quotes no cue gives to someone else.
//
// Hypothetical and irrealis speech ("they'd say “…”", "Had I said “…”")
// gets no speaker; a condition whose main clause has a cue of its own is
// not ("If he wins, Trump has indicated he would …, vowing to “open up”
// libel laws").
//
// Speaker noun phrases are taken from the words next to the cue (auxiliaries
// and adverbs skipped, appositions, brackets and relative clauses stepped
// over), so attribution needs no tagger. When the document has tokens,
// mentions and entities, a speaker becomes one of three things
// (nlp.SpeakerKind): an entity (the PERSON or ORGANIZATION mention the
// phrase holds, the person an apposition names, the referent of a pronoun,
// a one-word name completed from the article), a description checked
// against the POS tags (no finite verb, a noun at its head), or nothing.
// Pronouns are resolved by gender (a first-name table) and number,
// preferring the subject of the paragraph's reported speech over the name
// mentioned last; an unresolved pronoun leaves the speaker empty. Each
// attribution gets a confidence from its rule and resolution.
//
// Quotation marks are matched as PolNeAR's scorer matches them, with two
// exceptions: a straight mark closes a quotation opened with a curly one (and
// the other way round) when it follows , . ? or !, as in “…," she said; and
// an opening curly mark there, before a space, closes it too (“…,“ she
// said).
package quotes

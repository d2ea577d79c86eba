// Package synth makes large synthetic news corpora for benchmarks: it
// recombines the paragraphs of a small source corpus (for example the 295
// wikinews articles) into as many articles as asked, deterministically for a
// given seed, and writes them as JSONL that the pipeline reads like any dump.
//
// Each synthetic article takes its title, date and length from one source
// article and its paragraphs from that article (in order) or, half of the
// time, from anywhere in the corpus, so that texts keep the vocabulary,
// names, quotes and paragraph shapes of real news while no two are alike.
// The source corpus is held in memory, JSON-escaped once; output is
// streamed, so memory stays flat however many articles are written.
package synth

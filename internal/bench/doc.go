// Command bench measures newsnlp against its floor and against prose v2 in
// one process, on one core, on the same corpus:
//
//	go run ./internal/bench [-corpus FILE] [-pairs N] [-runs N]
//
// It runs the floor (newsnlp run with a whitespace tokenizer: read, clean,
// write the default tables as Parquet, no NLP) and the full pipeline
// (newsnlp run, one worker) once each to load the models and warm the
// caches, then -pairs times as adjacent pairs in alternating order, then
// prose v2 -runs times (tokenize, tag and NER of every article's text, its
// model loaded once, after the newsnlp runs so that they do not mark its
// heap). It prints the CPU seconds of each system (median), words per CPU
// second, and the ratios the README's performance table reports: pipeline
// / floor time, as the median of the paired runs' ratios with its
// quartiles (a pair's two runs see the same machine: on a shared host the
// memory caches slow down and speed up with other VMs' work, by a fifth
// from run to run, more than either system's own spread), and pipeline /
// prose words/s. CPU time of the process is measured rather than wall
// time, so that other jobs on the machine disturb the ratios less; the load
// average is printed with them.
//
//	go run ./internal/bench -conll ../shared/data/conll2003/dev.txt
//
// scores prose v2's entity recognizer on a CoNLL file instead (the prose row
// of the README's NER table), and
//
//	go run ./internal/bench -scaling -corpus syn10k.jsonl.zst
//
// times the pipeline with one worker on one core and two workers on two
// cores (wall time, so only meaningful on an otherwise idle machine).
//
// prose v2 lives here, outside the newsnlp binary: it added 7.8 MB and six
// modules to it, and an init cost at every start, for a comparison only.
package main

// Command bench measures newsnlp against its floor and against prose v2 in
// one process, on one core, on the same corpus:
//
//	go run ./internal/bench [-corpus FILE] [-runs N]
//
// It runs, -runs times each and interleaved, prose v2 (tokenize, tag and
// NER of every article's text, its model loaded once), the floor (newsnlp
// run with a whitespace tokenizer: read, clean, write the default tables as
// Parquet, no NLP) and the full pipeline (newsnlp run, one worker), and
// prints the CPU seconds of each (median), words per CPU second, and the
// ratios the README's performance table reports: pipeline / floor time and
// pipeline / prose words/s. CPU time of the process is measured rather than
// wall time, so that other jobs on a shared machine disturb the ratios less;
// the load average is printed with them.
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

#!/usr/bin/env bash
# The sample-corpus check of examples/ci: run newsnlp on the committed
# sample corpus, diff the output against the last accepted output, and
# evaluate it against the gold file. Exits non-zero on a regression:
# 3 when a --fail-on rule or a --min-* threshold fails, 1 on an error.
#
# Environment (all optional):
#   NEWSNLP   the newsnlp binary (default: newsnlp on PATH)
#   SAMPLE    the sample corpus (default: testdata/sample, newsnlp's own text)
#   ACCEPTED  the accepted output (default: examples/ci/accepted)
#   GOLD      the gold file (default: examples/ci/gold.jsonl)
#   OUT       where the run, diff.md and show.html go (default: a new temporary directory)
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
newsnlp="${NEWSNLP:-newsnlp}"
sample="${SAMPLE:-$here/../../testdata/sample}"
accepted="${ACCEPTED:-$here/accepted}"
gold="${GOLD:-$here/gold.jsonl}"
out="${OUT:-$(mktemp -d)}"
mkdir -p "$out"

# The tables the check looks at; the accepted output holds the same ones.
"$newsnlp" run --progress none --format jsonl --tables articles,mentions,entities,quotes \
  --out "$out/run" "$sample" || exit 1

status=0
keep() { local s=$1; if [ "$status" -eq 0 ] && [ "$s" -ne 0 ]; then status=$s; fi; }

# What changed since the accepted output (Markdown, for a pull-request comment).
"$newsnlp" diff "$accepted" "$out/run" --format markdown --output "$out/diff.md" \
  --fail-on 'articles.lost>0,errors.added>0,quotes.removed>10%,quotes.speaker_changed>10%,entities.removed>10%,mentions.label_changed>10%'
keep $?
cat "$out/diff.md"

# How good it is against the hand-checked gold.
"$newsnlp" eval entities --gold "$gold" --min-f1 0.90 "$out/run"
keep $?
"$newsnlp" eval quotes --gold "$gold" --min-f1 0.90 --min-speaker-accuracy 0.85 "$out/run"
keep $?

# A page to look at (uploaded as an artifact by the workflow).
"$newsnlp" show "$out/run" --html "$out/show.html" || keep 1
exit "$status"

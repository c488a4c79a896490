#!/usr/bin/env bash
# Extraction quality per evaluation set (dev, dev2, seed under ../shared): score.py's figures and a per-rule table of
# predicted and right incidents and claims. Usage: bench/extraction-quality.sh   (run from the project directory;
# writes bench/results/extraction-quality.md; the shared texts are read in place, exports go to bench/work/eval)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
SHARED=../shared
SCORER="$SHARED/eval/score.py"
OUT="$WORK/eval"
mvn -B -q test-compile -Dcheckstyle.skip -Djacoco.skip=true
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test >/dev/null
CP="target/classes:target/test-classes:$(cat target/bench-cp.txt)"
# A set skipped this time must not be scored from the exports of an earlier run.
rm -rf "$OUT"
# CoreNLP logs its model loading on stderr; keep it out of the way unless the run fails.
java $JAVA_OPTS -cp "$CP" org.sarhad.extract.EvalMain "$OUT" 2> "$WORK/eval.log" \
  || { tail -20 "$WORK/eval.log" >&2; exit 1; }
TABLES="$(python3 bench/rule-table.py --scorer "$SCORER" \
  --set dev "$SHARED/eval/dev_gold.jsonl" "$OUT/dev-events.csv" "$OUT/dev-claims.csv" \
  --set dev2 "$SHARED/eval/dev2_gold.jsonl" "$OUT/dev2-events.csv" "$OUT/dev2-claims.csv" \
  --set seed "$OUT/seed-gold.jsonl" "$OUT/seed-events.csv" "$OUT/seed-claims.csv")"
echo "$TABLES"
{
  echo "# Extraction quality per set and per rule"
  echo
  echo "The extractor over the shared evaluation sets (dev, dev2 and the seed article), scored by"
  echo "\`../shared/eval/score.py\`. Per rule: rows the rule produced in the set's articles (predicted) and how many"
  echo "score.py's one-to-one greedy matching pairs with a gold incident or claim (right). Recall has no per-rule"
  echo "figure: a missed gold row belongs to no rule."
  echo
  echo "- commit: $(git rev-parse --short HEAD)$([ -z "$(git status --porcelain -- src ontology)" ] \
    || echo ' (with uncommitted changes under src/ or ontology/)')"
  machine_facts
  echo "- command: \`bench/extraction-quality.sh\`"
  echo
  echo "$TABLES"
} > "$RESULTS/extraction-quality.md"

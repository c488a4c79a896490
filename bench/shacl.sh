#!/usr/bin/env bash
# Per-article SHACL (ArticleValidator) against full re-validation as the store grows to N synthetic articles
# (dev articles under new ids), with the correctness oracle (edit and delete cases included).
# Usage: bench/shacl.sh [N=10000] [dev_articles.jsonl]
source "$(dirname "$0")/lib.sh"
N="${1:-10000}"
DEV="${2:-$ROOT/../shared/eval/dev_articles.jsonl}"
CP=$(test_classpath)
OUT="$RESULTS/shacl.md"
{
  echo "# SHACL: per-article against full re-validation"
  echo
  machine_facts
  echo "- corpus: $(wc -l < "$DEV") dev articles, copied under new ids up to $N; one run (full re-validation of a"
  echo "  growing store is slow; the per-article figure is the median of 5 validations at each checkpoint)"
  echo "- command: \`bench/shacl.sh $N\`"
  echo
} > "$OUT"
timed java -Xmx6g -cp "$CP" org.sarhad.bench.ShaclBench "$DEV" "$N" "$WORK/shacl-body.md"
read -r secs rss < "$WORK/last-timing.txt"
cat "$WORK/shacl-body.md" >> "$OUT"
echo -e "\nwall ${secs}s, peak RSS $((rss / 1024)) MB (-Xmx6g: the whole store is held in memory for full validation)" >> "$OUT"
cat "$OUT"

#!/usr/bin/env bash
# Linking cost per article (link graph + event update) as the store grows to N articles, beside storing the same
# articles without linking (two TDB2 stores, alternating groups of 50). Articles: dev and dev2 copied under new ids,
# each copy of the 53 published 14 days after the one before on one timeline, its dates moved with it (an unpublished
# article's copies get a publication date). Usage: bench/linking.sh [N=10000]
source "$(dirname "$0")/lib.sh"
N="${1:-10000}"
DEV="$ROOT/../shared/eval/dev_articles.jsonl"
DEV2="$ROOT/../shared/eval/dev2_articles.jsonl"
GAZ="$ROOT/../shared/gazetteer"
CP=$(test_classpath)
# run from a copy of the classes, so that a build during the run cannot change them under it
SNAP="$WORK/linking-classes"
rm -rf "$SNAP" && mkdir -p "$SNAP" && cp -r "$ROOT/target/classes" "$ROOT/target/test-classes" "$SNAP/"
CP="$SNAP/test-classes:$SNAP/classes:${CP#*target/classes:}"
OUT="$RESULTS/linking.md"
{
  echo "# Linking: per-article cost from the 1st to the ${N}th article, beside ingest without linking"
  echo
  machine_facts
  echo "- corpus: $(cat "$DEV" "$DEV2" | wc -l) dev articles (mapped once), copied under new ids up to $N, copy k published"
  echo "  2026-01-01 + 14k days with its dates moved with it (a copy of an unpublished article gets a publication date);"
  echo "  gazetteer: the shared GeoNames extract; one run, each row the mean over the articles since the row before (the first: the first 50)"
  echo "- command: \`bench/linking.sh $N\`"
  echo
} > "$OUT"
(cd "$ROOT" && timed java $JAVA_OPTS -cp "$CP" org.sarhad.bench.LinkBench "$DEV" "$DEV2" "$GAZ" "$N" "$WORK/linking-body.md")
read -r secs rss < "$WORK/last-timing.txt"
cat "$WORK/linking-body.md" >> "$OUT"
echo -e "\nwall ${secs}s, peak RSS $((rss / 1024)) MB" >> "$OUT"
cat "$OUT"

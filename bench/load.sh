#!/usr/bin/env bash
# Mixed load: wrk 60 s at 16 connections over dereference (Turtle, HTML, JSON-LD), light SPARQL and HTML pages,
# while an ingest runs on the same machine (into its own store: the served store is locked by the server).
# Usage: bench/load.sh [DURATION=60s]
source "$(dirname "$0")/lib.sh"
source "$BENCH_DIR/serve-lib.sh"
need_jar
DURATION="${1:-60s}"
STORE=$(bench_store)
entity_paths "$WORK/load-entities.txt" "$STORE"
start_server "$STORE"
trap 'stop_server; kill "${INGEST_PID:-}" 2>/dev/null || true' EXIT
light_mix "$WORK/load-paths.txt" "$WORK/load-entities.txt"
PATHS_FILE="$WORK/load-paths.txt" wrk -t1 -c16 -d15s -s "$WORK/mixed.lua" "http://127.0.0.1:$PORT" > /dev/null
rm -rf "$WORK/store-load-ingest"
java $JAVA_OPTS -jar "$JAR" ingest --store "$WORK/store-load-ingest" "$ROOT/../shared/eval/dev_articles.jsonl" \
  "$ROOT/../shared/eval/dev_articles.jsonl" > "$WORK/load-ingest.txt" 2>&1 &
INGEST_PID=$!
PATHS_FILE="$WORK/load-paths.txt" wrk -t1 -c16 -d"$DURATION" --latency -s "$WORK/mixed.lua" "http://127.0.0.1:$PORT" \
  | tee "$WORK/load-wrk.txt" | wrk_figures > "$WORK/load-figures.txt"
read -r rps p50 p99 errs total < "$WORK/load-figures.txt"
ING=$(kill -0 $INGEST_PID 2>/dev/null && echo "still running at the end" || echo "finished during the run")
OUT="$RESULTS/load.md"
{
  echo "# Mixed load while an ingest runs"
  echo
  machine_facts
  echo "- \`wrk -t1 -c16 -d$DURATION\` (15 s warm-up before), random path from a mix of about 8 dereferences :"
  echo "  1 light SPARQL : 1 search page, plus / and /void; Accept rotates Turtle / HTML / JSON-LD on
  dereferences, SPARQL JSON results on queries, HTML on pages"
  echo "- concurrent ingest of the dev articles into a second store on the same disk ($ING)"
  echo "- command: \`bench/load.sh $DURATION\`; one run"
  echo
  echo "| requests | req/s | p50 ms | p99 ms | errors (non-2xx/3xx + socket) | error rate |"
  echo "|---|---|---|---|---|---|"
  echo "| $total | $rps | $p50 | $p99 | $errs | $(echo "scale=5; $errs * 100 / $total" | bc -l)% |"
  echo
  echo '```'; cat "$WORK/load-wrk.txt"; echo '```'
} > "$OUT"
cat "$OUT"

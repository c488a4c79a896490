#!/usr/bin/env bash
# Mixed load: wrk 60 s at 16 connections over dereference (Turtle, HTML, JSON-LD), light SPARQL and HTML pages,
# while an ingest runs on the same machine (into its own store: the served store is locked by the server).
# With HEAVY connections (second argument, default 0), that many more connections send the heavy SPARQL of
# heavy-mix.sh beside it, each pausing HEAVY_DELAY_MS (default 50) before each request, so heavy queries are a
# share of the requests (measured and reported) rather than a flood. The server exempts the load generator's
# address from the per-client cap, as heavy-mix.sh does: every request comes from that one address, and at 16
# connections its light SPARQL alone passes 4 at a time, which the cap answers with 503.
# Usage: bench/load.sh [DURATION=60s] [HEAVY=0]
source "$(dirname "$0")/lib.sh"
source "$BENCH_DIR/serve-lib.sh"
need_jar
DURATION="${1:-60s}"
HEAVY="${2:-0}"
HEAVY_DELAY_MS="${HEAVY_DELAY_MS:-50}"
STORE=$(bench_store)
entity_paths "$WORK/load-entities.txt" "$STORE"
SERVE_ARGS="--exempt-client 127.0.0.1,::1" start_server "$STORE"
trap 'stop_server; kill "${INGEST_PID:-}" 2>/dev/null || true' EXIT
light_mix "$WORK/load-paths.txt" "$WORK/load-entities.txt"
heavy_paths "$WORK/load-heavy-paths.txt"
PATHS_FILE="$WORK/load-paths.txt" wrk -t1 -c16 -d15s -s "$WORK/mixed.lua" "http://127.0.0.1:$PORT" > /dev/null
FACTS=$(machine_facts)
rm -rf "$WORK/store-load-ingest"
java $JAVA_OPTS -jar "$JAR" ingest --store "$WORK/store-load-ingest" "$ROOT/../shared/eval/dev_articles.jsonl" \
  "$ROOT/../shared/eval/dev_articles.jsonl" > "$WORK/load-ingest.txt" 2>&1 &
INGEST_PID=$!
: > "$WORK/load-heavy.txt"
if [ "$HEAVY" -gt 0 ]; then
  PATHS_FILE="$WORK/load-heavy-paths.txt" DELAY_MS="$HEAVY_DELAY_MS" wrk -t1 -c"$HEAVY" -d"$DURATION" --timeout 40s \
    --latency -s "$(paced_script)" "http://127.0.0.1:$PORT" > "$WORK/load-heavy.txt" &
  HEAVY_PID=$!
fi
PATHS_FILE="$WORK/load-paths.txt" wrk -t1 -c16 -d"$DURATION" --latency -s "$WORK/mixed.lua" "http://127.0.0.1:$PORT" \
  | tee "$WORK/load-wrk.txt" | wrk_figures > "$WORK/load-figures.txt"
ING=$(kill -0 $INGEST_PID 2>/dev/null && echo "still running at the end" || echo "finished during the run")
if [ "$HEAVY" -gt 0 ]; then wait "$HEAVY_PID"; fi
LOAD_END=$(cut -d' ' -f1-3 /proc/loadavg)
read -r rps p50 p99 errs total < "$WORK/load-figures.txt"
OUT="$RESULTS/load.md"
{
  echo "# Mixed load while an ingest runs"
  echo
  echo "$FACTS"
  echo "- \`wrk -t1 -c16 -d$DURATION\` (15 s warm-up before), random path from a mix of about 8 dereferences :"
  echo "  1 light SPARQL : 1 search page, plus / and /void; Accept rotates Turtle / HTML / JSON-LD on"
  echo "  dereferences, SPARQL JSON results on queries, HTML on pages"
  echo "- load average at the end: $LOAD_END"
  echo "- served store: $(du -sh "$STORE" | cut -f1) on disk, $(wc -l < "$WORK/load-entities.txt") entity paths in the mix"
  echo "- concurrent ingest of the dev articles into a second store on the same disk ($ING)"
  if [ "$HEAVY" -gt 0 ]; then
    echo "- beside it, heavy SPARQL: \`wrk -t1 -c$HEAVY -d$DURATION --timeout 40s\`, each connection pausing"
    echo "  $HEAVY_DELAY_MS ms before each request, over the heavy queries of \`bench/heavy-mix.sh\` (cross product"
    echo "  count, backtracking REGEX, ORDER BY RAND() over everything)"
  fi
  echo "- server \`--exempt-client 127.0.0.1,::1\`: the load generator is one address"
  echo "- command: \`bench/load.sh $DURATION $HEAVY\`; one run"
  echo
  echo "| requests | req/s | p50 ms | p99 ms | errors (non-2xx/3xx + socket) | error rate |"
  echo "|---|---|---|---|---|---|"
  echo "| $total | $rps | $p50 | $p99 | $errs | $(echo "scale=5; $errs * 100 / $total" | bc -l)% |"
  if [ "$HEAVY" -gt 0 ]; then
    read -r h_rps h_p50 h_p99 h_err h_n < <(wrk_figures < "$WORK/load-heavy.txt")
    echo
    echo "| heavy requests | share of all requests | refused (503) or timed out | p50 ms | p99 ms |"
    echo "|---|---|---|---|---|"
    echo "| $h_n | $(echo "scale=2; $h_n * 100 / ($h_n + $total)" | bc -l)% | $h_err | $h_p50 | $h_p99 |"
  fi
  echo
  echo '```'; cat "$WORK/load-wrk.txt"; echo '```'
  if [ "$HEAVY" -gt 0 ]; then echo; echo '```'; cat "$WORK/load-heavy.txt"; echo '```'; fi
} > "$OUT"
cat "$OUT"

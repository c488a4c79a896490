#!/usr/bin/env bash
# Light requests beside heavy queries: the light mix of load.sh at 16 connections, first alone, then with 8 more
# connections sending only heavy SPARQL (a three-way cross product, a backtracking REGEX, ORDER BY RAND() over the
# store). The server judges those heavy and gives them its few heavy slots; the rest are refused with 503 at once.
# The load generator is one address, so it is exempt from the per-client cap (which would otherwise refuse it).
# Usage: bench/heavy-mix.sh [DURATION=60s] [RUNS=3]
source "$(dirname "$0")/lib.sh"
source "$BENCH_DIR/serve-lib.sh"
need_jar
DURATION="${1:-60s}"
RUNS="${2:-3}"
STORE=$(bench_store)
FACTS=$(machine_facts)
entity_paths "$WORK/heavy-entities.txt" "$STORE"
SERVE_ARGS="--exempt-client 127.0.0.1,::1" start_server "$STORE"
trap 'stop_server' EXIT
light_mix "$WORK/heavy-light-paths.txt" "$WORK/heavy-entities.txt"
heavy_paths "$WORK/heavy-paths.txt"
light() { PATHS_FILE="$WORK/heavy-light-paths.txt" wrk -t1 -c16 -d"$1" --latency -s "$WORK/mixed.lua" "http://127.0.0.1:$PORT"; }
PATHS_FILE="$WORK/heavy-light-paths.txt" wrk -t1 -c16 -d15s -s "$WORK/mixed.lua" "http://127.0.0.1:$PORT" > /dev/null
: > "$WORK/heavy-rows.txt"; : > "$WORK/heavy-ratios.txt"
for run in $(seq 1 "$RUNS"); do
  light "$DURATION" | tee "$WORK/heavy-alone.txt" | wrk_figures > "$WORK/heavy-alone-figures.txt"
  PATHS_FILE="$WORK/heavy-paths.txt" ACCEPT=application/sparql-results+json wrk -t1 -c8 -d"$DURATION" --timeout 40s \
    --latency -s "$(wrk_script)" "http://127.0.0.1:$PORT" > "$WORK/heavy-heavy.txt" &
  HEAVY_PID=$!
  sleep 2
  light "$DURATION" | tee "$WORK/heavy-beside.txt" | wrk_figures > "$WORK/heavy-beside-figures.txt"
  wait "$HEAVY_PID"
  read -r a_rps a_p50 a_p99 a_err a_n < "$WORK/heavy-alone-figures.txt"
  read -r b_rps b_p50 b_p99 b_err b_n < "$WORK/heavy-beside-figures.txt"
  read -r h_rps h_p50 h_p99 h_err h_n < <(wrk_figures < "$WORK/heavy-heavy.txt")
  ratio=$(echo "scale=2; $b_p99 / $a_p99" | bc -l)
  echo "$ratio" >> "$WORK/heavy-ratios.txt"
  echo "| $run | $a_rps / $a_p50 / $a_p99 / $a_err | $b_rps / $b_p50 / $b_p99 / $b_err | $h_n / $h_err / $h_p50 / $h_p99 | $ratio |" \
    >> "$WORK/heavy-rows.txt"
done
LOAD_END=$(cut -d' ' -f1-3 /proc/loadavg)
OUT="$RESULTS/heavy-mix.md"
{
  echo "# Light requests beside heavy queries"
  echo
  echo "$FACTS"
  echo "- light: \`wrk -t1 -c16 -d$DURATION\` over the mix of \`bench/load.sh\` (15 s warm-up before), first alone, then"
  echo "  beside heavy: \`wrk -t1 -c8 -d$DURATION --timeout 40s\` sending only heavy SPARQL (cross product count,"
  echo "  backtracking REGEX, ORDER BY RAND() over everything); server defaults (30 s timeout, heavy slots: cores - 1)"
  echo "  but \`--exempt-client 127.0.0.1,::1\`, since the load generator is one address"
  echo "- load average at the end: $LOAD_END"
  echo "- command: \`bench/heavy-mix.sh $DURATION $RUNS\`; light alone and light beside heavy alternate, $RUNS times"
  echo
  echo "| run | light alone: req/s / p50 ms / p99 ms / errors | light beside heavy: req/s / p50 / p99 / errors |" \
    "heavy: requests / 503s + socket errors / p50 ms / p99 ms | light p99 beside / alone |"
  echo "|---|---|---|---|---|"
  cat "$WORK/heavy-rows.txt"
  echo
  read -r med min max < <(stats < "$WORK/heavy-ratios.txt")
  echo "light p99 beside heavy / alone: median $med (min $min, max $max) over $RUNS runs"
  echo
  echo "wrk output of the last run:"
  echo
  for f in alone beside heavy; do echo "## wrk: $f"; echo '```'; cat "$WORK/heavy-$f.txt"; echo '```'; done
} > "$OUT"
cat "$OUT"

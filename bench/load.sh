#!/usr/bin/env bash
# Mixed load: wrk at 16 connections over dereference (Turtle, HTML, JSON-LD), light SPARQL and HTML pages, while an
# ingest runs on the same machine (into its own store: the served store is locked by the server) for the whole
# measurement. HEAVY (second argument, a comma list, default 0,4,6) gives how many more connections send the heavy
# SPARQL of heavy-mix.sh beside it, each pausing HEAVY_DELAY_MS (default 50) before each request, so heavy queries
# are a share of the requests (measured and reported) rather than a flood. NICE (third argument, a comma list,
# default 19,0) is the niceness of the ingest: 19 is how the README tells operators to run an ingest beside a
# server on one machine, 0 an ingest at the server's own priority. Every (NICE, HEAVY) pair is one run with its own
# server start and ingest, in the order given, and one row of the table.
# The server exempts the load generator's address from the per-client cap, as heavy-mix.sh does: every request comes
# from that one address, and at 16 connections its light SPARQL alone passes 4 at a time, which the cap answers
# with 503.
# Each row also says where the two cores went during the measurement: CPU seconds of the server, the ingest and
# the light load generator, and the server's GC pauses (wall time, and how much of it the GC threads ran: a pause
# far longer than its CPU time waited for a core).
# Usage: bench/load.sh [DURATION=60s] [HEAVY=0,4,6] [NICE=19,0]
source "$(dirname "$0")/lib.sh"
source "$BENCH_DIR/serve-lib.sh"
need_jar
DURATION="${1:-60s}"
HEAVY_LIST="${2:-0,4,6}"
NICE_LIST="${3:-19,0}"
HEAVY_DELAY_MS="${HEAVY_DELAY_MS:-50}"
# The ingest reads both dev sets this many times over (a re-read article replaces its earlier copy), so that even
# at the server's priority on an idle machine it is still running when the measurement ends.
INGEST_REPEAT="${INGEST_REPEAT:-8}"
STORE=$(bench_store)
entity_paths "$WORK/load-entities.txt" "$STORE"
light_mix "$WORK/load-paths.txt" "$WORK/load-entities.txt"
heavy_paths "$WORK/load-heavy-paths.txt"
FACTS=$(machine_facts)
trap 'stop_server; kill "${INGEST_PID:-}" 2>/dev/null || true' EXIT
: > "$WORK/load-rows.txt"

# One measurement: ingest niceness $1, heavy connections $2; appends a row to load-rows.txt.
measure() {
  local nice="$1" heavy="$2" tag="n$1-h$2"
  local gc="$WORK/load-gc-$tag.log"
  SERVE_JAVA_OPTS="$SERVE_JAVA_OPTS -Xlog:gc*:file=$gc:uptime" SERVE_ARGS="--exempt-client 127.0.0.1,::1" start_server "$STORE"
  PATHS_FILE="$WORK/load-paths.txt" wrk -t1 -c16 -d15s -s "$WORK/mixed.lua" "http://127.0.0.1:$PORT" > /dev/null
  local load_start
  load_start=$(cut -d' ' -f1-3 /proc/loadavg)
  rm -rf "$WORK/store-load-ingest"
  local inputs=()
  for _ in $(seq "$INGEST_REPEAT"); do
    inputs+=("$ROOT/../shared/eval/dev_articles.jsonl" "$ROOT/../shared/eval/dev2_articles.jsonl")
  done
  nice -n "$nice" java $JAVA_OPTS -jar "$JAR" ingest --store "$WORK/store-load-ingest" "${inputs[@]}" \
    > "$WORK/load-ingest-$tag.txt" 2>&1 &
  INGEST_PID=$!
  local gc_from server_cpu0 ingest_cpu0
  gc_from=$(wc -l < "$gc")
  server_cpu0=$(cpu_seconds "$SERVER_PID")
  : > "$WORK/load-heavy-$tag.txt"
  if [ "$heavy" -gt 0 ]; then
    PATHS_FILE="$WORK/load-heavy-paths.txt" DELAY_MS="$HEAVY_DELAY_MS" wrk -t1 -c"$heavy" -d"$DURATION" --timeout 40s \
      --latency -s "$(paced_script)" "http://127.0.0.1:$PORT" > "$WORK/load-heavy-$tag.txt" &
    HEAVY_PID=$!
  fi
  /usr/bin/time -f '%U %S' -o "$WORK/load-wrk-cpu.txt" env PATHS_FILE="$WORK/load-paths.txt" \
    wrk -t1 -c16 -d"$DURATION" --latency -s "$WORK/mixed.lua" "http://127.0.0.1:$PORT" > "$WORK/load-wrk-$tag.txt"
  local server_cpu ingest_cpu ing wrk_cpu
  server_cpu=$(echo "$(cpu_seconds "$SERVER_PID") - $server_cpu0" | bc -l)
  # The ingest started with the measurement: its CPU so far is its CPU during it (JVM start and models included).
  ingest_cpu=$(cpu_seconds "$INGEST_PID")
  ing=$(kill -0 "$INGEST_PID" 2>/dev/null && echo "running" || echo "finished")
  wrk_cpu=$(awk '{printf "%.1f", $1 + $2}' "$WORK/load-wrk-cpu.txt")
  if [ "$heavy" -gt 0 ]; then wait "$HEAVY_PID"; fi
  kill "$INGEST_PID" 2>/dev/null || true
  wait "$INGEST_PID" 2>/dev/null || true
  stop_server
  local load_end
  load_end=$(cut -d' ' -f1-3 /proc/loadavg)
  read -r rps p50 p99 errs total < <(wrk_figures < "$WORK/load-wrk-$tag.txt")
  local heavy_cells="none"
  if [ "$heavy" -gt 0 ]; then
    read -r h_rps h_p50 h_p99 h_err h_n < <(wrk_figures < "$WORK/load-heavy-$tag.txt")
    heavy_cells="$h_n / $(echo "scale=2; $h_n * 100 / ($h_n + $total)" | bc -l)% / $h_err / $h_p50 / $h_p99"
  fi
  echo "| $nice | $heavy | $total / $rps / $p50 / **$p99** / $errs ($(echo "scale=3; $errs * 100 / $total" | bc -l)%) | $heavy_cells |" \
    "$(printf '%.1f' "$server_cpu") / $(printf '%.1f' "${ingest_cpu:-0}") ($ing) / $wrk_cpu |" \
    "$(gc_pauses "$gc" "$gc_from") | $load_start, $load_end |" >> "$WORK/load-rows.txt"
}

IFS=, read -r -a NICES <<< "$NICE_LIST"
IFS=, read -r -a HEAVIES <<< "$HEAVY_LIST"
for n in "${NICES[@]}"; do
  for h in "${HEAVIES[@]}"; do
    measure "$n" "$h"
  done
done
LAST="n${NICES[-1]}-h${HEAVIES[-1]}"
OUT="$RESULTS/load.md"
{
  echo "# Mixed load while an ingest runs"
  echo
  echo "$FACTS"
  echo "- \`wrk -t1 -c16 -d$DURATION\` (15 s warm-up before), random path from a mix of about 8 dereferences :"
  echo "  1 light SPARQL : 1 search page, plus / and /void; Accept rotates Turtle / HTML / JSON-LD on"
  echo "  dereferences, SPARQL JSON results on queries, HTML on pages"
  echo "- served store: $(du -sh "$STORE" | cut -f1) on disk, $(wc -l < "$WORK/load-entities.txt") entity paths in the mix"
  echo "- for the whole measurement, an ingest of the dev and dev2 articles ($INGEST_REPEAT times over; a re-read article"
  echo "  replaces its copy) into a second store on the same disk,"
  echo "  started with the measurement at the niceness in the first column (\`nice -n N java ... ingest\`)"
  echo "- heavy SPARQL beside it: \`wrk -t1 -cH -d$DURATION --timeout 40s\`, each connection pausing"
  echo "  $HEAVY_DELAY_MS ms before each request, over the heavy queries of \`bench/heavy-mix.sh\` (cross product"
  echo "  count, backtracking REGEX, ORDER BY RAND() over everything)"
  echo "- server \`--exempt-client 127.0.0.1,::1\`: the load generator is one address; GC logged with \`-Xlog:gc*\`"
  echo "- command: \`bench/load.sh $DURATION $HEAVY_LIST $NICE_LIST\`; one run per row, in the order of the rows"
  echo
  echo "| ingest nice | heavy connections | light: requests / req/s / p50 ms / p99 ms / errors (non-2xx/3xx + socket; rate) |" \
    "heavy: requests / share / refused or timed out / p50 ms / p99 ms |" \
    "CPU s during the run: server / ingest / light wrk | server GC pauses during the run: count, total ms, longest ms, CPU share of pause time |" \
    "load average start, end |"
  echo "|---|---|---|---|---|---|---|"
  cat "$WORK/load-rows.txt"
  echo
  echo "wrk output of the last run ($LAST):"
  echo
  echo '```'; cat "$WORK/load-wrk-$LAST.txt"; echo '```'
  if [ -s "$WORK/load-heavy-$LAST.txt" ]; then echo; echo '```'; cat "$WORK/load-heavy-$LAST.txt"; echo '```'; fi
} > "$OUT"
cat "$OUT"

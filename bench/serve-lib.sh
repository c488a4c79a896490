#!/usr/bin/env bash
# Helpers for the HTTP benchmarks: a store to serve, the server, entity paths, wrk parsing. Sourced after lib.sh.
PORT="${PORT:-3131}"

# A store with the dev articles (reuses bench/work/store-ingest from ingest.sh when present).
bench_store() {
  local store="$WORK/store-ingest"
  if [ ! -d "$store" ]; then
    java $JAVA_OPTS -jar "$JAR" ingest --store "$store" "$ROOT/../shared/eval/dev_articles.jsonl" > /dev/null
  fi
  echo "$store"
}

# Entity paths (/doc/kind/slug) of the store, one per line, into $1 (before the server takes the store's lock).
entity_paths() {
  java $JAVA_OPTS -jar "$JAR" query --store "$2" --format tsv \
    'SELECT DISTINCT ?s { ?s a ?t FILTER(STRSTARTS(STR(?s), "http://localhost:3030/id/") && !CONTAINS(STR(?s), "/evidence") && !CONTAINS(STR(?s), "/p") && !CONTAINS(STR(?s), "/quote") && !CONTAINS(STR(?s), "/item")) } LIMIT 1000' \
    | tail -n +2 | sed -e 's/^<http:\/\/localhost:3030\/id\//\/doc\//' -e 's/>$//' \
    | grep -E '^/doc/[a-z-]+/[^/]+$' > "$1"
}

start_server() {
  # SERVE_ARGS: extra serve options, e.g. --exempt-client for a load generator that is one address.
  java $SERVE_JAVA_OPTS -jar "$JAR" serve --store "$1" --port "$PORT" ${SERVE_ARGS:-} > "$WORK/serve.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$PORT/void" > /dev/null 2>&1 && return 0
    sleep 1
  done
  echo "server did not start; see $WORK/serve.log" >&2; exit 3
}

stop_server() {
  kill "$SERVER_PID" 2>/dev/null || true
  wait "$SERVER_PID" 2>/dev/null || true
}

# wrk Lua script: random path from a file, fixed Accept header; counts non-2xx/3xx as errors.
wrk_script() {
  cat > "$WORK/random.lua" <<'LUA'
local paths = {}
for line in io.lines(os.getenv("PATHS_FILE")) do paths[#paths + 1] = line end
math.randomseed(42)
local accept = os.getenv("ACCEPT")
request = function()
  return wrk.format("GET", paths[math.random(#paths)], { ["Accept"] = accept })
end
LUA
  echo "$WORK/random.lua"
}

# "req/s p50_ms p99_ms errors requests" from wrk --latency output on stdin.
wrk_figures() {
  awk '
    /Requests\/sec/ {rps=$2}
    /^ +50%/ {p50=$2} /^ +99%/ {p99=$2}
    /requests in/ {n=$1}
    /Non-2xx or 3xx/ {err+=$NF}
    /Socket errors/ {for (i=1;i<=NF;i++) if ($i ~ /^[0-9]+,?$/) err+=$i}
    function ms(v) { if (v ~ /us$/) return v/1000; if (v ~ /ms$/) return v+0; if (v ~ /s$/) return v*1000; return v }
    END {printf "%s %.3f %.3f %d %d\n", rps, ms(p50), ms(p99), err+0, n}'
}

# The light mix of load.sh into $1 from the entity paths in $2: about 8 dereferences : 1 light SPARQL : 1 search page,
# plus / and /void; and its wrk script ($WORK/mixed.lua: Accept rotates Turtle / HTML / JSON-LD on dereferences).
light_mix() {
  : > "$1"
  while read -r p; do echo "$p" >> "$1"; done < "$2"
  local n
  n=$(wc -l < "$2")
  for _ in $(seq 1 $((n / 8 + 1))); do
    echo "/sarhad/sparql?query=SELECT%20%3Fi%20%3Fd%20%7B%3Fi%20a%20%3Chttps%3A%2F%2Fw3id.org%2Fsarhad%2Fontology%23Incident%3E%20%3B%20%3Chttps%3A%2F%2Fw3id.org%2Fsarhad%2Fontology%23date%3E%20%3Fd%7D%20LIMIT%2020" >> "$1"
    echo "/search?q=border" >> "$1"
  done
  echo "/" >> "$1"; echo "/void" >> "$1"
  cat > "$WORK/mixed.lua" <<'LUA'
local paths = {}
for line in io.lines(os.getenv("PATHS_FILE")) do paths[#paths + 1] = line end
local accepts = {"text/turtle", "text/html", "application/ld+json"}
math.randomseed(7)
request = function()
  local p = paths[math.random(#paths)]
  local accept = "text/html"
  if p:sub(1, 5) == "/doc/" then accept = accepts[math.random(3)]
  elseif p:sub(1, 8) == "/sarhad/" then accept = "application/sparql-results+json" end
  return wrk.format("GET", p, { ["Accept"] = accept })
end
LUA
}

# The heavy SPARQL of heavy-mix.sh into $1, one request path a line: a three-way cross product counted, a backtracking
# REGEX, ORDER BY RAND() over the whole store.
heavy_paths() {
  local enc='import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))'
  {
    echo "/sarhad/sparql?query=$(python3 -c "$enc" 'SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }')"
    echo "/sarhad/sparql?query=$(python3 -c "$enc" "ASK { FILTER(REGEX(\"$(printf 'a%.0s' $(seq 40))\", \"(.*a){9}b\")) }")"
    echo "/sarhad/sparql?query=$(python3 -c "$enc" 'SELECT * { ?s ?p ?o } ORDER BY RAND()')"
  } > "$1"
}

# wrk Lua script for heavy requests: random path from PATHS_FILE, SPARQL JSON results, and a pause of DELAY_MS
# before each request, so a few connections send a set share of the load rather than as much as they can.
paced_script() {
  cat > "$WORK/paced.lua" <<'LUA'
local paths = {}
for line in io.lines(os.getenv("PATHS_FILE")) do paths[#paths + 1] = line end
math.randomseed(11)
local pause = tonumber(os.getenv("DELAY_MS") or "0")
request = function()
  return wrk.format("GET", paths[math.random(#paths)], { ["Accept"] = "application/sparql-results+json" })
end
delay = function() return pause end
LUA
  echo "$WORK/paced.lua"
}

# CPU seconds (user + system) a process has used so far; empty when it is gone.
cpu_seconds() {
  awk -v hz="$(getconf CLK_TCK)" '{print ($14 + $15) / hz}' "/proc/$1/stat" 2>/dev/null || true
}

# "pauses, total ms, longest ms, GC CPU s per pause s, concurrent cycles" of a -Xlog:gc* log from line $2 on. The GC
# threads' CPU (User + Sys of each pause) over the pause's wall time: near the number of GC workers when they had
# the cores, far below it when the pause waited for a core that other processes held.
gc_pauses() {
  tail -n +"$(( $2 + 1 ))" "$1" | awk '
    / Pause .*[0-9.]+ms$/ { v = $NF; sub("ms", "", v); n++; t += v; if (v + 0 > m) m = v + 0; p = 1; next }
    p && /User=/ { for (i = 1; i <= NF; i++) { split($i, kv, "="); if (kv[1] == "User" || kv[1] == "Sys") c += kv[2] + 0 }
                   p = 0; next }
    / Concurrent Mark Cycle [0-9.]+ms$/ { cc++ }
    { p = 0 }
    END { printf "%d, %.0f, %.0f, %.2f, %d concurrent cycles", n, t, m, (t > 0 ? c * 1000 / t : 0), cc }'
}

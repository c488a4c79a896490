#!/usr/bin/env bash
# Entity dereference: sarhad serve (/doc/kind/slug, content negotiation) against nginx serving the same documents
# pre-rendered, and against the raw SPARQL DESCRIBE of the same IRIs on the same server. wrk -t1 -c16.
# Usage: bench/deref.sh [DURATION=30s] [RUNS=5]
source "$(dirname "$0")/lib.sh"
source "$BENCH_DIR/serve-lib.sh"
need_jar
DURATION="${1:-30s}"
RUNS="${2:-5}"
STORE=$(bench_store)
PATHS="$WORK/deref-paths.txt"
entity_paths "$PATHS" "$STORE"
SCRIPT=$(wrk_script)
start_server "$STORE"
trap 'stop_server; [ -n "${NGINX_CONF:-}" ] && nginx -c "$NGINX_CONF" -s stop 2>/dev/null || true' EXIT

# Pre-render every document as Turtle for nginx, and the DESCRIBE URLs for the raw endpoint.
ROOTDIR="$WORK/nginx-root"; rm -rf "$ROOTDIR"; mkdir -p "$ROOTDIR"
while read -r p; do
  mkdir -p "$ROOTDIR$(dirname "$p")"
  curl -sf -H 'Accept: text/turtle' "http://127.0.0.1:$PORT$p" -o "$ROOTDIR$p" || echo "not served: $p" >&2
done < "$PATHS"
python3 - "$PATHS" > "$WORK/describe-paths.txt" <<'PY'
import sys, urllib.parse
for p in open(sys.argv[1]):
    iri = "http://localhost:3030/id/" + p.strip()[len("/doc/"):]
    print("/sarhad/sparql?query=" + urllib.parse.quote("DESCRIBE <" + iri + ">"))
PY
NGINX_PORT=$((PORT + 1))
NGINX_CONF="$WORK/nginx.conf"
cat > "$NGINX_CONF" <<NGX
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  default_type text/turtle;
  server { listen 127.0.0.1:$NGINX_PORT; root $ROOTDIR; }
}
NGX
nginx -c "$NGINX_CONF"

run() {  # name url-base paths-file accept
  PATHS_FILE="$3" ACCEPT="$4" wrk -t1 -c16 -d15s -s "$SCRIPT" "$2" > /dev/null  # warm-up
  for i in $(seq 1 "$RUNS"); do
    PATHS_FILE="$3" ACCEPT="$4" wrk -t1 -c16 -d"$DURATION" --latency -s "$SCRIPT" "$2" | wrk_figures
  done > "$WORK/deref-$1.txt"
}
run sarhad-turtle "http://127.0.0.1:$PORT" "$PATHS" text/turtle
run sarhad-html "http://127.0.0.1:$PORT" "$PATHS" text/html
run sarhad-jsonld "http://127.0.0.1:$PORT" "$PATHS" application/ld+json
run nginx-turtle "http://127.0.0.1:$NGINX_PORT" "$PATHS" text/turtle
run fuseki-describe "http://127.0.0.1:$PORT" "$WORK/describe-paths.txt" text/turtle

col() { awk -v c="$2" '{print $c}' "$WORK/deref-$1.txt" | stats; }
OUT="$RESULTS/deref.md"
{
  echo "# Dereference: sarhad against nginx (pre-rendered) and raw SPARQL DESCRIBE"
  echo
  machine_facts
  echo "- $(wc -l < "$PATHS") entity IRIs of the dev-article store, picked at random (seed 42) by a wrk Lua script;"
  echo "  \`wrk -t1 -c16 -d$DURATION\` after a 15 s warm-up, $RUNS runs each; nginx: 1 worker, same Turtle documents"
  echo "- command: \`bench/deref.sh $DURATION $RUNS\`"
  echo
  echo "| configuration | req/s median (min-max) | p50 ms median | p99 ms median | errors |"
  echo "|---|---|---|---|---|"
  for c in sarhad-turtle sarhad-html sarhad-jsonld nginx-turtle fuseki-describe; do
    read -r m lo hi <<< "$(col $c 1)"
    echo "| $c | $m ($lo-$hi) | $(col $c 2 | cut -d' ' -f1) | $(col $c 3 | cut -d' ' -f1) | $(awk '{s+=$4} END {print s+0}' "$WORK/deref-$c.txt") |"
  done
  t=$(col sarhad-turtle 1 | cut -d' ' -f1); n=$(col nginx-turtle 1 | cut -d' ' -f1); f=$(col fuseki-describe 1 | cut -d' ' -f1)
  echo
  echo "**sarhad/nginx = $(echo "$t / $n" | bc -l | cut -c1-5)** (target >= 0.25); sarhad/fuseki-describe = $(echo "$t / $f" | bc -l | cut -c1-5)"
} > "$OUT"
cat "$OUT"

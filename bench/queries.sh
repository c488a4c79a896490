#!/usr/bin/env bash
# The competency-question queries (ontology/cq/*.rq) against sarhad serve at 1, 4 and 16 clients: per-query p50/p99,
# errors, queries per hour. Store: bench/work/store-ingest (make it with bench/ingest.sh N; 10000 for the design size).
# Usage: bench/queries.sh [SECONDS_PER_LEVEL=30]
source "$(dirname "$0")/lib.sh"
source "$BENCH_DIR/serve-lib.sh"
need_jar
SECS="${1:-30}"
STORE=$(bench_store)
ARTICLES=$(java $JAVA_OPTS -jar "$JAR" query --store "$STORE" --format tsv \
  'SELECT (COUNT(*) AS ?n) { ?a a <https://w3id.org/sarhad/ontology#Article> }' | tail -1 | sed 's/"//g; s/\^\^.*//')
start_server "$STORE"
trap stop_server EXIT
python3 - "$ROOT/ontology/cq" "http://127.0.0.1:$PORT/sarhad/sparql" "$SECS" > "$WORK/queries-table.md" <<'PY'
import glob, os, random, sys, threading, time, urllib.parse, urllib.request
qdir, endpoint, secs = sys.argv[1], sys.argv[2], float(sys.argv[3])
queries = {os.path.basename(f)[:-3]: open(f, encoding="utf-8").read() for f in sorted(glob.glob(qdir + "/*.rq"))}
def call(q):
    url = endpoint + "?" + urllib.parse.urlencode({"query": q})
    req = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    t0 = time.perf_counter()
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            r.read(); ok = r.status == 200
    except Exception:
        ok = False
    return (time.perf_counter() - t0) * 1000, ok
for q in queries.values(): call(q)  # warm-up
print("| clients | query | runs | p50 ms | p99 ms | max ms | errors | queries/hour (all) |")
print("|---|---|---|---|---|---|---|---|")
for clients in (1, 4, 16):
    results, lock, stop = [], threading.Lock(), time.time() + secs
    def worker(seed):
        rnd = random.Random(seed)
        while time.time() < stop:
            name = rnd.choice(list(queries)); ms, ok = call(queries[name])
            with lock: results.append((name, ms, ok))
    ts = [threading.Thread(target=worker, args=(i,)) for i in range(clients)]
    [t.start() for t in ts]; [t.join() for t in ts]
    qph = len(results) / secs * 3600
    for name in queries:
        lat = sorted(ms for n, ms, ok in results if n == name)
        errs = sum(1 for n, ms, ok in results if n == name and not ok)
        if not lat: continue
        pct = lambda p: lat[min(len(lat) - 1, int(p * len(lat)))]
        print(f"| {clients} | {name} | {len(lat)} | {pct(0.5):.1f} | {pct(0.99):.1f} | {lat[-1]:.1f} | {errs} | {qph:.0f} |")
PY
OUT="$RESULTS/queries.md"
{
  echo "# Query mix: competency questions at 1, 4 and 16 clients"
  echo
  machine_facts
  echo "- store: $ARTICLES articles (bench/work/store-ingest); server timeout 30 s; ${SECS} s per concurrency level"
  echo "  after one warm-up pass; clients: Python threads, one request at a time each"
  echo "- command: \`bench/queries.sh $SECS\`"
  echo
  cat "$WORK/queries-table.md"
} > "$OUT"
cat "$OUT"

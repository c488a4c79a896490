#!/usr/bin/env bash
# Extraction throughput on one core over the seed article (../shared/seeds), the current tree and, side by side, an
# older build; one JVM per side over the dev articles (dev + dev2, by characters in seed-sized articles); then a real
# ingest of the dev articles on all cores (nproc), with its time by stage. About 15 minutes with the defaults on a
# 2-core machine.
# Usage: [BASELINE_DIR=/path/to/clone] bench/extract-throughput.sh [N=200] [ROUNDS=5]
#   N       seed articles per timed run of the current tree (after a warm-up of WARMUP=N, default)
#   ROUNDS  JVMs per side, interleaved: current, baseline, current, baseline, ...
#           (one cold start and one timed run each)
#   BASELINE_DIR  a clone of an older commit, built with
#                 mvn -B -q test-compile -Dcheckstyle.skip -Djacoco.skip=true
#                 mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt
#                 this tree's ExtractBench is compiled against it, so both sides run the same harness
#   BASELINE_N    seed articles per timed run of the baseline (default 10 x N, as it is much faster; also its warm-up)
# Writes bench/results/extract-throughput.md; a "## Notes" section at the end of that file is kept.
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
N="${1:-200}"
ROUNDS="${2:-5}"
WARMUP="${WARMUP:-$N}"
BASELINE_N="${BASELINE_N:-$((10 * N))}"
JAVA_OPTS="-Xmx2g -XX:ActiveProcessorCount=1"
OUT_MD="$RESULTS/extract-throughput.md"
RAW="$WORK/extract-throughput"
mkdir -p "$RAW"
rm -f "$RAW"/*.txt

mvn -B -q test-compile -Dcheckstyle.skip -Djacoco.skip=true
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt >/dev/null
# a copy of the compiled tree, so that a rebuild during the run changes nothing; the commit is read with it
commit() { # dir: short commit, and the number of uncommitted changes under src/main and ontology
  local c d
  c=$(git -C "$1" rev-parse --short HEAD)
  d=$(git -C "$1" status --porcelain -- src/main ontology | wc -l)
  [ "$d" = 0 ] && echo "$c" || echo "$c + $d uncommitted files"
}
rm -rf "$RAW/classes" "$RAW/test-classes"
cp -r target/classes target/test-classes "$RAW/"
CUR_COMMIT="$(commit "$ROOT")"
CP="$RAW/classes:$RAW/test-classes:$(cat target/bench-cp.txt)"
if [ -n "${BASELINE_DIR:-}" ]; then
  BASELINE_DIR="$(cd "$BASELINE_DIR" && pwd)"
  [ -f "$BASELINE_DIR/target/bench-cp.txt" ] || { echo "build $BASELINE_DIR first (see the usage above)" >&2; exit 2; }
  BCP="$BASELINE_DIR/target/test-classes:$BASELINE_DIR/target/classes:$(cat "$BASELINE_DIR/target/bench-cp.txt")"
  rm -rf "$BASELINE_DIR/target/bench-classes"
  javac -nowarn -d "$BASELINE_DIR/target/bench-classes" -cp "$BCP" src/test/java/org/sarhad/extract/ExtractBench.java
  BCP="$BASELINE_DIR/target/bench-classes:$BCP"
fi
PIN=""
taskset -c 0 true 2>/dev/null && PIN="taskset -c 0"
LOAD_START="$(cut -d' ' -f1-3 /proc/loadavg)"

# one JVM: cold start, warm-up, one timed run; the bench runs from this directory (it reads ../shared)
bench() { # name classpath n warmup [articles.jsonl ...]
  local name="$1" cp="$2" n="$3" warm="$4"
  shift 4
  $PIN java $JAVA_OPTS -cp "$cp" org.sarhad.extract.ExtractBench "$n" 1 "$warm" "$@" 2>/dev/null | tee "$RAW/$name.txt"
}
for r in $(seq 1 "$ROUNDS"); do
  echo "round $r: current" >&2
  bench "current-$r" "$CP" "$N" "$WARMUP"
  if [ -n "${BASELINE_DIR:-}" ]; then
    echo "round $r: baseline" >&2
    bench "baseline-$r" "$BCP" "$BASELINE_N" "$BASELINE_N"
  fi
done
DEV1="$ROOT/../shared/eval/dev_articles.jsonl"
DEV2="$ROOT/../shared/eval/dev2_articles.jsonl"
if [ -f "$DEV1" ] && [ -f "$DEV2" ]; then
  echo "dev articles: current" >&2
  bench corpus-current "$CP" $((4 * N)) $((4 * WARMUP)) "$DEV1" "$DEV2"
  if [ -n "${BASELINE_DIR:-}" ]; then
    echo "dev articles: baseline" >&2
    bench corpus-baseline "$BCP" $((4 * BASELINE_N)) $((4 * BASELINE_N)) "$DEV1" "$DEV2"
  fi
fi
LOAD_END="$(cut -d' ' -f1-3 /proc/loadavg)"

# field extraction from the bench's lines
rates() { # side field: 1 wall, 2 thread cpu, 3 process cpu (articles/s of each round's run)
  grep -h '^run 1:' "$RAW/$1"-*.txt | sed -E 's/.*\(([0-9.]+)\/s\).*\(([0-9.]+)\/s\).*\(([0-9.]+)\/s\).*/\1 \2 \3/' \
    | awk -v f="$2" '{print $f}'
}
loads() { # side field: 1 extractor ms wall, 2 extractor ms cpu, 3 first article ms wall, 4 first article ms cpu
  grep -h '^load:' "$RAW/$1"-*.txt \
    | sed -E 's/[^0-9]*([0-9]+) ms wall ([0-9]+) ms cpu[^0-9]*([0-9]+) ms wall ([0-9]+) ms cpu.*/\1 \2 \3 \4/' \
    | awk -v f="$2" '{print $f}'
}
row() { # side label commit
  read -r pm pmin pmax <<< "$(rates "$1" 3 | stats)"
  read -r tm tmin tmax <<< "$(rates "$1" 2 | stats)"
  read -r wm wmin wmax <<< "$(rates "$1" 1 | stats)"
  echo "| $2 | $3 | $pm ($pmin-$pmax) | $tm ($tmin-$tmax) | $wm ($wmin-$wmax) |" \
    "$(loads "$1" 2 | stats | awk '{print $1}') | $(loads "$1" 4 | stats | awk '{print $1}') |"
}
seed_sized() { # file: seed-sized articles per process CPU second of its run
  grep -h '^run 1 seed-sized:' "$1" | sed -E 's/.*, ([0-9.]+) per process cpu s.*/\1/'
}
SEED_CHARS=$(grep -h -o 'article [0-9]* chars' "$RAW"/current-1.txt | head -1 | awk '{print $2}')

# the extraction stage of a real ingest, all cores, over the dev articles (needs target/sarhad.jar)
INGEST_LINES=""
if [ -f "$JAR" ] && [ -f "$DEV1" ] && [ -f "$DEV2" ]; then
  STALE=$(find src/main ontology -type f -newer "$JAR" | wc -l)
  rm -rf "$WORK/tp-store"
  /usr/bin/time -f '%e %U %S %M' -o "$RAW/ingest-time.txt" \
    java -Xmx2g -jar "$JAR" ingest --store "$WORK/tp-store" "$DEV1" "$DEV2" > "$RAW/ingest.txt" 2>/dev/null
  read -r SECS USER_S SYS_S RSS_KB < <(tail -1 "$RAW/ingest-time.txt")
  rm -rf "$WORK/tp-store"
  ARTS=$(cat "$DEV1" "$DEV2" | grep -c .)
  CHARS=$(cat "$DEV1" "$DEV2" \
    | python3 -c 'import json,sys; print(sum(len(json.loads(l)["text"]) for l in sys.stdin if l.strip()))')
  EXTRACT_MS=$(grep '^time by stage' "$RAW/ingest.txt" | sed -E 's/.*extract ([0-9.]+) ms.*/\1/')
  INGEST_LINES=$(cat <<ING
## Ingest on $(nproc) cores: the dev articles (dev + dev2)

\`java -Xmx2g -jar target/sarhad.jar ingest --store bench/work/tp-store dev_articles.jsonl dev2_articles.jsonl\`
(jar built $(date -u -r "$JAR" +%Y-%m-%dT%H:%MZ)$([ "$STALE" = 0 ] || echo ", $STALE source files newer than the jar")):
$ARTS articles, $CHARS characters ($((CHARS / ARTS)) per article; the seed has $SEED_CHARS).

\`\`\`
$(grep -E '^[0-9]+ stored|^time by stage' "$RAW/ingest.txt")
\`\`\`

- whole command (JVM start, model load, reference data, store): $SECS s wall,
  $(echo "$USER_S + $SYS_S" | bc -l) s CPU (user + system, all threads), peak RSS $((RSS_KB / 1024)) MB:
  $(echo "$ARTS / $SECS" | bc -l | xargs printf '%.2f') articles/s end to end
- extraction stage, wall time per article summed over the $(nproc) worker threads (cold JIT included: with so few
  articles most of them run before the JIT has compiled CoreNLP): $EXTRACT_MS ms,
  $(echo "$ARTS * 1000 / $EXTRACT_MS" | bc -l | xargs printf '%.2f') articles and
  $(echo "$CHARS * 1000 / $EXTRACT_MS / $SEED_CHARS" | bc -l | xargs printf '%.2f') seed-sized articles (by characters)
  per worker-second
ING
)
fi

NOTES=""
[ -f "$OUT_MD" ] && NOTES="$(sed -n '/^## Notes/,$p' "$OUT_MD")"
{
  echo "# Extraction throughput (one core)"
  echo
  echo "The seed article ($SEED_CHARS characters) extracted over and over by \`ExtractBench\`: $ROUNDS JVMs per side,"
  echo "interleaved (current, baseline, current, ...), each pinned to one core (\`taskset -c 0\`,"
  echo "\`-XX:ActiveProcessorCount=1\`, so the serial collector and JIT share that core). Each JVM builds the extractor"
  echo "(models included), extracts one cold article, warms up, then times one run: current $N articles after $WARMUP;"
  echo "baseline $BASELINE_N after $BASELINE_N. Rates are articles/s, median (min-max) over the JVMs. Process CPU"
  echo "(collector and JIT included) is the headline single-core figure; thread CPU is the extraction thread alone;"
  echo "wall clock includes waiting for the shared core."
  echo
  echo "| side | commit | process CPU | thread CPU | wall | extractor load, ms CPU | first article, ms CPU |"
  echo "|---|---|---|---|---|---|---|"
  row current "current" "$CUR_COMMIT"
  if [ -n "${BASELINE_DIR:-}" ]; then
    row baseline "baseline" "$(commit "$BASELINE_DIR")"
    PC=$(rates current 3 | stats | awk '{print $1}')
    PB=$(rates baseline 3 | stats | awk '{print $1}')
    PER_ROUND=$(paste <(rates current 3) <(rates baseline 3) | awk '{print $1 / $2}' | stats)
    echo
    echo "**current / baseline (process CPU, medians) = $(echo "$PC / $PB" | bc -l | xargs printf '%.4f')**;"
    echo "per round: median min max $PER_ROUND."
  fi
  if [ -f "$RAW/corpus-current.txt" ]; then
    echo
    echo "The $(cat "$DEV1" "$DEV2" | grep -c .) dev articles (dev + dev2, shorter than the seed) in turn, one JVM per"
    echo "side, $((4 * N)) articles after $((4 * WARMUP)) (baseline $((4 * BASELINE_N)) after $((4 * BASELINE_N))),"
    echo "in seed-sized articles (characters / $SEED_CHARS) per process CPU second:"
    echo "current $(seed_sized "$RAW/corpus-current.txt")$([ -z "${BASELINE_DIR:-}" ] \
      || echo ", baseline $(seed_sized "$RAW/corpus-baseline.txt")")."
  fi
  echo
  echo "Target: at least 3 seed-sized articles per CPU-second on one core for the extraction stage."
  echo "Steady state: $(rates current 3 | stats | awk '{print $1}') (process CPU, median);"
  echo "met: $(rates current 3 | stats | awk '{print ($1 >= 3) ? "yes" : "no"}'), lowest JVM:" \
    "$(rates current 3 | stats | awk '{print $2}')."
  echo "The one-off start (extractor with models, then the first cold article) is not in that figure: median" \
    "$(loads current 2 | stats | awk '{print $1}') + $(loads current 4 | stats | awk '{print $1}') ms CPU."
  echo
  echo "- command: \`${BASELINE_DIR:+BASELINE_DIR=$BASELINE_DIR }bench/extract-throughput.sh $N $ROUNDS\`"
  echo "- date: $(date -u +%Y-%m-%dT%H:%MZ); nproc: $(nproc); memory: $(free -g | awk '/Mem/{print $2}') GB"
  echo "- load average: $LOAD_START at start, $LOAD_END at the end (shared machine)"
  echo "- cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
  echo "- java: $(java -version 2>&1 | head -1); flags: \`$JAVA_OPTS\`; pinned: ${PIN:-no (taskset unavailable)}"
  echo "- reference data parsed once per JVM, before the extractor is built; not in any figure"
  echo
  echo "Output of the bench, per JVM:"
  echo
  echo '```'
  for r in $(seq 1 "$ROUNDS"); do
    for f in "$RAW/current-$r.txt" "$RAW/baseline-$r.txt"; do
      [ -f "$f" ] && { echo "== $(basename "$f" .txt)"; cat "$f"; }
    done
  done
  for f in "$RAW/corpus-current.txt" "$RAW/corpus-baseline.txt"; do
    [ -f "$f" ] && { echo "== $(basename "$f" .txt)"; cat "$f"; }
  done
  echo '```'
  if [ -n "$INGEST_LINES" ]; then
    echo
    echo "$INGEST_LINES"
  fi
  if [ -n "$NOTES" ]; then
    echo
    echo "$NOTES"
  fi
} > "$OUT_MD"
cat "$OUT_MD"

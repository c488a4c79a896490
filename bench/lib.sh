#!/usr/bin/env bash
# Shared helpers of the benchmarks: machine facts, the Jena distribution, statistics. Sourced, not run.
set -euo pipefail
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH_DIR/.." && pwd)"
WORK="$BENCH_DIR/work"          # generated corpora, stores, tools (not committed)
RESULTS="$BENCH_DIR/results"
JAR="${JAR:-$ROOT/target/sarhad.jar}"   # JAR=... runs another build side by side
JENA_VERSION=5.6.0
JAVA_OPTS="${JAVA_OPTS:--Xmx2g}"
# The server's JVM: a fixed heap, as the README tells operators. A server's live set is small (about 45 MB here), so
# G1 left to itself kept the heap near 300 MB and collected the young generation every second; each of those pauses
# stops every request, and on a loaded machine a pause waits for a core (light mix, 30 s runs in pairs: 35-47
# pauses with -Xmx2g, 15-18 with -Xms2g too).
SERVE_JAVA_OPTS="${SERVE_JAVA_OPTS:--Xmx2g -Xms2g}"
mkdir -p "$WORK" "$RESULTS"

need_jar() {
  [ -f "$JAR" ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 2; }
}

# tdb2.tdbloader and riot from the Jena distribution on Maven Central.
jena_home() {
  local home="$WORK/apache-jena-$JENA_VERSION"
  if [ ! -x "$home/bin/riot" ]; then
    (cd "$ROOT" && mvn -B -q dependency:unpack -Dartifact=org.apache.jena:apache-jena:$JENA_VERSION:tar.gz \
      -DoutputDirectory="$WORK" >&2)
  fi
  echo "$home"
}

# Markdown list of the facts every result file records.
machine_facts() {
  local disk
  disk=$(df -hT "$WORK" | awk 'NR==2{print $1" "$2", "$3" total"}')
  cat <<FACTS
- date: $(date -u +%Y-%m-%dT%H:%MZ); host: $(uname -sr); nproc: $(nproc); memory: $(free -g | awk '/Mem/{print $2}') GB
- JVM: $(java -version 2>&1 | head -1); flags: \`$JAVA_OPTS\`, server \`$SERVE_JAVA_OPTS\`; max heap: $(java $JAVA_OPTS -XX:+PrintFlagsFinal -version 2>/dev/null | awk '/ MaxHeapSize /{printf "%.0f MB", $4/1048576}')
- Jena $JENA_VERSION; disk: $disk (rotational: $(cat /sys/block/$(lsblk -no pkname "$(df "$WORK" | awk 'NR==2{print $1}')" 2>/dev/null || echo vda)/queue/rotational 2>/dev/null || echo unknown))
- load average at start: $(cut -d' ' -f1-3 /proc/loadavg) (shared machine: compare ratios, not absolute figures)
FACTS
}

# median min max of the numbers on stdin, one per line.
stats() {
  sort -g | awk '{a[NR]=$1} END {if (NR==0) {print "n/a n/a n/a"; exit}
    m = (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2; printf "%.6g %.6g %.6g\n", m, a[1], a[NR]}'
}

# Runs "$@" under /usr/bin/time; prints "wall_seconds peak_rss_kb" on fd 3's file $TIMING.
timed() {
  local t0 t1
  t0=$(date +%s.%N)
  /usr/bin/time -f %M -o "$WORK/rss.txt" "$@"
  t1=$(date +%s.%N)
  local rss
  rss=$(grep -E '^[0-9]+$' "$WORK/rss.txt" | tail -1 || true)
  echo "$(echo "$t1 - $t0" | bc -l) ${rss:-0}" > "$WORK/last-timing.txt"
}

test_classpath() {
  (cd "$ROOT" && mvn -B -q test-compile -Dcheckstyle.skip >&2 \
    && mvn -B -q dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" >&2)
  echo "$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$WORK/cp.txt")"
}

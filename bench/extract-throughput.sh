#!/usr/bin/env bash
# Single-thread extraction throughput over the seed article (../shared/seeds) repeated N times, 5 runs.
# Usage: bench/extract-throughput.sh [N]   (run from the project directory; writes bench/results/extract-throughput.md)
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-2000}"
JVM_FLAGS="-Xmx512m -XX:ActiveProcessorCount=1"
mvn -B -q test-compile -Dcheckstyle.skip -Djacoco.skip=true
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt >/dev/null
CP="target/classes:target/test-classes:$(cat target/bench-cp.txt)"
OUT="$(taskset -c 0 java $JVM_FLAGS -cp "$CP" org.sarhad.extract.ExtractBench "$N" 5 2>/dev/null \
  || java $JVM_FLAGS -cp "$CP" org.sarhad.extract.ExtractBench "$N" 5 2>/dev/null)"
echo "$OUT"
mkdir -p bench/results
{
  echo "# Extraction throughput (one thread)"
  echo
  echo "Seed article repeated $N times per run, 5 runs after a warm-up of $((N / 2)); target >= 200 articles/s."
  echo
  echo '```'
  echo "$OUT"
  echo '```'
  echo
  echo "- date: $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "- nproc: $(nproc); pinned to one core with taskset where available; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- the machine is shared: the cpu line (thread CPU time) is the single-core figure, wall clock includes waiting"
  echo "- cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
  echo "- java: $(java -version 2>&1 | head -1)"
  echo "- JVM flags: $JVM_FLAGS"
  echo "- Jena: 5.6.0 (reference data parsed once; not in the timed loop)"
} > bench/results/extract-throughput.md

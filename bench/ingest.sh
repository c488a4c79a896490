#!/usr/bin/env bash
# End-to-end ingest (read, extract, map, SHACL, TDB2 + text index) against tdb2.tdbloader --loader=basic and
# riot --sink on the same N-Quads (the project's own store exported), with the time by stage.
# Usage: bench/ingest.sh [ARTICLES=1000] [RUNS=5] [dev_articles.jsonl]
source "$(dirname "$0")/lib.sh"
need_jar
ARTICLES="${1:-1000}"
RUNS="${2:-5}"
DEV="${3:-$ROOT/../shared/eval/dev_articles.jsonl}"
JENA=$(jena_home)
CORPUS="$WORK/ingest-corpus.jsonl"
NQ="$WORK/ingest.nq"

# The dev articles repeated under distinct ids (generated here, never committed).
python3 - "$DEV" "$ARTICLES" "$CORPUS" <<'PY'
import json, sys
src, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
arts = [json.loads(l) for l in open(src, encoding="utf-8") if l.strip()]
with open(out, "w", encoding="utf-8") as f:
    for k in range(n):
        a = dict(arts[k % len(arts)])
        a["id"] = f"{a['id']}-b{k}"
        if a.get("url"):
            a["url"] = a["url"] + f"#b{k}"
        f.write(json.dumps(a, ensure_ascii=False) + "\n")
PY

: > "$WORK/ingest-project.txt"; : > "$WORK/ingest-basic.txt"; : > "$WORK/ingest-riot.txt"
for i in $(seq 1 "$RUNS"); do
  rm -rf "$WORK/store-ingest"
  timed java $JAVA_OPTS -jar "$JAR" ingest --store "$WORK/store-ingest" "$CORPUS" > "$WORK/ingest-out.txt"
  read -r secs rss < "$WORK/last-timing.txt"
  triples=$(grep -E '^[0-9]+ stored' "$WORK/ingest-out.txt" | awk '{print $5}')
  echo "$secs $rss $triples" >> "$WORK/ingest-project.txt"
  grep '^time by stage' "$WORK/ingest-out.txt" > "$WORK/ingest-stages-$i.txt"
  if [ "$i" = 1 ]; then
    java $JAVA_OPTS -jar "$JAR" export --store "$WORK/store-ingest" --format nquads > "$NQ"
  fi
  rm -rf "$WORK/tdb-basic"
  timed env JVM_ARGS="$JAVA_OPTS" "$JENA/bin/tdb2.tdbloader" --loader=basic --loc "$WORK/tdb-basic" "$NQ" > /dev/null 2>&1
  cat "$WORK/last-timing.txt" >> "$WORK/ingest-basic.txt"
  timed env JVM_ARGS="$JAVA_OPTS" "$JENA/bin/riot" --sink "$NQ"
  cat "$WORK/last-timing.txt" >> "$WORK/ingest-riot.txt"
done

QUADS=$(wc -l < "$NQ")
rate() { awk -v q="$1" '{print q / $1}' "$2" | stats; }
read -r pm pmin pmax <<< "$(awk '{print $3 / $1}' "$WORK/ingest-project.txt" | stats)"
read -r bm bmin bmax <<< "$(rate "$QUADS" "$WORK/ingest-basic.txt")"
read -r rm_ rmin rmax <<< "$(rate "$QUADS" "$WORK/ingest-riot.txt")"
rss() { awk '{print $2 / 1024}' "$1" | stats | awk '{print $1}'; }
OUT="$RESULTS/ingest.md"
{
  echo "# Ingest: end to end against tdb2.tdbloader --loader=basic and riot --sink"
  echo
  machine_facts
  echo "- corpus: $ARTICLES articles (the $(wc -l < "$DEV") dev articles repeated under distinct ids);"
  echo "  $QUADS quads in the exported N-Quads (reference data and ontology included); $RUNS runs each, interleaved"
  echo "- command: \`bench/ingest.sh $ARTICLES $RUNS\`; wall clock of the whole command (JVM start included) for all three"
  echo
  echo "| configuration | quads/s median | min | max | peak RSS MB (median) |"
  echo "|---|---|---|---|---|"
  echo "| sarhad ingest (SHACL on, text index, commit groups of 1024) | $pm | $pmin | $pmax | $(rss "$WORK/ingest-project.txt") |"
  echo "| tdb2.tdbloader --loader=basic | $bm | $bmin | $bmax | $(rss "$WORK/ingest-basic.txt") |"
  echo "| riot --sink (parse only) | $rm_ | $rmin | $rmax | $(rss "$WORK/ingest-riot.txt") |"
  echo
  echo "**R_ingest = sarhad / tdbloader-basic = $(echo "$pm / $bm" | bc -l | cut -c1-5)**;"
  echo "sarhad / riot = $(echo "$pm / $rm_" | bc -l | cut -c1-5) (project figures count the article triples stored, the"
  echo "baselines the exported quads)."
  echo
  echo "Time by stage (the ingest's own \`time by stage:\` line, per run):"
  echo
  for i in $(seq 1 "$RUNS"); do echo "- run $i: $(cut -d: -f2- "$WORK/ingest-stages-$i.txt")"; done
} > "$OUT"
cat "$OUT"

#!/usr/bin/env bash
# The 1 M-statement benchmark of issues 11 and 13, from one command:  bash bench/million.sh [ARTICLES]  (default 105000)
#   generated corpus (CorpusGenerator) → extract --format nquads → tdb2.tdbloader (e) and ingest --bulk (d) of the
#   same quads, alternating → example-query latency (QueryBench) and explorer requests (ExploreBench) on the bulk store.
# Prints BENCH lines. Nothing here runs in `mvn verify`. Needs about 50 GB free in BENCH_DIR and an hour on 2 cores.
#
# BENCH_DIR   work folder (default /tmp/dg-million); a corpus of the same size there is reused
# BENCH_STEPS any of: extract loader bulk query explore (default: all, in that order)
# QUERY_RUNS  timed runs per example query (default 10); EXPLORE_RUNS timed requests per explorer view (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-105000}
W=${BENCH_DIR:-/tmp/dg-million}
STEPS=" ${BENCH_STEPS:-extract loader bulk query explore} "
step() { [[ "$STEPS" == *" $1 "* ]]; }
mkdir -p "$W"
source bench/prepare.sh
T=(/usr/bin/time -f "%e s wall, %U+%S s CPU, %M KB max RSS")
size() { du -sb "$1" | cut -f1; }
echo "BENCH machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB RAM, $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"

if [[ "$(cat "$W/corpus/COUNT" 2>/dev/null)" != "$N" ]]; then
  rm -rf "$W/corpus" "$W/corpus.nq"
  java -cp "$CP" org.diplograph.bench.CorpusGenerator "$N" "$W/corpus"
  echo "$N" > "$W/corpus/COUNT"
fi
if step extract || [[ ! -s "$W/corpus.nq" ]]; then
  "${T[@]}" -o "$W/extract.time" java -Xmx1g -jar "$JAR" extract --format nquads --quiet "$W/corpus" > "$W/corpus.nq"
  echo "BENCH extract --format nquads: $(cat "$W/extract.time"); $(wc -l < "$W/corpus.nq") quads"
fi
if step loader; then
  rm -rf "$W/kg-loader"
  "${T[@]}" -o "$W/loader.time" java -Xmx1g -cp "$JAR" tdb2.tdbloader --loc "$W/kg-loader" "$W/corpus.nq" > "$W/loader.log" 2>&1
  echo "BENCH (e) tdb2.tdbloader: $(cat "$W/loader.time"); store $(size "$W/kg-loader") bytes; load $(cut -d' ' -f1-3 /proc/loadavg)"
  rm -rf "$W/kg-loader"   # disk: only the bulk store is kept for the queries
fi
if step bulk; then
  rm -rf "$W/kg-bulk"
  "${T[@]}" -o "$W/bulk.time" java -Xmx1g -jar "$JAR" ingest --bulk --store "$W/kg-bulk" "$W/corpus.nq" > "$W/bulk.out" 2> "$W/bulk.err"
  echo "BENCH (d) ingest --bulk: $(cat "$W/bulk.time"); store $(size "$W/kg-bulk") bytes ($(size "$W/kg-bulk/text") text index); load $(cut -d' ' -f1-3 /proc/loadavg)"
  grep '^phases' "$W/bulk.out" | sed 's/^/BENCH (d) /' || true
fi
if step query; then
  java -Xmx2g -cp "$CP" org.diplograph.bench.QueryBench "$W/kg-bulk" src/main/resources/queries "${QUERY_RUNS:-10}" | sed '/^BENCH/!s/^/BENCH query /'
fi
if step explore; then
  java -Xmx2g -cp "$CP" org.diplograph.bench.ExploreBench "$W/kg-bulk" "${EXPLORE_RUNS:-5}" | sed '/^BENCH/!s/^/BENCH explore /'
fi

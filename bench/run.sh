#!/usr/bin/env bash
# Benchmarks of issue 6, from one command:  bash bench/run.sh [ARTICLES]   (default 2000)
# Prints BENCH lines and a summary table; nothing here runs in `mvn verify`.
#
# BENCH_DIR   work folder (default /tmp/diplograph-bench); a corpus of the same size there is reused
# BENCH_STEPS which steps to run, any of: extract ingest load size query (default: all five)
#             extract: extraction throughput in memory; ingest: `ingest` into kg-ingest; load: `extract --format
#             nquads` + tdb2.tdbloader into kg-loader (then one `ingest` adds the vocabularies and the summary);
#             size: both stores on disk; query: example-query latency.
#             e.g. BENCH_STEPS="load query" QUERY_STORE=kg-loader for a big store without the slow ingest,
#             BENCH_STEPS=query to re-time the queries on the stores built before (kept until rebuilt)
# QUERY_STORE kg-ingest (default) or kg-loader
# QUERY_RUNS  timed runs per query (default 20)
# KEEP_NQ     keep corpus.nq after loading (it is deleted to save disk)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-2000}
W=${BENCH_DIR:-/tmp/diplograph-bench}
STEPS=" ${BENCH_STEPS:-extract ingest load size query} "
step() { [[ "$STEPS" == *" $1 "* ]]; }
mkdir -p "$W"
source bench/prepare.sh
secs() { python3 -c "import time; print(time.time())"; }

echo "== machine"; echo "nproc: $(nproc)"; free -h | head -2; java -version 2>&1 | head -1

if [[ "$(cat "$W/corpus/COUNT" 2>/dev/null)" != "$N" ]]; then
  echo "== corpus"
  rm -rf "$W/corpus" "$W/INGEST_SECONDS" "$W/LOAD_SECONDS" "$W/QUADS"
  java -cp "$CP" org.diplograph.bench.CorpusGenerator "$N" "$W/corpus"
  echo "$N" > "$W/corpus/COUNT"
else
  echo "== corpus: reusing $N articles in $W/corpus"
fi

if step extract; then
  echo "== (1) extraction throughput, in memory"
  java -Xmx2g -cp "$CP" org.diplograph.bench.ExtractBench "$W/corpus"
fi

if step ingest; then
  echo "== (2a) ingest"
  rm -rf "$W/kg-ingest"
  t0=$(secs)
  /usr/bin/time -f "ingest max RSS %M KB" java -Xmx256m -jar "$JAR" ingest --quiet --store "$W/kg-ingest" "$W/corpus" 2> "$W/ingest.err" || true
  t1=$(secs)
  grep -c '^error' "$W/ingest.err" | sed 's/^/ingest rejected records: /' || true
  tail -1 "$W/ingest.err"
  python3 -c "print(f'{$t1-$t0:.1f}')" > "$W/INGEST_SECONDS"
fi

if step load; then
  echo "== (2b) extract --format nquads + tdb2.tdbloader"
  rm -rf "$W/kg-loader" "$W/corpus.nq"
  t1=$(secs)
  java -jar "$JAR" extract --format nquads "$W/corpus" > "$W/corpus.nq" 2> /dev/null || true
  t2=$(secs)
  java -cp "$JAR" tdb2.tdbloader --loc "$W/kg-loader" "$W/corpus.nq" > "$W/loader.log" 2>&1
  t3=$(secs)
  wc -l < "$W/corpus.nq" > "$W/QUADS"
  python3 -c "print(f'{$t2-$t1:.1f} {$t3-$t2:.1f}')" > "$W/LOAD_SECONDS"
  # the bulk path writes no ontology, lexicon or summary graph: one ingest run adds them (as the README says)
  t4=$(secs)
  java -jar "$JAR" ingest --quiet --store "$W/kg-loader" data/articles/seed-2-peskov-russia-us.txt 2>> "$W/loader.log"
  t5=$(secs)
  python3 -c "print(f'BENCH loader-store vocabularies+summary seconds={$t5-$t4:.1f}')"
  [[ -n "${KEEP_NQ:-}" ]] || rm -f "$W/corpus.nq"
fi

if step ingest || step load; then
  python3 - "$W" <<'PY'
import os, sys
w = sys.argv[1]
q = float(open(f"{w}/QUADS").read()) if os.path.exists(f"{w}/QUADS") else None
ing = float(open(f"{w}/INGEST_SECONDS").read()) if os.path.exists(f"{w}/INGEST_SECONDS") else None
ext, load = map(float, open(f"{w}/LOAD_SECONDS").read().split()) if os.path.exists(f"{w}/LOAD_SECONDS") else (None, None)
if ing and q: print(f"BENCH ingest seconds={ing:.1f} quads_per_s={q/ing:.0f}")
if load and q:
    print(f"BENCH extract-nquads seconds={ext:.1f}")
    print(f"BENCH tdbloader seconds={load:.1f} quads_per_s={q/load:.0f}")
if ing and load:
    print(f"BENCH ratio ingest/tdbloader={ing/load:.2f}  ingest/(extract-nquads+tdbloader)={ing/(ext+load):.2f}")
PY
fi

if step size; then
  echo "== (3) store size"
  QUADS=$(cat "$W/QUADS")
  for s in kg-ingest kg-loader; do
    [[ -d "$W/$s" ]] || continue
    B=$(du -sb "$W/$s" | cut -f1)
    python3 -c "print(f'BENCH size store=$s bytes=$B quads=$QUADS mb_per_million_quads={$B/1e6/($QUADS/1e6):.0f}')"
  done
fi

if step query; then
  echo "== (4) query latency"
  java -Xmx2g -cp "$CP" org.diplograph.bench.QueryBench "$W/${QUERY_STORE:-kg-ingest}" src/main/resources/queries "${QUERY_RUNS:-20}"
fi

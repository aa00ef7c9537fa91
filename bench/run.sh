#!/usr/bin/env bash
# Benchmarks of issue 6, from one command:  bash bench/run.sh [ARTICLES]   (default 2000)
# Prints BENCH lines and a summary table; nothing here runs in `mvn verify`.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-2000}
W=${BENCH_DIR:-/tmp/diplograph-bench}
rm -rf "$W" && mkdir -p "$W"
mvn -q -o -DskipTests package
mvn -q -o test-compile
JAR=target/diplograph.jar
CP=$JAR:target/test-classes
secs() { python3 -c "import time; print(time.time())"; }

echo "== machine"; echo "nproc: $(nproc)"; free -h | head -2; java -version 2>&1 | head -1

echo "== corpus"
java -cp "$CP" org.diplograph.bench.CorpusGenerator "$N" "$W/corpus"

echo "== (1) extraction throughput, in memory"
java -Xmx2g -cp "$CP" org.diplograph.bench.ExtractBench "$W/corpus"

echo "== (2) ingest vs tdb2.tdbloader"
t0=$(secs)
/usr/bin/time -f "ingest max RSS %M KB" java -Xmx256m -jar "$JAR" ingest --quiet --store "$W/kg-ingest" "$W/corpus" 2> "$W/ingest.err" || true
t1=$(secs)
grep -c '^error' "$W/ingest.err" | sed 's/^/ingest rejected records: /' || true
tail -1 "$W/ingest.err"
java -jar "$JAR" extract --format nquads "$W/corpus" > "$W/corpus.nq" 2> /dev/null || true
t2=$(secs)
java -cp "$JAR" tdb2.tdbloader --loc "$W/kg-loader" "$W/corpus.nq" > "$W/loader.log" 2>&1
t3=$(secs)
QUADS=$(wc -l < "$W/corpus.nq")
python3 - "$t0" "$t1" "$t2" "$t3" "$QUADS" <<'PY'
import sys
t0,t1,t2,t3,q=map(float,sys.argv[1:])
ing=t1-t0; ext=t2-t1; load=t3-t2
print(f"BENCH ingest seconds={ing:.1f} quads_per_s={q/ing:.0f}")
print(f"BENCH extract-nquads seconds={ext:.1f}")
print(f"BENCH tdbloader seconds={load:.1f} quads_per_s={q/load:.0f}")
print(f"BENCH ratio ingest/tdbloader={ing/load:.2f}  ingest/(extract-nquads+tdbloader)={ing/(ext+load):.2f}")
PY

echo "== (3) store size"
for s in kg-ingest kg-loader; do
  B=$(du -sb "$W/$s" | cut -f1)
  python3 -c "print(f'BENCH size store=$s bytes=$B quads=$QUADS mb_per_million_quads={$B/1e6/($QUADS/1e6):.0f}')"
done

echo "== (4) query latency"
java -Xmx2g -cp "$CP" org.diplograph.bench.QueryBench "$W/kg-ingest" src/main/resources/queries 20

#!/usr/bin/env bash
# Issue 11 benchmark over a real news-please corpus (read where it lies, never copied):
#   (a) extract --format nquads   (b) the Spark job on local[2]   (c) ingest   (d) ingest --bulk   (e) tdb2.tdbloader
# Usage:  bash bench/spark-bulk.sh ../shared/corpus/ant-news-ar.jsonl.gz
# BENCH_DIR (default /tmp/dg-spark-bench) holds the outputs and stores; BENCH_STEPS picks steps (default: a b c d e).
# Needs: mvn -B install (root) and mvn -B -f spark/pom.xml package done; /usr/bin/time for max RSS.
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS=$(realpath "$1")
W=${BENCH_DIR:-/tmp/dg-spark-bench}
STEPS=${BENCH_STEPS:-"a b e d c"}
mkdir -p "$W"
# the jars run from a copy, so rebuilding during a long run is safe
mkdir -p "$W/bin" && cp target/diplograph.jar spark/target/diplograph-spark.jar "$W/bin/"
JAR=$W/bin/diplograph.jar
SPARK_JAR=$W/bin/diplograph-spark.jar
# Spark's own jars (the 'provided' scope of spark/pom.xml) stand in for a Spark installation: first on the class
# path, as spark-submit puts them; the flags are those spark-submit adds for Java 17 (JavaModuleOptions).
if [[ ! -f "$W/spark.cp" ]]; then
  mvn -q -o -f spark/pom.xml dependency:build-classpath -Dmdep.includeScope=provided -Dmdep.outputFile="$W/spark.cp" >/dev/null
fi
SPARK_FLAGS=$(sed -n 's:.*<spark.test.jvm>\(.*\)</spark.test.jvm>.*:\1:p' spark/pom.xml)
T=(/usr/bin/time -f "%e s wall, %M KB max RSS")
echo "BENCH machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB RAM, $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "BENCH corpus: $CORPUS ($(stat -c %s "$CORPUS") bytes)"
size() { du -sb "$1" | cut -f1; }
has() { [[ " $STEPS " == *" $1 "* ]]; }

if has a; then
  "${T[@]}" -o "$W/a.time" java -Xmx1g -jar "$JAR" extract --format nquads --quiet "$CORPUS" > "$W/extract.nq" 2> "$W/a.err" || true
  echo "BENCH (a) extract --format nquads: $(cat "$W/a.time"); $(wc -l < "$W/extract.nq") quads"
fi
if has b; then
  rm -rf "$W/spark-out"
  "${T[@]}" -o "$W/b.time" java -Xmx2g $SPARK_FLAGS -Dspark.driver.host=127.0.0.1 -Dspark.driver.bindAddress=127.0.0.1 \
      -Dspark.ui.enabled=false -Dspark.ui.showConsoleProgress=false \
      -cp "$(cat "$W/spark.cp"):$SPARK_JAR" org.diplograph.spark.SparkMain \
      extract --master 'local[2]' --in "file://$CORPUS" --out "file://$W/spark-out" --formats nquads > "$W/b.out" 2> "$W/b.err"
  echo "BENCH (b) Spark local[2] extract --formats nquads: $(cat "$W/b.time"); $(cat "$W/b.out")"
  # the same quads as sets: both write with Jena's plain N-Quads writer, so lines compare; the extraction time differs
  zcat "$W"/spark-out/nquads/*.nq.gz | grep -v 'ns/prov#startedAtTime>' | LC_ALL=C sort -u > "$W/spark.sorted"
  grep -v 'ns/prov#startedAtTime>' "$W/extract.nq" | LC_ALL=C sort -u > "$W/extract.sorted"
  if cmp -s "$W/spark.sorted" "$W/extract.sorted"; then same=identical; else same="DIFFERENT ($(LC_ALL=C comm -3 "$W/spark.sorted" "$W/extract.sorted" | wc -l) lines differ)"; fi
  echo "BENCH (b) quads of Spark vs extract as sets (prov:startedAtTime aside): $same; $(wc -l < "$W/spark.sorted") distinct quads"
fi
if has c; then
  rm -rf "$W/kg-ingest"
  "${T[@]}" -o "$W/c.time" java -Xmx1g -jar "$JAR" ingest --quiet --store "$W/kg-ingest" "$CORPUS" 2> "$W/c.err" || true
  echo "BENCH (c) ingest: $(cat "$W/c.time"); store $(size "$W/kg-ingest") bytes ($(size "$W/kg-ingest/text") of it text index)"
fi
if has d; then
  rm -rf "$W/kg-bulk"
  "${T[@]}" -o "$W/d.time" java -Xmx1g -jar "$JAR" ingest --bulk --store "$W/kg-bulk" "$W/extract.nq" > "$W/d.out" 2> "$W/d.err" || true
  echo "BENCH (d) ingest --bulk of the quads of (a): $(cat "$W/d.time"); store $(size "$W/kg-bulk") bytes ($(size "$W/kg-bulk/text") of it text index)"
  echo "BENCH (d) $(grep '^phases' "$W/d.out")"
  rm -rf "$W/kg-bulk-articles"
  "${T[@]}" -o "$W/d2.time" java -Xmx1g -jar "$JAR" ingest --bulk --quiet --store "$W/kg-bulk-articles" "$CORPUS" 2> "$W/d2.err" || true
  echo "BENCH (d') ingest --bulk of the articles: $(cat "$W/d2.time"); store $(size "$W/kg-bulk-articles") bytes"
fi
if has e; then
  rm -rf "$W/kg-loader"
  "${T[@]}" -o "$W/e.time" java -Xmx1g -cp "$JAR" tdb2.tdbloader --loc "$W/kg-loader" "$W/extract.nq" > "$W/e.log" 2>&1
  echo "BENCH (e) tdb2.tdbloader of the quads of (a): $(cat "$W/e.time"); store $(size "$W/kg-loader") bytes"
fi

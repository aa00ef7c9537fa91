#!/usr/bin/env bash
# Real-corpus extraction benchmark: `extract --format jsonl` over a news-please JSON Lines corpus, wall time of the
# whole command (JVM start included), median of RUNS runs, for one or more jars (e.g. main before and after a change).
# Prints articles/s and statements per article for each jar; with COVERAGE=1 the last jar also writes a coverage
# report (bench output folder). The corpus is read where it lies; nothing of it is copied.
#
#   bash bench/corpus-extract.sh ../shared/corpus/ant-news-ar.jsonl.gz /tmp/before.jar target/diplograph.jar
set -euo pipefail
corpus=${1:?usage: corpus-extract.sh CORPUS.jsonl.gz JAR...}; shift
runs=${RUNS:-3}
out=${BENCH_OUT:-/tmp/dg-corpus-bench}; mkdir -p "$out"
for jar in "$@"; do
  name=$(basename "$jar" .jar)
  times=()
  for ((r = 1; r <= runs; r++)); do
    start=$(date +%s.%N)
    java -jar "$jar" extract --quiet --format jsonl "$corpus" > "$out/$name.jsonl"
    end=$(date +%s.%N)
    times+=("$(echo "$end - $start" | bc)")
  done
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  articles=$(wc -l < "$out/$name.jsonl")
  statements=$(python3 -c "import json,sys; print(sum(len(json.loads(l)['statements']) for l in open(sys.argv[1])))" "$out/$name.jsonl")
  echo "BENCH corpus-extract jar=$jar runs=${times[*]} median_s=$median articles=$articles" \
       "articles_per_s=$(echo "$articles / $median" | bc) statements_per_article=$(echo "scale=3; $statements / $articles" | bc)"
done
if [[ "${COVERAGE:-0}" == 1 ]]; then
  java -jar "${@: -1}" extract --quiet --format jsonl --coverage "$out/coverage.json" "$corpus" > /dev/null
fi

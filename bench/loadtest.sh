#!/usr/bin/env bash
# Load test of the example queries against an in-process server on 127.0.0.1 (or --url of a loopback server).
# Bounded: at most --repeat runs (default 100) and --max-seconds (default 20) per query, --clients <= 64;
# --attackers A (<= 8) adds clients sending a catastrophic REGEX and an 8 MB query throughout.
#   bench/loadtest.sh                           # demo store in target/loadtest-kg, 4 clients, 100 runs each
#   bench/loadtest.sh --clients 8 --repeat 400
#   bench/loadtest.sh --url http://127.0.0.1:3030/kg/sparql    # a running `serve`
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ ! -f target/diplograph.jar || ! -f target/test-classes/org/diplograph/bench/LoadTest.class ]]; then
  mvn -q -o -DskipTests package
fi
CP=target/diplograph.jar:target/test-classes
if [[ " $* " == *" --url "* ]]; then
  exec java -cp "$CP" org.diplograph.bench.LoadTest "$@"
fi
STORE=${LOADTEST_STORE:-target/loadtest-kg}
if [[ ! -d "$STORE" ]]; then
  java -jar target/diplograph.jar ingest --store "$STORE" data/articles >&2
fi
exec java -cp "$CP" org.diplograph.bench.LoadTest --store "$STORE" "$@"

#!/usr/bin/env bash
# Signpost search benchmark, in-process: index build time (cold and warm) and query latency of the app's own
# LuceneIndex, without Quarkus or HTTP. SearchBench.java is compiled against the packaged app and run with the app jar
# and its libraries on the class path (it is in the package dev.signpost.search to reach LuceneIndex.search).
# The HTTP side of search (time until search answers, index build in the app, requests/s) is in run-benchmark.sh.
#
# Usage (from the repository root):  src/bench/run-search-benchmark.sh
#
# Options (environment variables):
#   PAGES=5000            number of generated leaf pages (plus 111 index.md pages)
#   SEED=42               generator seed (same seed -> same content)
#   ROUNDS=20             measured rounds over all queries (100 queries -> 2,000 measured searches)
#   BUILDS=3              full index builds on fresh indexes; the first is cold, the best of the others is "warm"
#   SEARCH_QUERIES=src/bench/search-queries.txt   the queries (one per line, # comments)
#   JAVA_OPTS="-XX:+UseSerialGC -Xss512k -Xmx512m -XX:TieredStopAtLevel=1"
#                         JVM options: by default those run-benchmark.sh gives the app (C1 only); JAVA_OPTS= (empty)
#                         runs with the JVM's defaults (C2)
#   PROFILE=0             1 = also time the analysis of each indexed field
#   MAX_SECONDS=300       the measured rounds stop after this many seconds (the report says so)
#   TIMEOUT_S=900         the whole Java run is stopped after this many seconds
#   SKIP_BUILD=0          1 = do not run ./mvnw package (use the existing target/quarkus-app)
#   BENCH_DIR=target/bench  work dir: search-content/, search-classes/, search-details.tsv
#
# Exit status: 0 when the measurements ran (whether targets PASS or FAIL); 1 when the app could not be built or the
# benchmark failed; 2 on a usage/environment error.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"

PAGES=${PAGES:-5000}
SEED=${SEED:-42}
ROUNDS=${ROUNDS:-20}
BUILDS=${BUILDS:-3}
SEARCH_QUERIES=${SEARCH_QUERIES:-src/bench/search-queries.txt}
JAVA_OPTS=${JAVA_OPTS--XX:+UseSerialGC -Xss512k -Xmx512m -XX:TieredStopAtLevel=1}
PROFILE=${PROFILE:-0}
MAX_SECONDS=${MAX_SECONDS:-300}
TIMEOUT_S=${TIMEOUT_S:-900}
SKIP_BUILD=${SKIP_BUILD:-0}
BENCH_DIR=${BENCH_DIR:-target/bench}

# targets (issue: on a 2-CPU machine)
TARGET_INDEX_MS=5000
TARGET_P95_MS=10

APP_DIR=target/quarkus-app
BENCH_PID=""

log() { printf '[search-bench] %s\n' "$*"; }
die() { printf '[search-bench] ERROR: %s\n' "$*" >&2; exit "${2:-2}"; }

for v in PAGES SEED ROUNDS BUILDS PROFILE MAX_SECONDS TIMEOUT_S; do
  [[ ${!v} =~ ^[0-9]+$ ]] || die "$v must be a non-negative integer (got '${!v}')"
done
((ROUNDS >= 1 && BUILDS >= 2 && MAX_SECONDS >= 1 && TIMEOUT_S >= 1)) || die "ROUNDS >= 1, BUILDS >= 2, MAX_SECONDS >= 1, TIMEOUT_S >= 1"
[[ -f $SEARCH_QUERIES ]] || die "SEARCH_QUERIES file not found: $SEARCH_QUERIES"
command -v java >/dev/null || die "java not found on PATH"
command -v javac >/dev/null || die "javac not found on PATH (a JDK 17+ is needed)"
command -v timeout >/dev/null || die "timeout (coreutils) not found on PATH"

cleanup() {
  local rc=$?
  if [[ -n $BENCH_PID ]] && kill -0 "$BENCH_PID" 2>/dev/null; then
    kill -TERM "$BENCH_PID" 2>/dev/null || true
    wait "$BENCH_PID" 2>/dev/null || true
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# 1. build (the same demo build as run-benchmark.sh, so either script can reuse the other's target/quarkus-app)
if [[ $SKIP_BUILD != 1 ]]; then
  log "building the app: ./mvnw -B -q package -DskipTests -Dquarkus.profile=demo"
  ./mvnw -B -q package -DskipTests -Dquarkus.profile=demo || { log "build failed"; exit 1; }
fi
shopt -s nullglob
APP_JARS=("$APP_DIR"/app/*.jar)
shopt -u nullglob
((${#APP_JARS[@]} > 0)) && [[ -d $APP_DIR/lib/main ]] ||
  { log "$APP_DIR/app/*.jar or $APP_DIR/lib/main not found (build first, or unset SKIP_BUILD)"; exit 1; }
CP="$APP_DIR/app/*:$APP_DIR/lib/main/*:$APP_DIR/lib/boot/*"

mkdir -p "$BENCH_DIR"
BENCH_DIR=$(cd "$BENCH_DIR" && pwd)
CONTENT="$BENCH_DIR/search-content"
CLASSES="$BENCH_DIR/search-classes"
DETAILS="$BENCH_DIR/search-details.tsv"

# 2. compile SearchBench against the packaged app
rm -rf "$CLASSES"
mkdir -p "$CLASSES"
javac -cp "$CP" -d "$CLASSES" src/bench/SearchBench.java

# 3. content (regenerated: run-benchmark.sh edits pages in its own copy during the reload measurements)
log "generating $PAGES pages (seed $SEED) into $CONTENT"
rm -rf "$CONTENT"
java src/bench/ContentGenerator.java "$CONTENT" "$PAGES" "$SEED" "$(date -u +%F)"

# 4. run (in the background so that Ctrl-C is handled at once; bounded by TIMEOUT_S)
read -r -a JOPTS <<<"$JAVA_OPTS"
ARGS=("$CONTENT" "$SEARCH_QUERIES" --rounds "$ROUNDS" --builds "$BUILDS" --max-seconds "$MAX_SECONDS"
  --details "$DETAILS" --target-index-ms "$TARGET_INDEX_MS" --target-p95-ms "$TARGET_P95_MS")
[[ $PROFILE == 1 ]] && ARGS+=(--profile)
log "java ${JAVA_OPTS} dev.signpost.search.SearchBench (per-query details: $DETAILS)"
timeout --kill-after=10 "$TIMEOUT_S" java "${JOPTS[@]}" -cp "$CLASSES:$CP" dev.signpost.search.SearchBench "${ARGS[@]}" &
BENCH_PID=$!
rc=0
wait "$BENCH_PID" || rc=$?
BENCH_PID=""
case $rc in
  0) ;;
  124 | 137) log "stopped after TIMEOUT_S=$TIMEOUT_S s"; exit 1 ;;
  *) log "SearchBench failed (exit $rc)"; exit 1 ;;
esac

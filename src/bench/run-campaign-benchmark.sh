#!/usr/bin/env bash
# Campaign evaluation at scale (issue 20): REPOS generated git repositories with a year of history, three campaigns,
# every repository fetched into its mirror and the board computed with 52 weekly points (target < 60 s), one push
# re-evaluated (target < 1 s), and the heap after a GC. Uses the packaged app's classes (src/bench/CampaignBench.java).
#
# Usage (from the repository root):  src/bench/run-campaign-benchmark.sh
# Options: REPOS=1000  JAVA_OPTS="-XX:+UseSerialGC -Xmx1g"  SKIP_BUILD=0  BENCH_DIR=target/campaign-bench  TIMEOUT_S=900
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
REPOS=${REPOS:-1000}
JAVA_OPTS=${JAVA_OPTS:--XX:+UseSerialGC -Xmx1g}
SKIP_BUILD=${SKIP_BUILD:-0}
BENCH_DIR=${BENCH_DIR:-target/campaign-bench}
TIMEOUT_S=${TIMEOUT_S:-900}
APP_DIR=target/quarkus-app

log() { printf '[campaign-bench] %s\n' "$*" >&2; }
[[ $REPOS =~ ^[0-9]+$ ]] && ((REPOS >= 1)) || { log "REPOS must be a positive number"; exit 2; }
if [[ "$SKIP_BUILD" != 1 || ! -d $APP_DIR/lib/main ]]; then
  log "building: ./mvnw -B -q package -DskipTests"
  ./mvnw -B -q package -DskipTests || { log "build failed"; exit 1; }
fi
CP="$APP_DIR/app/*:$APP_DIR/lib/main/*:$APP_DIR/lib/boot/*"
rm -rf "$BENCH_DIR"
mkdir -p "$BENCH_DIR/classes"
javac -cp "$CP" -d "$BENCH_DIR/classes" src/bench/CampaignBench.java
log "java $JAVA_OPTS CampaignBench: $REPOS repositories"
# shellcheck disable=SC2086
timeout --kill-after=10 "$TIMEOUT_S" /usr/bin/time -f 'RESULT peak_rss_mib=%M' java $JAVA_OPTS -cp "$BENCH_DIR/classes:$CP" \
  dev.signpost.campaigns.CampaignBench "$BENCH_DIR" "$REPOS" "$(date -u +%F)" 2>&1 | tee "$BENCH_DIR/out.txt"
awk '/peak_rss_mib=/ { sub(/.*=/, ""); printf "peak RSS: %d MiB\n", $1 / 1024 }' "$BENCH_DIR/out.txt"
awk -F'[= ]' '/first_evaluation_ms=/ { printf "first full evaluation: %s ms (target < 60000): %s\n", $3, ($3 < 60000 ? "PASS" : "FAIL") }
             /push_reevaluated_ms=/ { printf "one push re-evaluated: %s ms (target < 1000): %s\n", $3, ($3 < 1000 ? "PASS" : "FAIL") }' "$BENCH_DIR/out.txt"

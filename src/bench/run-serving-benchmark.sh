#!/usr/bin/env bash
# Serving speed, side by side: each Signpost page under wrk against nginx serving the same HTML, in one run, on
# loopback, so that the ratio holds on a noisy machine. Prints one row per page: Signpost's requests/s and p99, the
# anchor's, the ratio and whether the target of issue 19 holds. A repeated search is answered from the result cache;
# the "every query different" rows (src/bench/search-mix.lua: two random lines of search-queries.txt per request)
# show what a search costs when it is not.
#
# Usage (from the repository root):  src/bench/run-serving-benchmark.sh
#
# Options (environment variables):
#   PORT=8093 NGINX_PORT=8094    loopback ports of the app and of nginx
#   CONNECTIONS=64 THREADS=2     wrk's connections and threads
#   DURATION=8 WARMUP=10         seconds of each measured run, and of the warm-up before it
#   JIT_SETTLED=400 WARMUP_MAX=300   before the first row, every page in turn until a round adds fewer than
#                                JIT_SETTLED compilations (jcmd), at most WARMUP_MAX seconds: on two cores the JIT
#                                takes minutes, and a page measured while it compiles measures the compiler
#   JAVA_OPTS=""                 the app's JVM options (default: none, the JVM's own defaults)
#   SKIP_BUILD=0                 1 = reuse $JAR (default target/serving/quarkus-run.jar, the demo jar)
#   SEARCH_PAGES=5000            size of the generated tree for the large search row (0 = skip that row)
#   BENCH_DIR=target/serving-bench   work dir (nginx root and config, logs, cookie jar, generated tree)
#   USER_NAME=alice              the demo account used for the signed-in rows (a sig-member)
#
# Installs nginx and wrk with apt-get when missing. Everything binds 127.0.0.1 and stops at the end (or on Ctrl-C).
# Exit status: 0 when the measurements ran (targets PASS or FAIL), 1 when the app or nginx did not start.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"

PORT=${PORT:-8093}
NGINX_PORT=${NGINX_PORT:-8094}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
DURATION=${DURATION:-8}
WARMUP=${WARMUP:-10}
JIT_SETTLED=${JIT_SETTLED:-400}
WARMUP_MAX=${WARMUP_MAX:-300}
JAVA_OPTS=${JAVA_OPTS:-}
SKIP_BUILD=${SKIP_BUILD:-0}
SEARCH_PAGES=${SEARCH_PAGES:-5000}
BENCH_DIR=${BENCH_DIR:-target/serving-bench}
USER_NAME=${USER_NAME:-alice}
JAR=${JAR:-target/serving/quarkus-run.jar}
PAGE=/docs/practices/ci/migrating-a-jenkins-pipeline
SIG=/sigs/code-deployment

log() { printf '[serving] %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }

# shellcheck source=wrk-nginx.sh
source src/bench/wrk-nginx.sh
require_wrk_and_nginx

rm -rf "$BENCH_DIR"
mkdir -p "$BENCH_DIR"
BENCH_DIR=$(cd "$BENCH_DIR" && pwd)
APP_PID=""
NGINX_PID=""
cleanup() {
  [[ -n "$APP_PID" ]] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  [[ -n "$NGINX_PID" ]] && kill "$NGINX_PID" 2>/dev/null && wait "$NGINX_PID" 2>/dev/null || true
}
trap cleanup EXIT INT TERM

if [[ "$SKIP_BUILD" != 1 || ! -f "$JAR" ]]; then
  log "building the demo jar: ./mvnw -B -q package -DskipTests -Dquarkus.profile=demo -Dquarkus.package.output-directory=serving"
  ./mvnw -B -q package -DskipTests -Dquarkus.profile=demo -Dquarkus.package.output-directory=serving || die "build failed"
fi

# The start-up's background work is done when the first campaign's board is computed (its repositories answer 200,
# not 503): the demo repositories are generated and fetched after the content loads, and measuring while that runs
# charged its CPU to the first rows. Content without campaigns has nothing to wait for.
campaigns_ready() {
  local slug
  slug=$(curl -s "http://127.0.0.1:$PORT/api/v1/campaigns" | sed -n 's/^[^[]*\[{"slug":"\([^"]*\)".*/\1/p')
  [[ -z "$slug" ]] || [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/api/v1/campaigns/$slug/repositories")" == 200 ]]
}

# start_app NAME CONTENT_DIR: the demo jar on loopback, data in the bench dir; waits until content is served
start_app() {
  local name=$1 content=$2
  log "starting Signpost ($name): java $JAVA_OPTS -jar $JAR"
  # shellcheck disable=SC2086
  java $JAVA_OPTS -Dquarkus.profile=demo -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" -Dsignpost.content.dir="$content" \
    -Dsignpost.data-dir="$BENCH_DIR/data-$name" -jar "$JAR" >"$BENCH_DIR/app-$name.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 1200); do
    if [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/q/health/ready")" == 200 ]] \
      && [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/api/v1/search?q=x")" == 200 ]] \
      && campaigns_ready; then
      return 0
    fi
    kill -0 "$APP_PID" 2>/dev/null || { tail -30 "$BENCH_DIR/app-$name.log" >&2; die "the app exited"; }
    sleep 0.1
  done
  tail -30 "$BENCH_DIR/app-$name.log" >&2
  die "the app did not become ready in 120 s"
}

stop_app() {
  kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  APP_PID=""
}

# measure URL [COOKIE] [WRK-SCRIPT]: prints "requests/s p99-ms non-2xx socket-errors" of a wrk run after a warm-up
measure() {
  local url=$1 cookie=${2:-} script=${3:-} out
  local args=(-t"$THREADS" -c"$CONNECTIONS" --latency)
  [[ -n "$cookie" ]] && args+=(-H "Cookie: $cookie")
  [[ -n "$script" ]] && args+=(-s "$script")
  wrk "${args[@]}" -d"${WARMUP}s" "$url" >/dev/null
  out=$(wrk "${args[@]}" -d"${DURATION}s" "$url")
  echo "$out" >>"$BENCH_DIR/wrk.log"
  wrk_summary <<<"$out"
}

# jcmd's count of the methods the JIT compiled so far, or nothing without jcmd
compiles() { jcmd "$APP_PID" PerfCounter.print 2>/dev/null | sed -n 's/^sun.ci.totalCompiles=//p'; }

# warm_up "URL [COOKIE]"...: on two cores the JIT compiles for minutes (some 30,000 methods for these pages), and a row
# measured while C2 still compiles the code it runs measures the compiler as much as the page. So every page in turn,
# 5 s each, round after round until a round adds fewer than JIT_SETTLED compilations, at most WARMUP_MAX seconds (and
# two rounds without jcmd).
WARMED=""
warm_up() {
  local start=$SECONDS before after round=0 target url cookie
  before=$(compiles)
  while :; do
    round=$((round + 1))
    for target in "$@"; do
      read -r url cookie <<<"$target"
      if [[ -n "$cookie" ]]; then
        wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -H "Cookie: $cookie" "$url" >/dev/null
      else
        wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "$url" >/dev/null
      fi
    done
    after=$(compiles)
    if [[ -z "$after" ]]; then
      ((round >= 2)) && break || continue
    fi
    log "warm-up round $round: $((after - before)) methods compiled, $((SECONDS - start)) s in all"
    if ((after - before < JIT_SETTLED)); then
      break
    fi
    if ((SECONDS - start >= WARMUP_MAX)); then
      log "the JIT had not settled after ${WARMUP_MAX} s: measuring anyway"
      break
    fi
    before=$after
  done
  WARMED="$((SECONDS - start)) s of warm-up ($round rounds; the last added $((${after:-0} - ${before:-0})) compilations)"
}

ROWS=()
# row LABEL SIGNPOST_RESULT ANCHOR_RPS MIN_RATIO MAX_P99 [MIN_RPS]
row() {
  local label=$1 result=$2 anchor=$3 min_ratio=$4 max_p99=$5 min_rps=${6:-0}
  read -r rps p99 errors _ <<<"$result"
  local ratio verdict=PASS
  ratio=$(awk -v a="$rps" -v b="$anchor" 'BEGIN { printf "%.3f", (b > 0 ? a / b : 0) }')
  awk -v r="$ratio" -v m="$min_ratio" 'BEGIN { exit !(r + 0 < m + 0) }' && verdict=FAIL
  awk -v p="$p99" -v m="$max_p99" 'BEGIN { exit !(m > 0 && p + 0 > m + 0) }' && verdict=FAIL
  awk -v a="$rps" -v m="$min_rps" 'BEGIN { exit !(a + 0 < m + 0) }' && verdict=FAIL
  [[ "$errors" != 0 ]] && verdict="FAIL ($errors non-2xx)"
  ROWS+=("$(printf '%-44s %9s %8s ms %9s %7s  %-26s %s' "$label" "$rps" "$p99" "$anchor" "${ratio}x" \
    "≥ ${min_ratio}x$( [[ $max_p99 != 0 ]] && echo ", p99 ≤ ${max_p99} ms")$( [[ $min_rps != 0 ]] && echo ", ≥ $min_rps/s")" "$verdict")")
}

# --- the bundled content -------------------------------------------------------------------------------------------
start_app bundled "$ROOT/content"
BASE="http://127.0.0.1:$PORT"

# the signed-in cookie: the sign-in form's CSRF token, then the local sign-in
COOKIE=$(demo_cookie "$BASE" "$USER_NAME" "$BENCH_DIR/cookies.txt") || die "the demo sign-in failed"

# the anchor: nginx serving the HTML Signpost answers for the page, saved as a file
mkdir -p "$BENCH_DIR/www$(dirname "$PAGE")" "$BENCH_DIR/nginx"
curl -s -o "$BENCH_DIR/www$PAGE.html" "$BASE$PAGE"
PAGE_BYTES=$(stat -c %s "$BENCH_DIR/www$PAGE.html")
{
  nginx_conf_start "$BENCH_DIR"
  cat <<EOF
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $BENCH_DIR/www;
    location / { try_files \$uri \$uri.html =404; }
  }
}
EOF
} >"$BENCH_DIR/nginx/nginx.conf"
start_nginx "$BENCH_DIR" "http://127.0.0.1:$NGINX_PORT$PAGE"

warm_up "$BASE$PAGE" "$BASE$PAGE $COOKIE" "$BASE/tools $COOKIE" "$BASE/roadmap $COOKIE" "$BASE$SIG $COOKIE" \
  "$BASE/actions $COOKIE" "$BASE/api/v1/search?q=rollback"
log "measuring: wrk -t$THREADS -c$CONNECTIONS, ${WARMUP} s warm-up + ${DURATION} s per row"
NGINX_RESULT=$(measure "http://127.0.0.1:$NGINX_PORT$PAGE")
read -r NGINX_RPS NGINX_P99 _ <<<"$NGINX_RESULT"
row "anchor: nginx, the same page as a file" "$NGINX_RESULT" "$NGINX_RPS" 1 0
row "docs page ($PAGE_BYTES B), anonymous" "$(measure "$BASE$PAGE")" "$NGINX_RPS" 0.25 20
row "docs page, signed in ($USER_NAME)" "$(measure "$BASE$PAGE" "$COOKIE")" "$NGINX_RPS" 0.15 30
for page in /tools /roadmap "$SIG" /actions; do
  row "$page, signed in" "$(measure "$BASE$page" "$COOKIE")" "$NGINX_RPS" 0.1 50
done
row "/api/v1/search?q=rollback (bundled content)" "$(measure "$BASE/api/v1/search?q=rollback")" "$NGINX_RPS" 0 0 3000
row "  search, every query different (bundled)" "$(measure "$BASE/api/v1/search" "" src/bench/search-mix.lua)" "$NGINX_RPS" 0 0
row "/q/health/live (the framework's floor)" "$(measure "$BASE/q/health/live")" "$NGINX_RPS" 0 0
stop_app

# --- search on a generated tree ----------------------------------------------------------------------------------------
if ((SEARCH_PAGES > 0)); then
  log "generating $SEARCH_PAGES pages"
  java src/bench/ContentGenerator.java "$BENCH_DIR/tree" "$SEARCH_PAGES" 42 "$(date -u +%F)" >/dev/null
  start_app tree "$BENCH_DIR/tree"
  TREE_WARMED_BEFORE=$WARMED
  warm_up "$BASE/api/v1/search?q=rollback"
  WARMED="$TREE_WARMED_BEFORE; on $SEARCH_PAGES pages $WARMED"
  row "/api/v1/search?q=rollback ($SEARCH_PAGES pages)" "$(measure "$BASE/api/v1/search?q=rollback")" "$NGINX_RPS" 0 50 1000
  row "  search, every query different ($SEARCH_PAGES pages)" "$(measure "$BASE/api/v1/search" "" src/bench/search-mix.lua)" "$NGINX_RPS" 0 0
  stop_app
fi

printf '\n%-44s %9s %11s %9s %8s  %-26s %s\n' "what" "req/s" "p99" "nginx/s" "ratio" "target" "verdict"
printf '%s\n' "${ROWS[@]}"
printf '\n(wrk -t%s -c%s -d%ss after %ss warm-up per row, and %s first; JAVA_OPTS="%s"; %s CPUs; raw output in %s/wrk.log)\n' \
  "$THREADS" "$CONNECTIONS" "$DURATION" "$WARMUP" "$WARMED" "$JAVA_OPTS" "$(nproc)" "$BENCH_DIR"

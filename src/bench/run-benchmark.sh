#!/usr/bin/env bash
# Signpost benchmark: time to first served page, time to reload a changed page, resident memory, and search
# (time until the search index is ready, its build time from the app log, HTTP throughput of /api/v1/search).
# The in-process search benchmark (index build and query latency without HTTP) is run-search-benchmark.sh.
#
# Usage (from the repository root):  src/bench/run-benchmark.sh
#
# Options (environment variables):
#   PAGES=5000            number of generated leaf pages (plus 111 index.md pages)
#   SEED=42               generator seed (same seed -> same content)
#   PORT=8089             HTTP port; the app binds 127.0.0.1 only
#   JAVA_OPTS="-XX:+UseSerialGC -Xss512k -Xmx512m -XX:TieredStopAtLevel=1"
#                         JVM options of the app under test
#   SKIP_BUILD=0          1 = do not run ./mvnw package (use the existing target/quarkus-app)
#   BENCH_DIR=target/bench  work dir (content tree, app log, compiled probe); content is regenerated
#   RELOAD_MODE=inplace   how pages are changed: inplace (truncate + write, like an editor saving
#                         in place), append (append only the new bytes) or atomic (temp file + rename)
#   FIRST_PAGE_POLL_MS=5  poll interval while the connection is refused (HTTP server not up yet)
#   FIRST_PAGE_POLL_503_MS=50  poll interval while the app answers 503 (each 503 costs the app CPU;
#                         polling every 5 ms slowed the load by ~20 % on a 2-CPU machine)
#   FIRST_PAGE_TIMEOUT_MS=60000, RELOAD_TIMEOUT_MS=10000, RELOADS=5, GETS=200
#   SEARCH=1              0 = skip the search phases (the benchmark as it was before search)
#   SEARCH_QUERIES=src/bench/search-queries.txt   queries for the HTTP load (one per line, # comments)
#   SEARCH_DURATION_S=10  length of the measured HTTP search load
#   SEARCH_THREADS=4      concurrent client threads of the HTTP search load
#   SEARCH_MAX_REQUESTS=200000  hard cap on the requests of the load phase
#   SEARCH_READY_TIMEOUT_MS=60000  give up waiting for the search index (from the app's launch)
#
# Exit status: 0 when the measurements ran (whether targets PASS or FAIL); 1 when the app could
# not be built or started (the tail of its log is printed), 2 on a usage/environment error.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"

PAGES=${PAGES:-5000}
SEED=${SEED:-42}
PORT=${PORT:-8089}
JAVA_OPTS=${JAVA_OPTS:--XX:+UseSerialGC -Xss512k -Xmx512m -XX:TieredStopAtLevel=1}
SKIP_BUILD=${SKIP_BUILD:-0}
BENCH_DIR=${BENCH_DIR:-target/bench}
RELOAD_MODE=${RELOAD_MODE:-inplace}
FIRST_PAGE_TIMEOUT_MS=${FIRST_PAGE_TIMEOUT_MS:-60000}
FIRST_PAGE_POLL_MS=${FIRST_PAGE_POLL_MS:-5}
FIRST_PAGE_POLL_503_MS=${FIRST_PAGE_POLL_503_MS:-50}
RELOAD_TIMEOUT_MS=${RELOAD_TIMEOUT_MS:-10000}
RELOADS=${RELOADS:-5}
GETS=${GETS:-200}
SEARCH=${SEARCH:-1}
SEARCH_QUERIES=${SEARCH_QUERIES:-src/bench/search-queries.txt}
SEARCH_DURATION_S=${SEARCH_DURATION_S:-10}
SEARCH_THREADS=${SEARCH_THREADS:-4}
SEARCH_MAX_REQUESTS=${SEARCH_MAX_REQUESTS:-200000}
SEARCH_READY_TIMEOUT_MS=${SEARCH_READY_TIMEOUT_MS:-60000}

# targets
TARGET_FIRST_PAGE_MS=10000
TARGET_RELOAD_MS=100
TARGET_RSS_MB=600
TARGET_INDEX_MS=5000

JAR=target/quarkus-app/quarkus-run.jar
CONTENT="$BENCH_DIR/content"
APP_LOG="$BENCH_DIR/app.log"
CLASSES="$BENCH_DIR/classes"
BASE_URL="http://127.0.0.1:$PORT"
APP_PID=""
PROBE_PID=""

log() { printf '[bench] %s\n' "$*"; }
die() { printf '[bench] ERROR: %s\n' "$*" >&2; exit "${2:-2}"; }

for v in PAGES SEED PORT FIRST_PAGE_TIMEOUT_MS FIRST_PAGE_POLL_MS FIRST_PAGE_POLL_503_MS RELOAD_TIMEOUT_MS RELOADS GETS \
  SEARCH SEARCH_DURATION_S SEARCH_THREADS SEARCH_MAX_REQUESTS SEARCH_READY_TIMEOUT_MS; do
  [[ ${!v} =~ ^[0-9]+$ ]] || die "$v must be a non-negative integer (got '${!v}')"
done
case "$RELOAD_MODE" in inplace|append|atomic) ;; *) die "RELOAD_MODE must be inplace, append or atomic" ;; esac
if [[ $SEARCH == 1 ]]; then
  [[ -f $SEARCH_QUERIES ]] || die "SEARCH_QUERIES file not found: $SEARCH_QUERIES"
  ((SEARCH_DURATION_S >= 1 && SEARCH_THREADS >= 1 && SEARCH_THREADS <= 64 && SEARCH_MAX_REQUESTS >= 1)) ||
    die "SEARCH_DURATION_S must be >= 1, SEARCH_THREADS 1..64, SEARCH_MAX_REQUESTS >= 1"
fi
command -v java >/dev/null || die "java not found on PATH"
command -v javac >/dev/null || die "javac not found on PATH (a JDK 17+ is needed)"

# epoch milliseconds without forking (bash >= 5 has EPOCHREALTIME)
now_ms() {
  if [[ -n ${EPOCHREALTIME:-} ]]; then
    local us=${EPOCHREALTIME/[.,]/}
    REPLY=$((10#$us / 1000))
  else
    REPLY=$(date +%s%3N)
  fi
}

cleanup() {
  local rc=$?
  if [[ -n $PROBE_PID ]]; then
    kill -TERM "$PROBE_PID" 2>/dev/null || true
  fi
  if [[ -n $APP_PID ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill -TERM "$APP_PID" 2>/dev/null || true
    local i
    for ((i = 0; i < 100; i++)); do          # up to 10 s for a graceful shutdown
      kill -0 "$APP_PID" 2>/dev/null || break
      sleep 0.1
    done
    if kill -0 "$APP_PID" 2>/dev/null; then
      log "app did not stop within 10 s, killing it"
      kill -KILL "$APP_PID" 2>/dev/null || true
    fi
    wait "$APP_PID" 2>/dev/null || true
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

app_failed() {
  log "$1"
  if [[ -f $APP_LOG ]]; then
    echo "----- last 60 lines of $APP_LOG -----"
    tail -n 60 "$APP_LOG" || true
    echo "-------------------------------------"
  fi
  exit 1
}

# content file -> URL path (DIR/a/b/c.md -> /docs/a/b/c, DIR/a/b/index.md -> /docs/a/b, DIR/index.md -> /)
url_for() {
  local rel=${1#"$CONTENT"/}
  rel=${rel%.md}
  if [[ $rel == index ]]; then
    REPLY="/"
  elif [[ $rel == */index ]]; then
    REPLY="/docs/${rel%/index}"
  else
    REPLY="/docs/$rel"
  fi
}

# VmRSS / VmHWM of the app in MB (integer, rounded)
mem_mb() {
  local key=$1
  awk -v k="$key:" '$1 == k { printf "%d", ($2 + 512) / 1024 }' "/proc/$APP_PID/status" 2>/dev/null || echo "?"
}

# value of key=... in a "RESULT k=v ..." line
result_field() {
  local out=$1 key=$2
  printf '%s\n' "$out" | awk -v k="$key" '/^RESULT / { for (i = 2; i <= NF; i++) { split($i, kv, "="); if (kv[1] == k) { print substr($i, length(k) + 2) } } }' | tail -n 1
}

# Runs the probe in the background and waits for it, so that INT/TERM are handled at once (bash
# defers traps while a foreground child runs). Its output ends up in OUT, its exit status in rc.
run_probe() {
  local out_file="$BENCH_DIR/probe.out"
  "${PROBE[@]}" "$@" >"$out_file" &
  PROBE_PID=$!
  rc=0
  wait "$PROBE_PID" || rc=$?
  PROBE_PID=""
  OUT=$(<"$out_file")
  printf '%s\n' "$OUT" | grep -v '^RESULT ' || true
}

# ---------------------------------------------------------------------------------------------
# 0. port must be free (otherwise we would measure some other server)
if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
  die "something is already listening on 127.0.0.1:$PORT; choose another PORT"
fi
mkdir -p "$BENCH_DIR"
BENCH_DIR=$(cd "$BENCH_DIR" && pwd)
CONTENT="$BENCH_DIR/content"
APP_LOG="$BENCH_DIR/app.log"
CLASSES="$BENCH_DIR/classes"

# 1. build
if [[ $SKIP_BUILD != 1 ]]; then
  # The demo build: H2 file database and demo sign-in, nothing else to run (docs/decisions/0003).
  log "building the app: ./mvnw -B -q package -DskipTests -Dquarkus.profile=demo"
  if ! ./mvnw -B -q package -DskipTests -Dquarkus.profile=demo; then
    log "build failed"
    exit 1
  fi
fi
[[ -f $JAR ]] || { log "$JAR not found (build first, or unset SKIP_BUILD)"; exit 1; }

# 2. measurement client (compiled once, so its start-up is short; all intervals are timed inside it)
mkdir -p "$CLASSES"
javac -d "$CLASSES" src/bench/Probe.java
PROBE=(java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$CLASSES" Probe)

# 3. content
log "generating $PAGES pages (seed $SEED) into $CONTENT"
rm -rf "$CONTENT"
java src/bench/ContentGenerator.java "$CONTENT" "$PAGES" "$SEED" "$(date -u +%F)"
mapfile -t LEAVES < <(find "$CONTENT" -mindepth 3 -type f -name 'page-*.md' | LC_ALL=C sort)
mapfile -t ALL_FILES < <(find "$CONTENT" -type f -name '*.md' | LC_ALL=C sort)
((${#LEAVES[@]} > 0)) || die "no pages generated"
TOTAL_DOCS=${#ALL_FILES[@]}
DEEP_FILE=${LEAVES[${#LEAVES[@]} - 1]}
url_for "$DEEP_FILE"; DEEP_URL="$BASE_URL$REPLY"

# 4. start the app
read -r -a JOPTS <<<"$JAVA_OPTS"
: >"$APP_LOG"
log "starting the app: java $JAVA_OPTS -Dsignpost.content.dir=$CONTENT ... -jar $JAR (log: $APP_LOG)"
now_ms; START_MS=$REPLY
java "${JOPTS[@]}" \
  -Dquarkus.profile=demo \
  -Dsignpost.data-dir="$BENCH_DIR/data" \
  -Dsignpost.content.dir="$CONTENT" \
  -Dquarkus.http.host=127.0.0.1 \
  -Dquarkus.http.port="$PORT" \
  -jar "$JAR" >"$APP_LOG" 2>&1 &
APP_PID=$!

# 5. time to the first served page
run_probe first-page "$DEEP_URL" "$FIRST_PAGE_TIMEOUT_MS" "$START_MS" "$APP_PID" \
  "$FIRST_PAGE_POLL_MS" "$FIRST_PAGE_POLL_503_MS"
case $rc in
  0) ;;
  3) app_failed "the app exited before serving $DEEP_URL" ;;
  2) app_failed "no 200 from $DEEP_URL within $FIRST_PAGE_TIMEOUT_MS ms" ;;
  *) app_failed "first-page probe failed (exit $rc)" ;;
esac
FIRST_MS=$(result_field "$OUT" first_page_ms)
HTTP_UP_MS=$(result_field "$OUT" http_up_ms)
N503=$(result_field "$OUT" n503)
RETRY_AFTER=$(result_field "$OUT" retry_after)
RSS_LOADED=$(mem_mb VmRSS)
LOADED_LINE=$(sed -n 's/.*\(Content loaded:.*\)$/\1/p' "$APP_LOG" | head -n 1 || true)
if [[ $LOADED_LINE =~ Content\ loaded:\ ([0-9]+)\ documents ]] && ((BASH_REMATCH[1] != TOTAL_DOCS)); then
  LOADED_LINE="$LOADED_LINE (generated: $TOTAL_DOCS files)"
fi

# 5b. time from the app's launch until search answers (the API answers 503 until the first index is built).
# Polled like the first page (every FIRST_PAGE_POLL_503_MS while 503), so the index is built before the GETs below.
SEARCH_READY_MS="skipped"; SEARCH_N503=""
if [[ $SEARCH == 1 ]]; then
  run_probe search-ready "$BASE_URL/api/v1/search?q=x" "$SEARCH_READY_TIMEOUT_MS" "$START_MS" "$APP_PID" \
    "$FIRST_PAGE_POLL_MS" "$FIRST_PAGE_POLL_503_MS"
  case $rc in
    0) ;;
    3) app_failed "the app exited before search was ready" ;;
    *) log "search not ready within $SEARCH_READY_TIMEOUT_MS ms of the launch (probe exit $rc)" ;;
  esac
  SEARCH_READY_MS=$(result_field "$OUT" ready_ms)
  SEARCH_N503=$(result_field "$OUT" n503)
fi

# 6. serve GETS different pages sequentially (so memory reflects serving)
URLS_FILE="$BENCH_DIR/urls.txt"
: >"$URLS_FILE"
n=${#ALL_FILES[@]}
count=$((GETS < n ? GETS : n))
for ((i = 0; i < count; i++)); do
  url_for "${ALL_FILES[i * n / count]}"
  printf '%s%s 200\n' "$BASE_URL" "$REPLY" >>"$URLS_FILE"
done
printf '%s/docs/no-such-section/no-such-page-%s 404\n' "$BASE_URL" "$RANDOM" >>"$URLS_FILE"
run_probe get-many "$URLS_FILE"
GET_P50=$(result_field "$OUT" p50_ms)
GET_UNEXPECTED=$(result_field "$OUT" unexpected)
kill -0 "$APP_PID" 2>/dev/null || app_failed "the app died while serving"
RSS_SERVED=$(mem_mb VmRSS)

# 7. reload times: change RELOADS different pages, one after the other
RELOAD_TIMES=()
RUN_ID="$(date +%s)$RANDOM"
nl=${#LEAVES[@]}
reloads=$((RELOADS < nl ? RELOADS : nl))
for ((i = 0; i < reloads; i++)); do
  f=${LEAVES[(i * nl + nl / 2) / reloads]}
  [[ $f == "$DEEP_FILE" && $nl -gt 1 ]] && f=${LEAVES[0]}
  url_for "$f"
  marker="signpost-bench-$RUN_ID-$i"
  run_probe reload "$f" "$BASE_URL$REPLY" "$marker" "$RELOAD_TIMEOUT_MS" "$RELOAD_MODE"
  v=$(result_field "$OUT" reload_ms)
  RELOAD_TIMES+=("${v:-error}")
  kill -0 "$APP_PID" 2>/dev/null || app_failed "the app died during the reload measurements"
done
RSS_FINAL=$(mem_mb VmRSS)

# 7b. search over HTTP: the app log's index build time, then SEARCH_THREADS clients send the queries round-robin to
# /api/v1/search for SEARCH_DURATION_S seconds (after one sequential warm-up round)
INDEX_LINE=""; INDEX_MS="n/a"; RSS_SEARCH=""
S_RPS="n/a"; S_REQ="n/a"; S_ERR="n/a"; S_P50="n/a"; S_P95="n/a"; S_P99="n/a"; S_MAX="n/a"; S_ZERO="n/a"; S_CPU="n/a"
S_CPU_REQ="n/a"; S_QUERIES="n/a"
if [[ $SEARCH == 1 ]]; then
  for ((i = 0; i < SEARCH_READY_TIMEOUT_MS / 100; i++)); do   # normally there already (search answered above)
    INDEX_LINE=$(sed -n 's/.*\(Search index built:.*\)$/\1/p' "$APP_LOG" | head -n 1 || true)
    [[ -n $INDEX_LINE ]] && break
    kill -0 "$APP_PID" 2>/dev/null || app_failed "the app died while building the search index"
    sleep 0.1
  done
  if [[ $INDEX_LINE =~ Search\ index\ built:\ ([0-9]+)\ documents\ in\ ([0-9]+)\ ms ]]; then
    INDEX_MS=${BASH_REMATCH[2]}
    if ((BASH_REMATCH[1] != TOTAL_DOCS)); then INDEX_LINE="$INDEX_LINE (generated: $TOTAL_DOCS files)"; fi
  fi
  if [[ -z $INDEX_LINE ]]; then
    log "no 'Search index built' line in $APP_LOG; skipping the HTTP search load"
  else
    log "HTTP search load: $SEARCH_THREADS threads for $SEARCH_DURATION_S s, queries from $SEARCH_QUERIES"
    run_probe search-load "$BASE_URL" "$SEARCH_QUERIES" "$SEARCH_DURATION_S" "$SEARCH_THREADS" \
      "$SEARCH_MAX_REQUESTS" "$APP_PID" "$(getconf CLK_TCK 2>/dev/null || echo 100)"
    S_REQ=$(result_field "$OUT" requests); S_RPS=$(result_field "$OUT" rps); S_ERR=$(result_field "$OUT" errors)
    S_P50=$(result_field "$OUT" p50_ms); S_P95=$(result_field "$OUT" p95_ms); S_P99=$(result_field "$OUT" p99_ms)
    S_MAX=$(result_field "$OUT" max_ms); S_ZERO=$(result_field "$OUT" zero_hits); S_QUERIES=$(result_field "$OUT" queries)
    S_CPU=$(result_field "$OUT" app_cpu_pct); S_CPU_REQ=$(result_field "$OUT" cpu_ms_per_req)
    ((rc == 0)) || log "search load: unexpected answers (probe exit $rc)"
    kill -0 "$APP_PID" 2>/dev/null || app_failed "the app died during the search load"
    RSS_SEARCH=$(mem_mb VmRSS)
  fi
fi
HWM_FINAL=$(mem_mb VmHWM)

# median (timeouts/errors count as infinitely slow)
RELOAD_MEDIAN="n/a"
if ((${#RELOAD_TIMES[@]} > 0)); then
  RELOAD_MEDIAN=$(printf '%s\n' "${RELOAD_TIMES[@]}" | awk '{ print ($1 ~ /^[0-9.]+$/) ? $1 : "inf" }' |
    sort -g | awk '{ a[NR] = $1 } END { m = (NR % 2) ? a[(NR + 1) / 2] : ((a[NR/2] == "inf" || a[NR/2+1] == "inf") ? "inf" : (a[NR/2] + a[NR/2+1]) / 2); print (m == "inf") ? "timeout" : m }')
fi

# 8. report
pass_lt() { # value target -> PASS/FAIL
  awk -v v="$1" -v t="$2" 'BEGIN { print (v ~ /^[0-9.]+$/ && v + 0 < t + 0) ? "PASS" : "FAIL" }'
}
RSS_MAX=$(printf '%s\n' "$RSS_LOADED" "$RSS_SERVED" "$RSS_FINAL" "$RSS_SEARCH" | grep -E '^[0-9]+$' | sort -n | tail -n 1 || true)
CPUS=$(nproc 2>/dev/null || echo "?")
JAVA_VER=$(java -version 2>&1 | head -n 1)

echo
echo "================ Signpost benchmark ================"
printf '%-34s %s\n' "pages (leaf + index):" "$PAGES + $((TOTAL_DOCS - ${#LEAVES[@]})) = $TOTAL_DOCS files"
printf '%-34s %s\n' "machine:" "$CPUS CPUs, $JAVA_VER"
printf '%-34s %s\n' "JAVA_OPTS:" "$JAVA_OPTS"
printf '%-34s %s\n' "probe page:" "$DEEP_URL"
printf '%-34s %s\n' "HTTP server up after:" "${HTTP_UP_MS} ms (503 answers before ready: ${N503}, Retry-After: ${RETRY_AFTER}; polled every ${FIRST_PAGE_POLL_MS} ms, ${FIRST_PAGE_POLL_503_MS} ms while 503)"
printf '%-34s %s\n' "app log:" "${LOADED_LINE:-(no 'Content loaded: N documents in X ms' line found)}"
printf '%-34s %s\n' "$GETS sequential GETs:" "p50 ${GET_P50} ms, unexpected statuses: ${GET_UNEXPECTED}"
if [[ -n $RSS_SEARCH ]]; then
  printf '%-34s %s\n' "memory load/serve/reload/search:" "VmRSS ${RSS_LOADED} / ${RSS_SERVED} / ${RSS_FINAL} / ${RSS_SEARCH} MB, VmHWM ${HWM_FINAL} MB"
else
  printf '%-34s %s\n' "memory after load / serve / reload:" "VmRSS ${RSS_LOADED} / ${RSS_SERVED} / ${RSS_FINAL} MB, VmHWM ${HWM_FINAL} MB"
fi
if [[ $SEARCH == 1 ]]; then
  printf '%-34s %s\n' "search answers after:" "${SEARCH_READY_MS} ms from launch (503 answers before: ${SEARCH_N503:-?})"
  printf '%-34s %s\n' "app log:" "${INDEX_LINE:-(no 'Search index built: N documents in X ms' line found)}"
  printf '%-34s %s\n' "HTTP search, $SEARCH_THREADS threads:" "${S_RPS} req/s (${S_REQ} in ${SEARCH_DURATION_S} s), errors ${S_ERR}, app CPU ${S_CPU} % of one CPU (${S_CPU_REQ} ms/request)"
  printf '%-34s %s\n' "HTTP search latency (ms):" "p50 ${S_P50}, p95 ${S_P95}, p99 ${S_P99}, max ${S_MAX}; queries with zero hits: ${S_ZERO} of ${S_QUERIES}"
fi
echo "----------------------------------------------------"
printf '%-34s %10s  target < %-8s %s\n' "time to first served page (ms):" "$FIRST_MS" "$TARGET_FIRST_PAGE_MS" "$(pass_lt "$FIRST_MS" "$TARGET_FIRST_PAGE_MS")"
printf '%-34s %s\n' "reload times (ms, $RELOAD_MODE):" "${RELOAD_TIMES[*]}"
printf '%-34s %10s  target < %-8s %s\n' "reload median (ms):" "$RELOAD_MEDIAN" "$TARGET_RELOAD_MS" "$(pass_lt "$RELOAD_MEDIAN" "$TARGET_RELOAD_MS")"
printf '%-34s %10s  target < %-8s %s\n' "resident memory, max VmRSS (MB):" "${RSS_MAX:-?}" "$TARGET_RSS_MB" "$(pass_lt "${RSS_MAX:-?}" "$TARGET_RSS_MB")"
if [[ $SEARCH == 1 ]]; then
  printf '%-34s %10s  target < %-8s %s\n' "search index build, app log (ms):" "$INDEX_MS" "$TARGET_INDEX_MS" "$(pass_lt "$INDEX_MS" "$TARGET_INDEX_MS")"
fi
echo "===================================================="

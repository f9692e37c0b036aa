#!/usr/bin/env bash
# Signpost tool catalog benchmark: how long /tools (radar and list) and a tool page take to render with a large
# generated catalog (500 tools by default), measured over HTTP on loopback against the packaged demo app.
# Target (issue): /tools with 500 tools renders in under 20 ms server-side, median over 200 requests after warm-up;
# the same target is applied to /tools?view=list.
#
# Usage (from the repository root):  src/bench/run-tools-benchmark.sh
#
# Options (environment variables):
#   TOOLS=500             number of generated tools (content/tools/tool-0001.md ...), 1..9999
#   SEED=42               generator seed (same seed and TODAY -> same content)
#   TODAY=<today, UTC>    the day the generated dates are counted back from (history, reviews); keep it today so
#                         about 20 % of the tools count as recently moved, as the app's clock sees them
#   PORT=8091             HTTP port; the app binds 127.0.0.1 only
#   JAVA_OPTS="-XX:+UseSerialGC -Xss512k -Xmx512m -XX:TieredStopAtLevel=1"
#                         JVM options of the app under test (those of run-benchmark.sh)
#   SKIP_BUILD=0          1 = do not run ./mvnw package (use the existing target/quarkus-app; must be a demo build)
#   BENCH_DIR=target/bench-tools  work dir: content/ (regenerated), data/ (the app's H2 file), app.log, classes/
#   WARMUP=100            warm-up rounds (one GET of each measured URL per round)
#   REQUESTS=200          measured sequential GETs of each URL
#   TOOL_SLUG=tool-<TOOLS/2>  the tool page measured
#   PROFILE=0             1 = record the app with JFR (settings=profile) and print where the measured time went
#   START_TIMEOUT_MS=60000  give up waiting for the app to serve its start page
#   MAX_SECONDS=300       no new request after this many seconds of measuring (the report says so)
#
# Exit status: 0 when the measurements ran (whether targets PASS or FAIL); 1 when the app could not be built or
# started or answered unexpectedly (the tail of its log is printed); 2 on a usage/environment error.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"

TOOLS=${TOOLS:-500}
SEED=${SEED:-42}
TODAY=${TODAY:-$(date -u +%F)}
PORT=${PORT:-8091}
JAVA_OPTS=${JAVA_OPTS:--XX:+UseSerialGC -Xss512k -Xmx512m -XX:TieredStopAtLevel=1}
SKIP_BUILD=${SKIP_BUILD:-0}
BENCH_DIR=${BENCH_DIR:-target/bench-tools}
WARMUP=${WARMUP:-100}
REQUESTS=${REQUESTS:-200}
PROFILE=${PROFILE:-0}
START_TIMEOUT_MS=${START_TIMEOUT_MS:-60000}
MAX_SECONDS=${MAX_SECONDS:-300}

# target (issue): median server-side render time of /tools
TARGET_MS=20

JAR=target/quarkus-app/quarkus-run.jar
APP_PID=""
PROBE_PID=""

log() { printf '[tools-bench] %s\n' "$*"; }
die() { printf '[tools-bench] ERROR: %s\n' "$*" >&2; exit "${2:-2}"; }

for v in TOOLS SEED PORT WARMUP REQUESTS PROFILE START_TIMEOUT_MS MAX_SECONDS; do
  [[ ${!v} =~ ^[0-9]+$ ]] || die "$v must be a non-negative integer (got '${!v}')"
done
((TOOLS >= 1 && TOOLS <= 9999 && REQUESTS >= 1 && MAX_SECONDS >= 1)) || die "TOOLS must be 1..9999, REQUESTS >= 1, MAX_SECONDS >= 1"
[[ $TODAY =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}$ ]] || die "TODAY must be YYYY-MM-DD (got '$TODAY')"
TOOL_SLUG=${TOOL_SLUG:-$(printf 'tool-%04d' $(((TOOLS + 1) / 2)))}
command -v java >/dev/null || die "java not found on PATH"
command -v javac >/dev/null || die "javac not found on PATH (a JDK 17+ is needed)"
if [[ $PROFILE == 1 ]]; then
  command -v jcmd >/dev/null || die "PROFILE=1 needs jcmd (part of the JDK)"
  command -v timeout >/dev/null || die "PROFILE=1 needs timeout (coreutils)"
fi

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

# value of key=... in a "RESULT k=v ..." line
result_field() {
  local out=$1 key=$2
  printf '%s\n' "$out" | awk -v k="$key" '/^RESULT / { for (i = 2; i <= NF; i++) { split($i, kv, "="); if (kv[1] == k) { print substr($i, length(k) + 2) } } }' | tail -n 1
}

# Runs a probe in the background and waits for it, so that INT/TERM are handled at once (bash defers traps while a
# foreground child runs). Its output ends up in OUT, its exit status in rc.
run_probe() {
  local out_file="$BENCH_DIR/probe.out"
  "$@" >"$out_file" &
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
DATA="$BENCH_DIR/data"
APP_LOG="$BENCH_DIR/app.log"
CLASSES="$BENCH_DIR/classes"
JFR_FILE="$BENCH_DIR/tools.jfr"
BASE_URL="http://127.0.0.1:$PORT"

# 1. build (the same demo build as run-benchmark.sh: H2 file database and demo sign-in, docs/decisions/0003)
if [[ $SKIP_BUILD != 1 ]]; then
  log "building the app: ./mvnw -B -q package -DskipTests -Dquarkus.profile=demo"
  ./mvnw -B -q package -DskipTests -Dquarkus.profile=demo || { log "build failed"; exit 1; }
fi
[[ -f $JAR ]] || { log "$JAR not found (build first, or unset SKIP_BUILD)"; exit 1; }

# 2. measurement clients, compiled once (all intervals are timed inside them)
mkdir -p "$CLASSES"
javac -d "$CLASSES" src/bench/Probe.java src/bench/ToolsProbe.java
PROBE=(java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$CLASSES" Probe)
TOOLS_PROBE=(java -XX:+UseSerialGC -cp "$CLASSES" ToolsProbe)

# 3. content and a throwaway database
log "generating $TOOLS tools (seed $SEED, dates counted back from $TODAY) into $CONTENT"
rm -rf "$CONTENT" "$DATA" "$JFR_FILE"
java src/bench/ToolGenerator.java "$CONTENT" "$TOOLS" "$SEED" "$TODAY"
[[ -f $CONTENT/tools/$TOOL_SLUG.md ]] || die "TOOL_SLUG $TOOL_SLUG is not among the generated tools"

# 4. start the app
read -r -a JOPTS <<<"$JAVA_OPTS"
if [[ $PROFILE == 1 ]]; then
  # Qute renders loops recursively: the default stack depth of 64 frames cuts most samples short
  JOPTS+=(-XX:FlightRecorderOptions:stackdepth=1024 -XX:StartFlightRecording=name=toolbench,settings=profile)
fi
: >"$APP_LOG"
log "starting the app: java ${JOPTS[*]} -Dsignpost.content.dir=$CONTENT ... -jar $JAR (log: $APP_LOG)"
START_MS=$(date +%s%3N)
java "${JOPTS[@]}" \
  -Dquarkus.profile=demo \
  -Dsignpost.data-dir="$DATA" \
  -Dsignpost.content.dir="$CONTENT" \
  -Dquarkus.http.host=127.0.0.1 \
  -Dquarkus.http.port="$PORT" \
  -jar "$JAR" >"$APP_LOG" 2>&1 &
APP_PID=$!

# 5. wait until the content is loaded (the start page answers 200; it does not build the catalog), then until the
# background search indexing is done, so that it does not compete for the CPU with the measurements
run_probe "${PROBE[@]}" first-page "$BASE_URL/" "$START_TIMEOUT_MS" "$START_MS" "$APP_PID" 5 50
case $rc in
  0) ;;
  3) app_failed "the app exited before serving /" ;;
  2) app_failed "no 200 from / within $START_TIMEOUT_MS ms" ;;
  *) app_failed "first-page probe failed (exit $rc)" ;;
esac
INDEX_LINE=""
for ((i = 0; i < 300; i++)); do   # up to 30 s
  INDEX_LINE=$(sed -n 's/.*\(Search index built:.*\)$/\1/p' "$APP_LOG" | head -n 1 || true)
  [[ -n $INDEX_LINE ]] && break
  kill -0 "$APP_PID" 2>/dev/null || app_failed "the app died while building the search index"
  sleep 0.1
done
[[ -n $INDEX_LINE ]] || log "no 'Search index built' line after 30 s; measuring anyway"
LOADED_LINE=$(sed -n 's/.*\(Content loaded:.*\)$/\1/p' "$APP_LOG" | head -n 1 || true)

# 6. measure
log "measuring: first /tools, $WARMUP warm-up rounds, then $REQUESTS GETs of each URL"
run_probe "${TOOLS_PROBE[@]}" measure "$BASE_URL" "$TOOL_SLUG" "$WARMUP" "$REQUESTS" "$APP_PID" \
  "$(getconf CLK_TCK 2>/dev/null || echo 100)" "$MAX_SECONDS"
case $rc in
  0) ;;
  2) log "stopped after MAX_SECONDS=$MAX_SECONDS; the figures cover fewer requests" ;;
  *) kill -0 "$APP_PID" 2>/dev/null || app_failed "the app died during the measurements"
     app_failed "unexpected answers (probe exit $rc)" ;;
esac
MEASURED=$OUT
f() { result_field "$MEASURED" "$1"; }

# 7. optional: where the time went (JFR samples of the measured /tools and /tools?view=list requests)
if [[ $PROFILE == 1 ]]; then
  log "dumping the JFR recording to $JFR_FILE"
  if timeout 60 jcmd "$APP_PID" JFR.dump name=toolbench filename="$JFR_FILE" >/dev/null; then
    for u in radar list; do
      log "profile of the measured $u requests (JFR execution samples, every 10 ms of running Java code):"
      run_probe "${TOOLS_PROBE[@]}" jfr-top "$JFR_FILE" "$(f "${u}_from")" "$(f "${u}_to")" 20
    done
  else
    log "JFR.dump failed; no profile"
  fi
fi

# 8. report
pass_lt() { # value target -> PASS/FAIL
  awk -v v="$1" -v t="$2" 'BEGIN { print (v ~ /^[0-9.]+$/ && v + 0 < t + 0) ? "PASS" : "FAIL" }'
}
row() { # label, key prefix
  printf '%-36s %7s %7s %7s %7s %6s %8s\n' "$1" "$(f "$2_min")" "$(f "$2_p50")" "$(f "$2_p95")" "$(f "$2_max")" \
    "$(f "$2_kb")" "$(f "$2_cpu")"
}
CPUS=$(nproc 2>/dev/null || echo "?")
JAVA_VER=$(java -version 2>&1 | head -n 1)
LOAD=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?")

echo
echo "================ Signpost tool catalog benchmark ================"
printf '%-34s %s\n' "tools:" "$(f tools) ($TOOLS generated, seed $SEED, dates from $TODAY); on the radar: $(f blips) blips, radius $(f blip_r)"
printf '%-34s %s\n' "machine:" "$CPUS CPUs, $JAVA_VER; load average at the end: $LOAD"
printf '%-34s %s\n' "JAVA_OPTS:" "$JAVA_OPTS"
printf '%-34s %s\n' "app log:" "${LOADED_LINE:-(no 'Content loaded' line found)}"
printf '%-34s %s\n' "first /tools after start:" "$(f first_ms) ms (includes building the catalog and cold code; the second took $(f second_ms) ms)"
printf '%-34s %s\n' "requests:" "$WARMUP warm-up rounds over the 4 URLs, then $REQUESTS sequential GETs of each (keep-alive, loopback)$([[ $(f stopped) == true ]] && echo "; STOPPED after MAX_SECONDS")"
echo "-----------------------------------------------------------------"
printf '%-36s %7s %7s %7s %7s %6s %8s\n' "latency (ms), send to last byte" "min" "median" "p95" "max" "KB" "CPU ms"
row "/tools (radar)" radar
row "/tools?view=list" list
row "/tools?view=list&ring=hold&q=a" list_hold_a
row "/tools/$TOOL_SLUG" tool
echo "(CPU ms: the app's CPU time per request, all threads, from /proc)"
echo "-----------------------------------------------------------------"
printf '%-34s %10s  target < %-6s %s\n' "/tools median (ms):" "$(f radar_p50)" "$TARGET_MS" "$(pass_lt "$(f radar_p50)" "$TARGET_MS")"
printf '%-34s %10s  target < %-6s %s\n' "/tools?view=list median (ms):" "$(f list_p50)" "$TARGET_MS" "$(pass_lt "$(f list_p50)" "$TARGET_MS")"
echo "================================================================="

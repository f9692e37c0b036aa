#!/usr/bin/env bash
# Lean Coffee live-update latency: SUBSCRIBERS event streams on one session, VOTERS clients voting one vote at a time;
# for each vote, the time from its HTTP response to its event at every subscriber (p50/p99, target p99 < 200 ms).
#   1. one instance:   subscribers and votes on instance A (twin build: PostgreSQL, LISTEN/NOTIFY even on one instance)
#   2. two instances:  subscribers on B, votes on A (through PostgreSQL)
#   3. H2=1 also:      one demo build (H2, in-process bus), built into target/lc-demo
#
# Usage (from the repository root):  src/bench/run-lean-coffee-benchmark.sh
#
# Options (environment variables):
#   SUBSCRIBERS=200  VOTERS=20  VOTES=75  WARMUP=5   (VOTES + WARMUP <= 80: four demo accounts x 20 dots)
#   EVENT_TIMEOUT_MS=2000   a subscriber that has not heard of a vote by then counts as missed
#   PORT_A=8391  PORT_B=8392  PORT_H2=8393   the app binds 127.0.0.1 only
#   BENCH_DB=signpost_bench_lc   dropped and created again; PostgreSQL on PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres
#   JAVA_OPTS="-XX:+UseSerialGC -Xss512k -Xmx512m -XX:TieredStopAtLevel=1"   JVM options of the app instances
#   SKIP_BUILD=0   1 = reuse target/twin/quarkus-run.jar (and target/lc-demo/quarkus-run.jar with H2=1)
#   H2=0           1 = also measure a demo (H2) build on one instance
#   BENCH_DIR=target/bench-lc   logs and the compiled driver
#
# Exit status: 0 when the measurements ran (whether the target passes or not); 1 when the app could not be built or
# started or the driver failed (the tail of the app logs is printed); 2 on a usage/environment error.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"

SUBSCRIBERS=${SUBSCRIBERS:-200}
VOTERS=${VOTERS:-20}
VOTES=${VOTES:-75}
WARMUP=${WARMUP:-5}
EVENT_TIMEOUT_MS=${EVENT_TIMEOUT_MS:-2000}
PORT_A=${PORT_A:-8391}
PORT_B=${PORT_B:-8392}
PORT_H2=${PORT_H2:-8393}
BENCH_DB=${BENCH_DB:-signpost_bench_lc}
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
JAVA_OPTS=${JAVA_OPTS:--XX:+UseSerialGC -Xss512k -Xmx512m -XX:TieredStopAtLevel=1}
SKIP_BUILD=${SKIP_BUILD:-0}
H2=${H2:-0}
BENCH_DIR=${BENCH_DIR:-target/bench-lc}
READY_TIMEOUT_S=90
TARGET_P99_MS=200

TWIN_JAR=target/twin/quarkus-run.jar
DEMO_JAR=target/lc-demo/quarkus-run.jar
PIDS=()
DRIVER_PID=""
FAILED=0

log() { printf '[bench-lc] %s\n' "$*"; }
die() { printf '[bench-lc] ERROR: %s\n' "$*" >&2; exit "${2:-2}"; }

for v in SUBSCRIBERS VOTERS VOTES WARMUP EVENT_TIMEOUT_MS PORT_A PORT_B PORT_H2 SKIP_BUILD H2; do
  [[ ${!v} =~ ^[0-9]+$ ]] || die "$v must be a non-negative integer (got '${!v}')"
done
((VOTES >= 1 && VOTES + WARMUP <= 80)) || die "VOTES + WARMUP must be at most 80 (four demo accounts x 20 dots), VOTES at least 1"
((SUBSCRIBERS >= 1 && SUBSCRIBERS <= 2000 && VOTERS >= 1)) || die "SUBSCRIBERS must be 1..2000, VOTERS at least 1"
command -v java >/dev/null || die "java not found on PATH"
command -v javac >/dev/null || die "javac not found on PATH (a JDK 17+ is needed)"
command -v pg_isready >/dev/null || die "the PostgreSQL client tools (pg_isready, createdb, dropdb) are needed"

cleanup() {
  local rc=$? pid i
  [[ -n $DRIVER_PID ]] && kill -TERM "$DRIVER_PID" 2>/dev/null || true
  for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do
    for ((i = 0; i < 100; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done   # up to 10 s each
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  if ((FAILED)); then
    for f in "$BENCH_DIR"/*.log; do
      [[ -f $f ]] || continue
      echo "----- last 40 lines of $f -----"; tail -n 40 "$f" || true
    done
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

fail() { FAILED=1; log "$1"; exit 1; }

for port in "$PORT_A" "$PORT_B" "$PORT_H2"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then die "something is already listening on 127.0.0.1:$port"; fi
done
pg_isready -h "$PGHOST" -p "$PGPORT" -q || die "PostgreSQL does not answer on $PGHOST:$PGPORT"
mkdir -p "$BENCH_DIR"
BENCH_DIR=$(cd "$BENCH_DIR" && pwd)

# 1. build (the twin jar: PostgreSQL + demo sign-in, never production; the stage 5 jar)
if [[ $SKIP_BUILD != 1 ]]; then
  log "building: ./mvnw -B -q package -DskipTests -Dquarkus.profile=twin -Dquarkus.package.output-directory=twin"
  ./mvnw -B -q package -DskipTests -Dquarkus.profile=twin -Dquarkus.package.output-directory=twin || fail "build failed"
  if [[ $H2 == 1 ]]; then
    log "building: ./mvnw -B -q package -DskipTests -Dquarkus.profile=demo -Dquarkus.package.output-directory=lc-demo"
    ./mvnw -B -q package -DskipTests -Dquarkus.profile=demo -Dquarkus.package.output-directory=lc-demo || fail "build failed"
  fi
fi
[[ -f $TWIN_JAR ]] || fail "$TWIN_JAR not found (build first, or unset SKIP_BUILD)"
[[ $H2 != 1 || -f $DEMO_JAR ]] || fail "$DEMO_JAR not found (build first, or unset SKIP_BUILD)"

# 2. the driver, compiled once
mkdir -p "$BENCH_DIR/classes"
javac -d "$BENCH_DIR/classes" src/bench/LeanCoffeeBench.java

# 3. a fresh database and the instances
dropdb -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" --if-exists "$BENCH_DB"
createdb -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" "$BENCH_DB"
read -r -a JOPTS <<<"$JAVA_OPTS"
SECRET="bench-$(date +%s)-$RANDOM$RANDOM"
start() { # name port profile jar [extra -D...]
  local name=$1 port=$2 profile=$3 jar=$4; shift 4
  java "${JOPTS[@]}" -Dquarkus.profile="$profile" -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$port" \
    -Dsignpost.security.local-sign-in.session-secret="$SECRET" -Dsignpost.data-dir="$BENCH_DIR/data-$name" "$@" \
    -jar "$jar" >"$BENCH_DIR/$name.log" 2>&1 &
  PIDS+=($!)
}
PG=(-Dquarkus.datasource.jdbc.url="jdbc:postgresql://$PGHOST:$PGPORT/$BENCH_DB" -Dquarkus.datasource.username="$PGUSER")
start a "$PORT_A" twin "$TWIN_JAR" "${PG[@]}"
start b "$PORT_B" twin "$TWIN_JAR" "${PG[@]}"
if [[ $H2 == 1 ]]; then
  rm -rf "$BENCH_DIR/data-h2"
  start h2 "$PORT_H2" demo "$DEMO_JAR"
fi
PORTS=("$PORT_A" "$PORT_B"); [[ $H2 == 1 ]] && PORTS+=("$PORT_H2")
for port in "${PORTS[@]}"; do
  ready=0
  for ((i = 0; i < READY_TIMEOUT_S * 2; i++)); do
    if curl -sf -o /dev/null --max-time 2 "http://127.0.0.1:$port/q/health/ready"; then
      ready=1; break
    fi
    for pid in "${PIDS[@]}"; do kill -0 "$pid" 2>/dev/null || fail "an instance exited during start-up"; done
    sleep 0.5
  done
  ((ready)) || fail "127.0.0.1:$port not ready within $READY_TIMEOUT_S s"
done
log "instances ready: ${PORTS[*]}"

# 4. the measurements, one after the other (each on a session of its own)
RESULTS=()
run() { # label vote-port sub-port
  local out="$BENCH_DIR/driver-$1.out" rc=0
  java -XX:+UseSerialGC -cp "$BENCH_DIR/classes" LeanCoffeeBench "http://127.0.0.1:$2" "http://127.0.0.1:$3" \
    "$SUBSCRIBERS" "$VOTERS" "$VOTES" "$WARMUP" "$EVENT_TIMEOUT_MS" "$1" >"$out" 2>&1 &
  DRIVER_PID=$!
  wait "$DRIVER_PID" || rc=$?
  DRIVER_PID=""
  grep -v '^RESULT ' "$out" || true
  ((rc == 0)) || fail "the driver failed for $1 (exit $rc)"
  RESULTS+=("$(grep '^RESULT ' "$out" | tail -n 1)")
}
run pg-one-instance "$PORT_A" "$PORT_A"
run pg-two-instances "$PORT_A" "$PORT_B"
[[ $H2 == 1 ]] && run h2-one-instance "$PORT_H2" "$PORT_H2"

# 5. report
field() { printf '%s\n' "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"; }
CPUS=$(nproc 2>/dev/null || echo "?")
echo
echo "================ Signpost Lean Coffee live-update benchmark ================"
printf '%-22s %s\n' "machine:" "$CPUS CPUs, $(java -version 2>&1 | head -n 1); load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-22s %s\n' "commit:" "$(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD 2>/dev/null || echo ' (with local changes)')"
printf '%-22s %s\n' "load:" "$SUBSCRIBERS subscribers on one session, $VOTERS voter clients (4 demo accounts), $WARMUP warm-up + $VOTES measured votes, one at a time"
printf '%-22s %s\n' "JAVA_OPTS (app):" "$JAVA_OPTS"
echo "---------------------------------------------------------------------------"
printf '%-18s %11s %7s %8s %8s %8s %10s  %s\n' "run" "events" "missed" "p50 ms" "p99 ms" "max ms" "last p99" "p99 < $TARGET_P99_MS ms"
for r in "${RESULTS[@]}"; do
  p99=$(field "$r" p99_ms)
  verdict=$(awk -v v="$p99" -v t="$TARGET_P99_MS" -v m="$(field "$r" missed)" 'BEGIN { print (v ~ /^[0-9.]+$/ && v + 0 < t && m == 0) ? "PASS" : "FAIL" }')
  printf '%-18s %11s %7s %8s %8s %8s %10s  %s\n' "$(field "$r" label)" "$(field "$r" count)/$(field "$r" expected)" "$(field "$r" missed)" \
    "$(field "$r" p50_ms)" "$p99" "$(field "$r" max_ms)" "$(field "$r" fanout_p99_ms)" "$verdict"
done
echo "(events: received/expected = votes x subscribers; 'last p99': p99 over votes of the time until the last subscriber heard)"
echo "==========================================================================="

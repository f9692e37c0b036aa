#!/usr/bin/env bash
# Scaling: the throughput of 1, then 2, then 3 instances of one build behind nginx (round robin, as an Ingress would
# spread requests over the pods of deploy/kubernetes), each next to nginx serving the same page's HTML as a file in
# the same run (the anchor). Instances are started one after the other on loopback, sharing one PostgreSQL database
# (signpost_scaling) and one session key, like replicas; the twin build gives them PostgreSQL and the demo sign-in
# (never production). Prints req/s and p99 per instance count for a docs page anonymous and signed in, the ratio to
# the anchor, and the ratio to one instance behind the same proxy.
#
# On one machine the instances share its cores: more instances add no CPU, so throughput stays flat or drops (three
# JVMs and nginx compete for the same cores). What it does show: that the proxy spreads load over several instances
# sharing one database and one session key without errors, and what the proxy hop itself costs (the "direct" row).
#
# Usage (from the repository root):  src/bench/run-scaling-benchmark.sh
#
# Options (environment variables):
#   BASE_PORT=18360            instance N listens on BASE_PORT+N (18361-18363)
#   PROXY_PORT=18370           nginx: :PROXY_PORT+N balances over N instances (18371-18373), :PROXY_PORT the anchor
#   CONNECTIONS=64 THREADS=2   wrk's connections and threads
#   DURATION=8 WARMUP=10       seconds of each measured run, and of the warm-up through the proxy before each count
#   JAVA_OPTS="-XX:+UseSerialGC -Xmx512m"   each instance's JVM (the heap a pod of deploy/kubernetes gets)
#   SKIP_BUILD=0               1 = reuse target/twin/quarkus-run.jar
#   DB=signpost_scaling PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres (trust auth)
#   DB_POOL=20                 each instance's connection pool (the ConfigMap's QUARKUS_DATASOURCE_JDBC_MAX_SIZE): three
#                              instances with the default 50 would need more than PostgreSQL's default 100 connections
#   BENCH_DIR=target/scaling-bench   logs, nginx config, the anchor's file, wrk output
#   USER_NAME=alice            the demo account of the signed-in rows
#   READY_TIMEOUT_S=120        how long an instance may take to become ready
#
# Installs nginx and wrk with apt-get when missing. Everything binds 127.0.0.1; instances, nginx and the database are
# removed at the end however the run ends. Exit status: 0 when the measurements ran, 1 when something did not start.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"

BASE_PORT=${BASE_PORT:-18360}
PROXY_PORT=${PROXY_PORT:-18370}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
DURATION=${DURATION:-8}
WARMUP=${WARMUP:-10}
JAVA_OPTS=${JAVA_OPTS:--XX:+UseSerialGC -Xmx512m}
SKIP_BUILD=${SKIP_BUILD:-0}
DB=${DB:-signpost_scaling}
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
DB_POOL=${DB_POOL:-20}
BENCH_DIR=${BENCH_DIR:-target/scaling-bench}
USER_NAME=${USER_NAME:-alice}
READY_TIMEOUT_S=${READY_TIMEOUT_S:-120}
JAR=target/twin/quarkus-run.jar
PAGE=/docs/practices/ci/migrating-a-jenkins-pipeline
MAX=3
# shellcheck source=../test/twin-jar.sh
source src/test/twin-jar.sh
# shellcheck source=wrk-nginx.sh
source src/bench/wrk-nginx.sh

log() { printf '[scaling] %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }

require_wrk_and_nginx

rm -rf "$BENCH_DIR"
mkdir -p "$BENCH_DIR/nginx" "$BENCH_DIR/www$(dirname "$PAGE")"
BENCH_DIR=$(cd "$BENCH_DIR" && pwd)
PIDS=()
NGINX_PID=""
DB_CREATED=0
cleanup() {
  local pid i
  for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do
    for ((i = 0; i < 100; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  if [[ -n "$NGINX_PID" ]]; then kill "$NGINX_PID" 2>/dev/null && wait "$NGINX_PID" 2>/dev/null || true; fi
  if ((DB_CREATED)); then dropdb -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" --if-exists "$DB" 2>/dev/null || true; fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

ports=("$PROXY_PORT")
for ((n = 1; n <= MAX; n++)); do ports+=($((BASE_PORT + n)) $((PROXY_PORT + n))); done
require_free_ports BASE_PORT/PROXY_PORT "${ports[@]}"
ensure_postgres
twin_jar
fresh_database "$DB"
DB_CREATED=1
SECRET="scaling-$(date +%s)-$RANDOM$RANDOM"

# start_instance N: instance N of the twin jar on BASE_PORT+N; waits until its content is served
start_instance() {
  local n=$1 port=$((BASE_PORT + $1))
  log "starting instance $n on 127.0.0.1:$port"
  # shellcheck disable=SC2086
  java $JAVA_OPTS -Dquarkus.profile=twin -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$port" \
    -Dquarkus.datasource.jdbc.url="jdbc:postgresql://$PGHOST:$PGPORT/$DB" -Dquarkus.datasource.username="$PGUSER" \
    -Dquarkus.datasource.jdbc.max-size="$DB_POOL" -Dsignpost.security.local-sign-in.session-secret="$SECRET" -Dsignpost.content.dir="$ROOT/content" \
    -Dsignpost.campaigns.enabled=false -Dsignpost.data-dir="$BENCH_DIR/data-$n" \
    -jar "$JAR" >"$BENCH_DIR/instance-$n.log" 2>&1 &
  PIDS+=($!)
  for ((i = 0; i < READY_TIMEOUT_S * 10; i++)); do
    [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/q/health/ready")" == 200 ]] && return 0
    kill -0 "${PIDS[-1]}" 2>/dev/null || { tail -30 "$BENCH_DIR/instance-$n.log" >&2; die "instance $n exited"; }
    sleep 0.1
  done
  tail -30 "$BENCH_DIR/instance-$n.log" >&2
  die "instance $n was not ready within $READY_TIMEOUT_S s"
}

# measure URL [COOKIE]: prints "requests/s p99-ms non-2xx socket-errors" of a wrk run
measure() {
  local url=$1 cookie=${2:-} out
  local args=(-t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency)
  [[ -n "$cookie" ]] && args+=(-H "Cookie: $cookie")
  out=$(wrk "${args[@]}" "$url")
  printf '### %s\n%s\n' "$url" "$out" >>"$BENCH_DIR/wrk.log"
  wrk_summary <<<"$out"
}

warm_up() {
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" "$1" >/dev/null
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -H "Cookie: $COOKIE" "$1" >/dev/null
}

start_instance 1
FIRST="http://127.0.0.1:$((BASE_PORT + 1))"

# The signed-in cookie: the sign-in form's CSRF token, then the demo sign-in. Signed with the shared session key, the
# session cookie is valid on every instance.
COOKIE=$(demo_cookie "$FIRST" "$USER_NAME" "$BENCH_DIR/cookies.txt") || die "the demo sign-in failed"

# nginx: the anchor (the page as a file) on PROXY_PORT, and on PROXY_PORT+N a round robin over instances 1..N with
# keep-alive connections to them, as an ingress controller keeps
curl -s -o "$BENCH_DIR/www$PAGE.html" "$FIRST$PAGE"
{
  nginx_conf_start "$BENCH_DIR"
  cat <<EOF_NGINX
  server {
    listen 127.0.0.1:$PROXY_PORT;
    root $BENCH_DIR/www;
    location / { try_files \$uri \$uri.html =404; }
  }
EOF_NGINX
  for ((n = 1; n <= MAX; n++)); do
    printf '  upstream signpost%d {\n' "$n"
    for ((m = 1; m <= n; m++)); do printf '    server 127.0.0.1:%d;\n' $((BASE_PORT + m)); done
    printf '    keepalive 64;\n  }\n'
    printf '  server {\n    listen 127.0.0.1:%d;\n    location / {\n' $((PROXY_PORT + n))
    printf '      proxy_pass http://signpost%d;\n      proxy_http_version 1.1;\n      proxy_set_header Connection "";\n' "$n"
    printf '      proxy_set_header Host $host;\n    }\n  }\n'
  done
  echo '}'
} >"$BENCH_DIR/nginx/nginx.conf"
start_nginx "$BENCH_DIR" "http://127.0.0.1:$PROXY_PORT$PAGE"

ROWS=()
ONE_ANON=0
ONE_SIGNED=0
# row LABEL ANCHOR_RPS ANONYMOUS_RESULT SIGNED_IN_RESULT
row() {
  local label=$1 anchor=$2 a_rps a_p99 a_err a_sock s_rps s_p99 s_err s_sock
  read -r a_rps a_p99 a_err a_sock <<<"$3"
  read -r s_rps s_p99 s_err s_sock <<<"$4"
  ROWS+=("$(awk -v l="$label" -v n="$anchor" -v ar="$a_rps" -v ap="$a_p99" -v sr="$s_rps" -v sp="$s_p99" -v a1="$ONE_ANON" -v s1="$ONE_SIGNED" \
    -v e="$((a_err + a_sock + s_err + s_sock))" 'BEGIN {
      # a run in which nothing was answered (an instance starved of CPU) counts no errors in wrk: say so instead
      printf "%-30s %8d %8d %7.1f %6.3fx %6s %8d %7.1f %6.3fx %6s %7s", l, n, ar, ap, (n ? ar / n : 0),
        (a1 ? sprintf("%.2fx", ar / a1) : "-"), sr, sp, (n ? sr / n : 0), (s1 ? sprintf("%.2fx", sr / s1) : "-"),
        (ar == 0 || sr == 0 ? "no answer" : e) }')")
  log "${ROWS[-1]}"
}

log "warming up instance 1 directly: $((WARMUP * 2)) s"
warm_up "$FIRST$PAGE"
ANCHOR=$(measure "http://127.0.0.1:$PROXY_PORT$PAGE" | cut -d' ' -f1)
row "1 instance, direct (no proxy)" "$ANCHOR" "$(measure "$FIRST$PAGE")" "$(measure "$FIRST$PAGE" "$COOKIE")"
for ((n = 1; n <= MAX; n++)); do
  ((n > 1)) && start_instance "$n"
  PROXY="http://127.0.0.1:$((PROXY_PORT + n))"
  [[ "$(curl -s -H "Cookie: $COOKIE" "$PROXY$PAGE")" == *'action="/signout"'* ]] || die "the proxy over $n instance(s) does not answer signed in"
  log "$n instance(s) behind nginx: $((WARMUP * 2)) s warm-up, then the anchor and both pages for $DURATION s each"
  warm_up "$PROXY$PAGE"
  ANCHOR=$(measure "http://127.0.0.1:$PROXY_PORT$PAGE" | cut -d' ' -f1)
  anon=$(measure "$PROXY$PAGE")
  signed=$(measure "$PROXY$PAGE" "$COOKIE")
  if ((n == 1)); then ONE_ANON=$(cut -d' ' -f1 <<<"$anon"); ONE_SIGNED=$(cut -d' ' -f1 <<<"$signed"); fi
  row "$n instance(s) behind nginx" "$ANCHOR" "$anon" "$signed"
done
# an instance that logged an error is named (its log is kept in BENCH_DIR)
for ((n = 1; n <= MAX; n++)); do
  grep -q " ERROR " "$BENCH_DIR/instance-$n.log" && log "instance $n logged errors: see $BENCH_DIR/instance-$n.log"
done

printf '\n%-30s %8s %8s %7s %7s %6s %8s %7s %7s %6s %7s\n' "" "nginx/s" "anon/s" "p99 ms" "ratio" "vs 1" "signed/s" "p99 ms" "ratio" "vs 1" "errors"
printf '%s\n' "${ROWS[@]}"
printf '\n(page %s; anchor: nginx serving its HTML as a file, measured before each row; wrk -t%s -c%s -d%ss after %ss\n' \
  "$PAGE" "$THREADS" "$CONNECTIONS" "$DURATION" "$((WARMUP * 2))"
printf ' warm-up per count; JAVA_OPTS="%s", pool %s; %s CPUs, shared by nginx, wrk and every instance; raw output in %s/wrk.log)\n' \
  "$JAVA_OPTS" "$DB_POOL" "$(nproc)" "$BENCH_DIR"

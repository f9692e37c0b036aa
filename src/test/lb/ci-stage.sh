#!/usr/bin/env bash
# CI stage: three instances of the packaged app (the twin jar: PostgreSQL + demo sign-in, never production) behind
# nginx, round-robin without stickiness, sharing one PostgreSQL (docs/operations.md "Rolling restart behind nginx").
# Creates a private PostgreSQL cluster (never the machine's main one: the stage restarts it) and a private nginx, both
# on 127.0.0.1; starts the three instances at once; then ./mvnw -B test -Plb (src/test/java/dev/signpost/lb) proves
#   1. a signed-in person's pages, forms with CSRF, a Lean Coffee vote and a feedback item work whichever instance
#      answers, and a board's event stream on instance A shows a vote made through instance C;
#   2. a rolling restart under load (drain in nginx, SIGTERM, start, ready, back in rotation): no failed request, every
#      write stored exactly once;
#   3. one instance killed with SIGKILL under load: only requests in flight on it fail, nothing acknowledged is lost;
#   4. PostgreSQL restarted under load: 503s during the outage only, no 500, recovery without restarting an instance;
# and prints the requests and failures of each phase. Everything it started is stopped, and the private cluster
# dropped, however it ends; the logs are printed when it fails.
#
# Options (environment variables): LB_NGINX_PORT=18450, LB_PORT_A=18451, LB_PORT_B=18452, LB_PORT_C=18453,
# LB_PG_PORT=18460, LB_PG_CLUSTER=lbstage, SKIP_BUILD=0 (1: reuse target/twin/quarkus-run.jar),
# LB_READY_TIMEOUT_S=90, LB_LOOPS=6, LB_PHASE_S=20.
set -euo pipefail
cd "$(dirname "$0")/../../.."

export LB_NGINX_PORT=${LB_NGINX_PORT:-18450}
export LB_PORT_A=${LB_PORT_A:-18451}
export LB_PORT_B=${LB_PORT_B:-18452}
export LB_PORT_C=${LB_PORT_C:-18453}
export LB_PG_PORT=${LB_PG_PORT:-18460}
export LB_PG_CLUSTER=${LB_PG_CLUSTER:-lbstage}
export LB_READY_TIMEOUT_S=${LB_READY_TIMEOUT_S:-90}
export LB_DB=signpost_lb
export LB_RUN_DIR=$PWD/target/lb-run
export LB_JAR=$PWD/target/twin/quarkus-run.jar
LOOPS=${LB_LOOPS:-6}
PHASE_S=${LB_PHASE_S:-20}
SKIP_BUILD=${SKIP_BUILD:-0}
JAR=$LB_JAR
PGHOST=127.0.0.1
PGPORT=$LB_PG_PORT
PGUSER=postgres
# shellcheck source=../twin-jar.sh
source src/test/twin-jar.sh
CONTROL=src/test/lb/instance.sh
OK=0
CLUSTER_MADE=0

echo "== Stage: three instances behind nginx (127.0.0.1:$LB_NGINX_PORT -> :$LB_PORT_A, :$LB_PORT_B, :$LB_PORT_C)," \
  "private PostgreSQL cluster $LB_PG_CLUSTER on :$LB_PG_PORT, ./mvnw -B test -Plb"
STARTED=$SECONDS

command -v pg_createcluster >/dev/null || { echo "pg_createcluster not found (Debian's postgresql-common)" >&2; exit 1; }
export LB_PG_VERSION=${LB_PG_VERSION:-$(ls /etc/postgresql | sort -n | tail -1)}
if ! command -v nginx >/dev/null; then
  echo "nginx is not installed: installing Debian's package"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
fi

stop_all() {
  local name pid i
  if [[ -f $LB_RUN_DIR/nginx/nginx.pid ]]; then
    pid=$(cat "$LB_RUN_DIR/nginx/nginx.pid")
    kill -QUIT "$pid" 2>/dev/null || true
    for ((i = 0; i < 50; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
  fi
  for name in a b c; do
    pid=$(cat "$LB_RUN_DIR/$name.pid" 2>/dev/null || true)
    [[ -n $pid ]] && kill -TERM "$pid" 2>/dev/null || true
  done
  for name in a b c; do
    pid=$(cat "$LB_RUN_DIR/$name.pid" 2>/dev/null || true)
    [[ -n $pid ]] || continue
    for ((i = 0; i < 100; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
    rm -f "$LB_RUN_DIR/$name.pid"
  done
  if ((CLUSTER_MADE)); then
    pg_dropcluster --stop "$LB_PG_VERSION" "$LB_PG_CLUSTER" || echo "could not drop the cluster $LB_PG_CLUSTER" >&2
  fi
  if ((OK == 0)); then
    for name in a b c; do
      if [[ -f $LB_RUN_DIR/$name.log ]]; then
        echo "----- instance $name: last 60 lines of $LB_RUN_DIR/$name.log -----"
        tail -n 60 "$LB_RUN_DIR/$name.log" || true
      fi
    done
    [[ -f $LB_RUN_DIR/nginx/error.log ]] && { echo "----- nginx: last 30 lines of its error log -----"; tail -n 30 "$LB_RUN_DIR/nginx/error.log"; }
  fi
}
trap stop_all EXIT
# A signal would otherwise end the shell without running the EXIT trap.
trap 'exit 130' INT
trap 'exit 143' TERM

require_free_ports LB_NGINX_PORT/LB_PORT_A/LB_PORT_B/LB_PORT_C "$LB_NGINX_PORT" "$LB_PORT_A" "$LB_PORT_B" "$LB_PORT_C"

# A cluster left by an interrupted run goes first; then a fresh one of our own, trust auth, loopback only.
if pg_lsclusters -h | awk -v v="$LB_PG_VERSION" -v c="$LB_PG_CLUSTER" '$1 == v && $2 == c { found = 1 } END { exit !found }'; then
  echo "dropping the cluster $LB_PG_CLUSTER left by an earlier run"
  pg_dropcluster --stop "$LB_PG_VERSION" "$LB_PG_CLUSTER"
fi
require_free_ports LB_PG_PORT "$LB_PG_PORT"
CLUSTER_MADE=1
pg_createcluster "$LB_PG_VERSION" "$LB_PG_CLUSTER" --port "$LB_PG_PORT" --start \
  -- --auth=trust >/dev/null
for _ in $(seq 1 60); do pg_isready -h 127.0.0.1 -p "$LB_PG_PORT" -q && break; sleep 0.5; done
createdb -h 127.0.0.1 -p "$LB_PG_PORT" -U postgres "$LB_DB"

twin_jar

rm -rf "$LB_RUN_DIR"
mkdir -p "$LB_RUN_DIR/nginx"
export LB_SECRET="lb-$(date +%s)-$RANDOM$RANDOM"
# The first instance migrates the empty database; the others start meanwhile and wait for the schema.
for name in a b c; do "$CONTROL" start "$name"; done
"$CONTROL" nginx-start
for name in a b c; do "$CONTROL" await "$name"; done
echo "instances a, b, c ready $((SECONDS - STARTED)) s into the stage"

./mvnw -B test -Plb -Dtest='dev.signpost.lb.**' -Dlb.url="http://127.0.0.1:$LB_NGINX_PORT" \
  -Dlb.a.url="http://127.0.0.1:$LB_PORT_A" -Dlb.b.url="http://127.0.0.1:$LB_PORT_B" -Dlb.c.url="http://127.0.0.1:$LB_PORT_C" \
  -Dlb.jdbc.url="jdbc:postgresql://127.0.0.1:$LB_PG_PORT/$LB_DB" -Dlb.control="$PWD/$CONTROL" \
  -Dlb.loops="$LOOPS" -Dlb.phase.seconds="$PHASE_S"
OK=1
echo "== Three instances behind nginx: the stage took $((SECONDS - STARTED)) s"

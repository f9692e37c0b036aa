#!/usr/bin/env bash
# CI stage: two instances of one build sharing PostgreSQL pass Lean Coffee live updates to each other (LISTEN/NOTIFY,
# docs/decisions/0009). Builds a twin jar (PostgreSQL + demo sign-in, never production) into target/twin, so stage
# 1's target/quarkus-app stays as it was; creates a fresh database signpost_twin; starts the jar twice on 127.0.0.1
# (TWIN_PORT_A, TWIN_PORT_B) with one session secret and one git source (a bare repository on disk, which the
# refresh test pushes to); runs ./mvnw -B test -Ptwin (src/test/java/dev/signpost/twin).
# Run it as a command of its own from .ci/run, not with `source`, so that its trap stays its own: both instances are
# stopped however the stage ends, and their logs are printed when it fails.
#
# Options (environment variables): TWIN_PORT_A=8291, TWIN_PORT_B=8292, TWIN_DB=signpost_twin,
# PGHOST=127.0.0.1, PGPORT=5432, PGUSER=postgres (trust auth), SKIP_BUILD=0 (1: reuse target/twin/quarkus-run.jar),
# READY_TIMEOUT_S=90.
set -euo pipefail
cd "$(dirname "$0")/../../.."

PORT_A=${TWIN_PORT_A:-8291}
PORT_B=${TWIN_PORT_B:-8292}
DB=${TWIN_DB:-signpost_twin}
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
SKIP_BUILD=${SKIP_BUILD:-0}
READY_TIMEOUT_S=${READY_TIMEOUT_S:-90}
JAR=target/twin/quarkus-run.jar
# shellcheck source=../twin-jar.sh
source src/test/twin-jar.sh
RUN_DIR=target/twin-run
PIDS=()
OK=0

stop_instances() {
  local pid i
  for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do
    for ((i = 0; i < 100; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  if ((OK == 0)); then
    for name in a b; do
      if [[ -f $RUN_DIR/$name.log ]]; then
        echo "----- instance $name: last 80 lines of $RUN_DIR/$name.log -----"
        tail -n 80 "$RUN_DIR/$name.log" || true
      fi
    done
  fi
}
trap stop_instances EXIT
# A signal would otherwise end the shell without running the EXIT trap.
trap 'exit 130' INT
trap 'exit 143' TERM

echo "== Stage: two instances sharing PostgreSQL (127.0.0.1:$PORT_A and :$PORT_B, database $DB), ./mvnw -B test -Ptwin"
require_free_ports TWIN_PORT_A/TWIN_PORT_B "$PORT_A" "$PORT_B"
ensure_postgres

twin_jar

fresh_database "$DB"

mkdir -p "$RUN_DIR"
# The git source "handbook": refreshed only when asked (every hour otherwise), so a page that changes on B after a
# refresh asked of A shows that the refresh reached B.
HANDBOOK=$PWD/$RUN_DIR/handbook.git
HANDBOOK_WORK=$PWD/$RUN_DIR/handbook-work
rm -rf "$HANDBOOK" "$HANDBOOK_WORK" "$RUN_DIR/data-a" "$RUN_DIR/data-b"
git init -q --bare "$HANDBOOK"
git init -q "$HANDBOOK_WORK"
printf -- '---\ntitle: Twin handbook\n---\nFirst version.\n' >"$HANDBOOK_WORK/twin.md"
git -C "$HANDBOOK_WORK" add twin.md
git -C "$HANDBOOK_WORK" -c user.name=twin -c user.email=twin@localhost commit -qm "First version"
git -C "$HANDBOOK_WORK" remote add origin "$HANDBOOK"
git -C "$HANDBOOK_WORK" push -q origin HEAD:refs/heads/main
SECRET="twin-$(date +%s)-$RANDOM$RANDOM"
for name in a b; do
  port=$PORT_A; [[ $name == b ]] && port=$PORT_B
  java -XX:+UseSerialGC -Xmx256m -XX:TieredStopAtLevel=1 \
    -Dquarkus.profile=twin \
    -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$port" \
    -Dquarkus.datasource.jdbc.url="jdbc:postgresql://$PGHOST:$PGPORT/$DB" -Dquarkus.datasource.username="$PGUSER" \
    -Dsignpost.security.local-sign-in.session-secret="$SECRET" \
    -Dsignpost.sources.handbook.url="file://$HANDBOOK" -Dsignpost.sources.handbook.ref=main \
    -Dsignpost.sources.handbook.refresh-every=1h \
    -Dsignpost.data-dir="./$RUN_DIR/data-$name" \
    -jar "$JAR" >"$RUN_DIR/$name.log" 2>&1 &
  PIDS+=($!)
done

for port in "$PORT_A" "$PORT_B"; do
  ready=0
  for ((i = 0; i < READY_TIMEOUT_S * 2; i++)); do
    if curl -sf -o /dev/null --max-time 2 "http://127.0.0.1:$port/q/health/ready"; then ready=1; break; fi
    for pid in "${PIDS[@]}"; do kill -0 "$pid" 2>/dev/null || { echo "an instance exited during start-up" >&2; exit 1; }; done
    sleep 0.5
  done
  ((ready)) || { echo "127.0.0.1:$port not ready within $READY_TIMEOUT_S s" >&2; exit 1; }
  echo "127.0.0.1:$port is ready"
done

./mvnw -B test -Ptwin -Dtest='dev.signpost.twin.**' -Dtwin.a.url="http://127.0.0.1:$PORT_A" -Dtwin.b.url="http://127.0.0.1:$PORT_B" \
  -Dtwin.handbook.work="$HANDBOOK_WORK"
for name in a b; do grep -q "Live updates go through PostgreSQL" "$RUN_DIR/$name.log"; done
OK=1

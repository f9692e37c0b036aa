#!/usr/bin/env bash
# A local Keycloak for the code-flow tests (-Pkeycloak) and for trying the real sign-in by hand:
#   src/test/keycloak/keycloak.sh start   # Keycloak on http://127.0.0.1:8180 with the signpost realm
#   src/test/keycloak/keycloak.sh stop
# Development only: the realm (deploy/keycloak/signpost-realm.json) has published passwords and a published client
# secret, and the admin console's account is admin/admin. Keycloak listens on 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/../../.."

readonly VERSION=26.5.6
readonly PORT=8180
readonly WORK=target/keycloak
readonly DIST="$WORK/keycloak-$VERSION"
readonly PID_FILE="$WORK/kc.pid"
readonly LOG="$WORK/kc.log"
readonly REALM_FILE=deploy/keycloak/signpost-realm.json
readonly READY_URL="http://127.0.0.1:$PORT/realms/signpost/.well-known/openid-configuration"
readonly START_TIMEOUT=${KEYCLOAK_START_TIMEOUT:-120}
readonly STOP_TIMEOUT=30

running_pid() {
  [[ -f "$PID_FILE" ]] || return 1
  local pid
  pid=$(cat "$PID_FILE")
  [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null && echo "$pid"
}

ready() {
  [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$READY_URL" || true)" == 200 ]]
}

install() {
  if [[ -x "$DIST/bin/kc.sh" ]]; then
    return
  fi
  local zip="$WORK/keycloak-quarkus-dist-$VERSION.zip"
  if [[ ! -f "$zip" ]]; then
    echo "Downloading Keycloak $VERSION (about 165 MB) into $WORK"
    ./mvnw -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
      -Dartifact="org.keycloak:keycloak-quarkus-dist:$VERSION:zip" -DoutputDirectory="$WORK"
  fi
  # Unzip next to the final place and move it there, so an interrupted unzip is never taken for a finished one.
  rm -rf "$WORK/unzip"
  unzip -q "$zip" -d "$WORK/unzip"
  mv "$WORK/unzip/keycloak-$VERSION" "$DIST"
  rm -rf "$WORK/unzip"
}

start() {
  local tool pid
  for tool in curl unzip; do
    command -v "$tool" >/dev/null || { echo "keycloak.sh needs $tool" >&2; exit 1; }
  done
  if pid=$(running_pid); then
    if ready; then
      echo "Keycloak is already running (pid $pid) on http://127.0.0.1:$PORT"
      return
    fi
    echo "A Keycloak started earlier (pid $pid) does not answer; stopping it first"
    stop
  fi
  if ready || curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$PORT/"; then
    echo "Something not started by this script already listens on 127.0.0.1:$PORT; stop it and try again" >&2
    exit 1
  fi
  mkdir -p "$WORK"
  install
  # A fresh database on every start: the realm is always exactly the one in the repository (--import-realm skips a
  # realm that already exists), and no session survives from an earlier run.
  rm -rf "$DIST/data/h2" "$DIST/data/import"
  mkdir -p "$DIST/data/import"
  cp "$REALM_FILE" "$DIST/data/import/"

  echo "Starting Keycloak $VERSION on http://127.0.0.1:$PORT (log: $LOG)"
  # setsid: Keycloak gets a process group of its own, so that stop ends it with all its children, and a Ctrl-C in
  # this terminal does not.
  KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
    setsid "$DIST/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port="$PORT" --import-realm \
    >"$LOG" 2>&1 </dev/null &
  echo $! >"$PID_FILE"

  local waited=0
  until ready; do
    if ! running_pid >/dev/null; then
      echo "Keycloak exited during start-up; the end of $LOG:" >&2
      tail -n 40 "$LOG" >&2
      rm -f "$PID_FILE"
      exit 1
    fi
    if ((waited >= START_TIMEOUT)); then
      echo "Keycloak did not answer $READY_URL within ${START_TIMEOUT}s; the end of $LOG:" >&2
      tail -n 40 "$LOG" >&2
      stop
      exit 1
    fi
    sleep 1
    waited=$((waited + 1))
  done
  echo "Keycloak is ready after ${waited}s: realm signpost, users alice, sam, maya, ada (password = user name)"
}

stop() {
  local pid
  if ! pid=$(running_pid); then
    rm -f "$PID_FILE"
    echo "Keycloak is not running"
    return
  fi
  echo "Stopping Keycloak (pid $pid)"
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  local waited=0
  while kill -0 -- "-$pid" 2>/dev/null; do
    if ((waited >= STOP_TIMEOUT)); then
      echo "Keycloak did not stop within ${STOP_TIMEOUT}s; killing it"
      kill -KILL -- "-$pid" 2>/dev/null || true
      sleep 1
      break
    fi
    sleep 1
    waited=$((waited + 1))
  done
  rm -f "$PID_FILE"
  echo "Keycloak stopped"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac

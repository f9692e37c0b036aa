#!/usr/bin/env bash
# Operator's controls for the load-balanced CI stage (src/test/lb/ci-stage.sh): three packaged instances a, b, c behind
# a private nginx, sharing a private PostgreSQL cluster. The stage and the test (dev.signpost.lb, through
# ProcessBuilder) call it; it reads everything from the LB_* variables that ci-stage.sh exports.
#
#   instance.sh start NAME      start instance NAME (a, b or c) in the background; its pid goes to $LB_RUN_DIR/NAME.pid
#   instance.sh await NAME      wait until NAME answers /q/health/ready (at most LB_READY_TIMEOUT_S)
#   instance.sh stop NAME       SIGTERM, then wait for it to exit (at most 30 s, then SIGKILL and fail)
#   instance.sh kill NAME       SIGKILL, as a crash would
#   instance.sh drain NAME      take NAME out of nginx's rotation (server ... down; reload) and wait until every
#                               request nginx had sent to it is answered (the old nginx workers have exited)
#   instance.sh undrain NAME    put NAME back in rotation (reload)
#   instance.sh restart NAME    one step of a rolling restart: drain, stop, start, await, undrain
#   instance.sh nginx-start     write the nginx configuration (no server down) and start nginx
#   instance.sh pg-stop         stop the PostgreSQL cluster (fast: open connections are ended)
#   instance.sh pg-start        start it again and wait until it accepts connections
set -euo pipefail

: "${LB_RUN_DIR:?} ${LB_JAR:?} ${LB_SECRET:?} ${LB_PG_VERSION:?} ${LB_PG_CLUSTER:?} ${LB_PG_PORT:?} ${LB_DB:?}"
: "${LB_NGINX_PORT:?} ${LB_PORT_A:?} ${LB_PORT_B:?} ${LB_PORT_C:?}"
READY_TIMEOUT_S=${LB_READY_TIMEOUT_S:-90}
NGINX_CONF=$LB_RUN_DIR/nginx/nginx.conf
NGINX=(nginx -p "$LB_RUN_DIR/nginx/" -c "$NGINX_CONF" -e "$LB_RUN_DIR/nginx/error.log")

fail() { echo "instance.sh: $*" >&2; exit 1; }

port_of() {
  case $1 in
    a) echo "$LB_PORT_A" ;;
    b) echo "$LB_PORT_B" ;;
    c) echo "$LB_PORT_C" ;;
    *) fail "no instance '$1' (a, b or c)" ;;
  esac
}

pid_of() { cat "$LB_RUN_DIR/$1.pid" 2>/dev/null || true; }

start() {
  local name=$1 port
  port=$(port_of "$name")
  # Appends, so a restarted instance's log follows its earlier life.
  echo "===== $(date -u +%FT%T.%3NZ) start" >>"$LB_RUN_DIR/$name.log"
  java -XX:+UseSerialGC -Xmx256m -XX:TieredStopAtLevel=1 \
    -Dquarkus.profile=twin \
    -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$port" \
    -Dquarkus.datasource.jdbc.url="jdbc:postgresql://127.0.0.1:$LB_PG_PORT/$LB_DB" -Dquarkus.datasource.username=postgres \
    -Dsignpost.security.local-sign-in.session-secret="$LB_SECRET" \
    -Dsignpost.data-dir="$LB_RUN_DIR/data-$name" \
    -Dsignpost.notifications.instance="lb-$name" \
    -jar "$LB_JAR" >>"$LB_RUN_DIR/$name.log" 2>&1 </dev/null &
  echo $! >"$LB_RUN_DIR/$name.pid"
}

await() {
  local name=$1 port pid
  port=$(port_of "$name")
  pid=$(pid_of "$name")
  local deadline=$((SECONDS + READY_TIMEOUT_S))
  while ((SECONDS < deadline)); do
    if curl -sf -o /dev/null --max-time 2 "http://127.0.0.1:$port/q/health/ready"; then return 0; fi
    [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null || fail "instance $name exited during start-up (see $LB_RUN_DIR/$name.log)"
    sleep 0.25
  done
  fail "instance $name (127.0.0.1:$port) not ready within $READY_TIMEOUT_S s"
}

stop() {
  local name=$1 pid i
  pid=$(pid_of "$name")
  [[ -n $pid ]] || fail "instance $name has no pid file"
  kill -TERM "$pid" 2>/dev/null || fail "instance $name (pid $pid) was not running"
  for ((i = 0; i < 300; i++)); do
    kill -0 "$pid" 2>/dev/null || { rm -f "$LB_RUN_DIR/$name.pid"; return 0; }
    sleep 0.1
  done
  kill -KILL "$pid" 2>/dev/null || true
  fail "instance $name did not stop within 30 s of SIGTERM (killed)"
}

crash() {
  local name=$1 pid i
  pid=$(pid_of "$name")
  [[ -n $pid ]] || fail "instance $name has no pid file"
  kill -KILL "$pid"
  for ((i = 0; i < 100; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
  rm -f "$LB_RUN_DIR/$name.pid"
}

# The upstream of three instances, round-robin without stickiness. A server marked down in $LB_RUN_DIR/nginx/down
# gets no new requests after a reload.
write_conf() {
  local name port mark
  mkdir -p "$LB_RUN_DIR/nginx/logs"
  touch "$LB_RUN_DIR/nginx/down"
  {
    cat <<EOF
worker_processes 1;
pid $LB_RUN_DIR/nginx/nginx.pid;
error_log $LB_RUN_DIR/nginx/error.log info;
events { worker_connections 1024; }
http {
  log_format upstream '\$time_iso8601 \$request_method \$uri \$status upstream=\$upstream_addr upstream_status=\$upstream_status \$request_time';
  access_log $LB_RUN_DIR/nginx/access.log upstream;
  upstream signpost {
EOF
    for name in a b c; do
      port=$(port_of "$name")
      mark=""
      grep -qx "$name" "$LB_RUN_DIR/nginx/down" && mark=" down"
      # max_fails: a refused connection (an instance that crashed) takes it out for fail_timeout; the request itself
      # goes on to the next server (proxy_next_upstream error).
      echo "    server 127.0.0.1:$port max_fails=1 fail_timeout=2s$mark;"
    done
    cat <<EOF
  }
  server {
    listen 127.0.0.1:$LB_NGINX_PORT;
    # One connection per client request: a reload closes the old workers' idle client connections, and a client that
    # sent a POST on one at that moment cannot know whether it arrived (browsers resend it; Java's HttpClient does not).
    keepalive_timeout 0;
    client_max_body_size 1m;
    location / {
      proxy_pass http://signpost;
      proxy_http_version 1.1;
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      # A connection error or timeout goes to the next instance: always before a request was sent (refused), and
      # afterwards only for idempotent methods; nginx never resends a POST it had sent. A 503 is the answer of an
      # instance whose database is down; the others share that database, so it is passed on, not retried.
      proxy_next_upstream error timeout;
      proxy_next_upstream_tries 3;
      proxy_next_upstream_timeout 10s;
      proxy_connect_timeout 2s;
      proxy_read_timeout 30s;
      # Server-sent events pass through unbuffered.
      proxy_buffering off;
      add_header X-Upstream \$upstream_addr always;
    }
  }
}
EOF
  } >"$NGINX_CONF.new"
  mv "$NGINX_CONF.new" "$NGINX_CONF"
}

nginx_master() { cat "$LB_RUN_DIR/nginx/nginx.pid"; }

# Reloads and waits until the workers that ran the previous configuration have exited: every request they had sent
# upstream has then been answered.
reload() {
  local master old pid i
  write_conf
  "${NGINX[@]}" -t -q || fail "nginx refused the new configuration"
  master=$(nginx_master)
  old=$(pgrep -P "$master" | tr '\n' ' ')
  "${NGINX[@]}" -s reload
  for ((i = 0; i < 300; i++)); do
    local alive=0
    for pid in $old; do kill -0 "$pid" 2>/dev/null && alive=1; done
    ((alive)) || return 0
    sleep 0.05
  done
  fail "nginx's old workers still run 15 s after the reload"
}

drain() {
  port_of "$1" >/dev/null
  grep -qx "$1" "$LB_RUN_DIR/nginx/down" 2>/dev/null || echo "$1" >>"$LB_RUN_DIR/nginx/down"
  reload
}

undrain() {
  port_of "$1" >/dev/null
  local rest
  rest=$(grep -vx "$1" "$LB_RUN_DIR/nginx/down" || true)
  printf '%s' "${rest:+$rest$'\n'}" >"$LB_RUN_DIR/nginx/down"
  reload
}

nginx_start() {
  mkdir -p "$LB_RUN_DIR/nginx"
  : >"$LB_RUN_DIR/nginx/down"
  write_conf
  "${NGINX[@]}" -t -q || fail "nginx refused its configuration"
  "${NGINX[@]}"
  local i
  for ((i = 0; i < 40; i++)); do
    (exec 3<>"/dev/tcp/127.0.0.1/$LB_NGINX_PORT") 2>/dev/null && return 0
    sleep 0.25
  done
  fail "nginx does not listen on 127.0.0.1:$LB_NGINX_PORT"
}

pg_ready() {
  local i
  for ((i = 0; i < 120; i++)); do
    pg_isready -h 127.0.0.1 -p "$LB_PG_PORT" -q && return 0
    sleep 0.25
  done
  fail "PostgreSQL on 127.0.0.1:$LB_PG_PORT not ready within 30 s"
}

command=${1:-}
case $command in
  start) start "${2:?instance}" ;;
  await) await "${2:?instance}" ;;
  stop) stop "${2:?instance}" ;;
  kill) crash "${2:?instance}" ;;
  drain) drain "${2:?instance}" ;;
  undrain) undrain "${2:?instance}" ;;
  restart)
    drain "${2:?instance}"
    stop "$2"
    start "$2"
    await "$2"
    undrain "$2"
    ;;
  nginx-start) nginx_start ;;
  pg-stop) pg_ctlcluster --skip-systemctl-redirect "$LB_PG_VERSION" "$LB_PG_CLUSTER" stop -m fast ;;
  pg-start)
    pg_ctlcluster --skip-systemctl-redirect "$LB_PG_VERSION" "$LB_PG_CLUSTER" start
    pg_ready
    ;;
  *) fail "unknown command '$command'" ;;
esac

#!/usr/bin/env bash
# Content sources benchmark (issue: docs from many git repositories). Two phases, each with a fresh app:
#  A. SOURCES git repositories of PAGES generated pages each (file:// bare repositories): time from the JVM's launch until
#     every page of every source is listed, and the app's own "Content loaded" figure.
#  B. one repository of BIG_FILES pages: PUSHES times a one-file commit pushed, then a signed push webhook; the time
#     until the changed page is served (target < 1 s), and the refresh itself from the app's log (target < 200 ms).
# Usage (from the repository root): src/bench/run-sources-benchmark.sh
# Options: SOURCES=20 PAGES=500 BIG_FILES=10000 PUSHES=5 PORT=8397 SKIP_BUILD=0 BENCH_DIR=target/bench-sources
#          JAVA_OPTS="-XX:+UseSerialGC -Xmx768m" (the app's JVM)
# Needs java, git. Binds 127.0.0.1 only; stops the app however it ends.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"

SOURCES=${SOURCES:-20}
PAGES=${PAGES:-500}
BIG_FILES=${BIG_FILES:-10000}
PUSHES=${PUSHES:-5}
PORT=${PORT:-8397}
SKIP_BUILD=${SKIP_BUILD:-0}
BENCH_DIR=${BENCH_DIR:-target/bench-sources}
JAVA_OPTS=${JAVA_OPTS:--XX:+UseSerialGC -Xmx768m}
SECRET=bench-webhook-secret
JAR=target/quarkus-app/quarkus-run.jar
BASE="http://127.0.0.1:$PORT"
APP_PID=""

log() { printf '[sources-bench] %s\n' "$*"; }
stop_app() {
  if [[ -n $APP_PID ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill -TERM "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=""
}
trap stop_app EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

command -v git >/dev/null || { echo "git is needed" >&2; exit 2; }
if [[ $SKIP_BUILD != 1 ]]; then
  log "building the demo jar"
  ./mvnw -B -q package -DskipTests -Dquarkus.profile=demo
fi
[[ -f $JAR ]] || { echo "$JAR not found" >&2; exit 1; }
rm -rf "$BENCH_DIR"
mkdir -p "$BENCH_DIR/empty" "$BENCH_DIR/repos"
printf -- '---\ntitle: Bench home\n---\nSources benchmark.\n' > "$BENCH_DIR/empty/index.md"
javac -d "$BENCH_DIR/classes" src/bench/SourcesProbe.java

# make_repo NAME SEED_DIR: a bare repository BENCH_DIR/repos/bench/NAME.git with SEED_DIR's files in one commit
make_repo() {
  local work="$BENCH_DIR/repos/work-$1"
  rm -rf "$work" && mkdir -p "$work" && cp -r "$2/." "$work/"
  git -C "$work" init -q -b main
  git -C "$work" add -A
  git -C "$work" -c user.name=Bench -c user.email=bench@example.com commit -qm "$1" --date="2026-11-01T10:00:00Z"
  git clone -q --bare "$work" "$BENCH_DIR/repos/bench/$1.git"
}

start_app() { # start_app LOG ARGS...: the demo jar with the given -D options
  local out=$1; shift
  LAUNCHED=$(date +%s%3N)
  # shellcheck disable=SC2086
  java $JAVA_OPTS -Dquarkus.profile=demo -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" \
    -Dsignpost.data-dir="$ROOT/$BENCH_DIR/data" -Dsignpost.content.dir="$BENCH_DIR/empty" -Dsignpost.content.watch.enabled=false \
    -Dquarkus.log.category.\"dev.signpost.content.source\".level=DEBUG "$@" -jar "$JAR" >"$out" 2>&1 &
  APP_PID=$!
}

log "phase A: $SOURCES sources x $PAGES pages"
java src/bench/ContentGenerator.java "$BENCH_DIR/seed-a" "$PAGES" 42 "$(date -u +%F)" >/dev/null
ARGS=()
for i in $(seq 1 "$SOURCES"); do
  make_repo "s$i" "$BENCH_DIR/seed-a"
  ARGS+=("-Dsignpost.sources.s$i.url=file://$ROOT/$BENCH_DIR/repos/bench/s$i.git")
done
expected=$(( $(find "$BENCH_DIR/seed-a" -name '*.md' | wc -l) * SOURCES + 1 ))
start_app "$BENCH_DIR/app-a.log" -Dsignpost.sources.fetch-threads=4 "${ARGS[@]}"
first_ms=$(java -cp "$BENCH_DIR/classes" SourcesProbe first "$BASE" "$expected" 180000 "$LAUNCHED") || { tail -40 "$BENCH_DIR/app-a.log"; exit 1; }
loaded=$(grep -o 'Content loaded: [0-9]* documents in [0-9]* ms' "$BENCH_DIR/app-a.log" | head -1)
rss_kb=$(grep VmHWM "/proc/$APP_PID/status" | awk '{print $2}')
stop_app

log "phase B: one push into a repository of $BIG_FILES pages"
rm -rf "$BENCH_DIR/data"
java src/bench/ContentGenerator.java "$BENCH_DIR/seed-b" "$BIG_FILES" 7 "$(date -u +%F)" >/dev/null
make_repo big "$BENCH_DIR/seed-b"
printf '%s' "$SECRET" > "$BENCH_DIR/secret"
start_app "$BENCH_DIR/app-b.log" "-Dsignpost.sources.big.url=file://$ROOT/$BENCH_DIR/repos/bench/big.git" \
  "-Dsignpost.sources.big.webhook-secret-file=$ROOT/$BENCH_DIR/secret" -Dsignpost.sources.big.refresh-every=1h
big_expected=$(( $(find "$BENCH_DIR/seed-b" -name '*.md' | wc -l) + 1 ))
big_first_ms=$(java -cp "$BENCH_DIR/classes" SourcesProbe first "$BASE" "$big_expected" 300000 "$LAUNCHED") || { tail -40 "$BENCH_DIR/app-b.log"; exit 1; }
# steady state: measure pushes once the start-up work (search index, history walk) is done
for _ in $(seq 1 600); do grep -q "Search index built" "$BENCH_DIR/app-b.log" && break; sleep 0.2; done
sleep 2
page=$(cd "$BENCH_DIR/repos/work-big" && find . -name 'page-*.md' -print -quit)
page=${page#./}
url="/docs/big/${page%.md}"
served=()
for n in $(seq 1 "$PUSHES"); do
  marker="bench-push-$n-$RANDOM$RANDOM"
  printf '\nChanged by push %s.\n' "$marker" >> "$BENCH_DIR/repos/work-big/$page"
  git -C "$BENCH_DIR/repos/work-big" -c user.name=Bench -c user.email=bench@example.com commit -qam "push $n"
  git -C "$BENCH_DIR/repos/work-big" push -q "$ROOT/$BENCH_DIR/repos/bench/big.git" main
  served+=("$(java -cp "$BENCH_DIR/classes" SourcesProbe push "$BASE" big "$SECRET" "$url" "$marker" 10000)")
  sleep 1.2
done
refreshes=$(grep -o 'Source big at [0-9a-f]*, refreshed in [0-9]* ms' "$BENCH_DIR/app-b.log" | tail -n "$PUSHES" | sed 's/.*refreshed in //; s/ ms//' | paste -sd' ')
fetches=$(grep -o 'refreshed in [0-9]* ms (fetch [0-9]* ms' "$BENCH_DIR/app-b.log" | tail -n "$PUSHES" | sed 's/.*fetch //; s/ ms//' | paste -sd' ')
stop_app

printf '\n%-58s %s\n' "measure" "result"
printf '%-58s %s\n' "A: launch -> all $SOURCES x $PAGES pages listed ($expected)" "$first_ms ms"
printf '%-58s %s\n' "A: the app's first load (all sources, fetch+parse+snapshot)" "${loaded#Content loaded: }"
printf '%-58s %s\n' "A: peak RSS" "$((rss_kb / 1024)) MiB"
printf '%-58s %s\n' "B: launch -> all $big_expected pages of one repository listed" "$big_first_ms ms"
printf '%-58s %s\n' "B: webhook -> changed page served, each push (target <1000)" "${served[*]} ms"
printf '%-58s %s\n' "B: refresh of one changed file, from the app log (target <200)" "$refreshes ms"
printf '%-58s %s\n' "B: of which the fetch from the mirror's remote" "$fetches ms"
printf '%-58s %s\n' "machine" "$(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg)"

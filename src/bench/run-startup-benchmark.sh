#!/usr/bin/env bash
# Start-up against Hugo, in one run: the time from `java -jar` to every page of a generated tree served, cold (a new
# data folder) and warm (a restart over unchanged content, the usual deploy), and the peak memory of that start, each
# as a ratio to Hugo's full build of the same tree measured just before.
#
# Usage (from the repository root):  src/bench/run-startup-benchmark.sh
#
# Options (environment variables):
#   PAGES=5000 SEED=42     the generated tree (src/bench/ContentGenerator.java; about 2 % more index pages)
#   PORT=8095              the app's loopback port
#   JAVA_OPTS=...          the app's JVM options; default: the ones Signpost ships (README, Dockerfile)
#   HUGO_RUNS=3            Hugo builds; the median is the anchor (peak memory: the largest)
#   SKIP_BUILD=0           1 = reuse target/serving/quarkus-run.jar (the demo jar of run-serving-benchmark.sh)
#   BENCH_DIR=target/startup-bench
#
# "Every page served": the app answers 503 until the whole tree is loaded, so the first 200 for the deepest page marks
# the moment every page is served; afterwards every page is requested once and must answer 200 (not timed).
# Installs hugo with apt-get when missing. Exit status: 0 when measured, 1 when the app or Hugo failed.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"

PAGES=${PAGES:-5000}
SEED=${SEED:-42}
PORT=${PORT:-8095}
SHIPPED_JAVA_OPTS="-XX:+UseSerialGC"
JAVA_OPTS=${JAVA_OPTS:-$SHIPPED_JAVA_OPTS}
HUGO_RUNS=${HUGO_RUNS:-3}
SKIP_BUILD=${SKIP_BUILD:-0}
BENCH_DIR=${BENCH_DIR:-target/startup-bench}
JAR=${JAR:-target/serving/quarkus-run.jar}

log() { printf '[startup] %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }

if ! command -v hugo >/dev/null; then
  log "installing hugo"
  (apt-get update -qq && apt-get install -y -qq hugo >/dev/null) || die "could not install hugo"
fi
[[ -x /usr/bin/time ]] || { (apt-get update -qq && apt-get install -y -qq time >/dev/null) || die "could not install time"; }

rm -rf "$BENCH_DIR"
mkdir -p "$BENCH_DIR"
BENCH_DIR=$(cd "$BENCH_DIR" && pwd)
CONTENT="$BENCH_DIR/content"
APP_PID=""
cleanup() { [[ -n "$APP_PID" ]] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true; }
trap cleanup EXIT INT TERM

if [[ "$SKIP_BUILD" != 1 || ! -f "$JAR" ]]; then
  log "building the demo jar"
  ./mvnw -B -q package -DskipTests -Dquarkus.profile=demo -Dquarkus.package.output-directory=serving || die "build failed"
fi
javac -d "$BENCH_DIR/classes" src/bench/Probe.java
PROBE=(java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$BENCH_DIR/classes" Probe)

log "generating $PAGES pages (seed $SEED)"
java src/bench/ContentGenerator.java "$CONTENT" "$PAGES" "$SEED" "$(date -u +%F)" >/dev/null
mapfile -t FILES < <(cd "$CONTENT" && find . -type f -name '*.md' | sed 's|^\./||' | LC_ALL=C sort)
url_of() {
  local rel=${1%.md}
  case $rel in
    index) echo / ;;
    */index) echo "/docs/${rel%/index}" ;;
    *) echo "/docs/$rel" ;;
  esac
}
: >"$BENCH_DIR/urls.txt"
for f in "${FILES[@]}"; do echo "http://127.0.0.1:$PORT$(url_of "$f")" >>"$BENCH_DIR/urls.txt"; done
DEEP=$(grep '/page-' "$BENCH_DIR/urls.txt" | tail -1)

# --- the anchor: Hugo's full build of the same Markdown, with a minimal theme (page, section list, navigation) ---------
SITE="$BENCH_DIR/hugo"
mkdir -p "$SITE/layouts/_default"
cp -r "$CONTENT" "$SITE/content"
# a folder's index.md is Hugo's _index.md (a section); as index.md it would make the folder one page
find "$SITE/content" -name index.md -execdir mv index.md _index.md \;
cat >"$SITE/hugo.toml" <<'EOF'
baseURL = "http://127.0.0.1/"
title = "Signpost benchmark"
disableKinds = ["taxonomy", "term", "RSS", "sitemap"]
[markup.goldmark.renderer]
unsafe = false
EOF
cat >"$SITE/layouts/_default/baseof.html" <<'EOF'
<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><nav><ul>{{ range .Site.Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></nav>
<main>{{ block "main" . }}{{ end }}</main></body></html>
EOF
cat >"$SITE/layouts/_default/single.html" <<'EOF'
{{ define "main" }}<h1>{{ .Title }}</h1>{{ .TableOfContents }}{{ .Content }}{{ end }}
EOF
cat >"$SITE/layouts/_default/list.html" <<'EOF'
{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
EOF
HUGO_MS=()
HUGO_KB=()
for ((i = 1; i <= HUGO_RUNS; i++)); do
  rm -rf "$SITE/public" "$SITE/resources"
  start=$(date +%s%N)
  /usr/bin/time -f '%M' -o "$BENCH_DIR/hugo-time.txt" hugo --source "$SITE" --quiet >"$BENCH_DIR/hugo.log" 2>&1 \
    || { tail -20 "$BENCH_DIR/hugo.log" >&2; die "hugo failed"; }
  HUGO_MS+=($((($(date +%s%N) - start) / 1000000)))
  HUGO_KB+=("$(tail -1 "$BENCH_DIR/hugo-time.txt")")
done
HUGO_PAGES=$(find "$SITE/public" -name index.html | wc -l)
HUGO_MEDIAN=$(printf '%s\n' "${HUGO_MS[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
HUGO_PEAK_MB=$(printf '%s\n' "${HUGO_KB[@]}" | sort -n | tail -1 | awk '{ printf "%d", $1 / 1024 }')
log "hugo: ${HUGO_MS[*]} ms, peak ${HUGO_PEAK_MB} MiB, $HUGO_PAGES pages written"

# --- Signpost: cold, then warm over the same data folder ---------------------------------------------------------------
# start_signpost NAME: prints "ms peak-MiB"
start_signpost() {
  local name=$1 start out rc=0 peak
  start=$(($(date +%s%N) / 1000000))
  # shellcheck disable=SC2086
  java $JAVA_OPTS -Dquarkus.profile=demo -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" \
    -Dsignpost.content.dir="$CONTENT" -Dsignpost.data-dir="$BENCH_DIR/data" -jar "$JAR" >"$BENCH_DIR/app-$name.log" 2>&1 &
  APP_PID=$!
  out=$("${PROBE[@]}" first-page "$DEEP" 120000 "$start" "$APP_PID" 5 20) || rc=$?
  ((rc == 0)) || { tail -30 "$BENCH_DIR/app-$name.log" >&2; die "Signpost ($name) did not serve $DEEP (probe exit $rc)"; }
  peak=$(awk '$1 == "VmHWM:" { printf "%d", $2 / 1024 }' "/proc/$APP_PID/status")
  "${PROBE[@]}" get-many "$BENCH_DIR/urls.txt" >"$BENCH_DIR/get-many-$name.txt" 2>&1 \
    || { tail -5 "$BENCH_DIR/get-many-$name.txt" >&2; die "not every page answered 200 ($name)"; }
  kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
  echo "$(sed -n 's/^RESULT .*first_page_ms=\([0-9]*\).*/\1/p' <<<"$out") $peak"
}
read -r COLD_MS COLD_MB < <(start_signpost cold)
log "Signpost cold: $COLD_MS ms, peak $COLD_MB MiB"
read -r WARM_MS WARM_MB < <(start_signpost warm)
log "Signpost warm: $WARM_MS ms, peak $WARM_MB MiB"

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
verdict() { awk -v r="$1" -v m="$2" 'BEGIN { print (r + 0 <= m + 0) ? "PASS" : "FAIL" }'; }
printf '\n%-58s %10s %10s %7s  %-8s %s\n' "what" "Signpost" "Hugo" "ratio" "target" "verdict"
r=$(ratio "$COLD_MS" "$HUGO_MEDIAN"); printf '%-58s %7s ms %7s ms %6sx  %-8s %s\n' "start → all ${#FILES[@]} pages served, cold (new data folder)" "$COLD_MS" "$HUGO_MEDIAN" "$r" "≤ 1.0x" "$(verdict "$r" 1.0)"
r=$(ratio "$WARM_MS" "$HUGO_MEDIAN"); printf '%-58s %7s ms %7s ms %6sx  %-8s %s\n' "restart over unchanged content (warm)" "$WARM_MS" "$HUGO_MEDIAN" "$r" "≤ 0.5x" "$(verdict "$r" 0.5)"
r=$(ratio "$COLD_MB" "$HUGO_PEAK_MB"); printf '%-58s %6s MiB %6s MiB %6sx  %-8s %s\n' "peak RSS during the cold start" "$COLD_MB" "$HUGO_PEAK_MB" "$r" "≤ 0.6x" "$(verdict "$r" 0.6)"
r=$(ratio "$WARM_MB" "$HUGO_PEAK_MB"); printf '%-58s %6s MiB %6s MiB %6sx  %-8s %s\n' "peak RSS during the warm start" "$WARM_MB" "$HUGO_PEAK_MB" "$r" "≤ 0.6x" "$(verdict "$r" 0.6)"
printf '\n(Hugo runs: %s ms; JAVA_OPTS="%s"; %s CPUs; logs in %s)\n' "${HUGO_MS[*]}" "$JAVA_OPTS" "$(nproc)" "$BENCH_DIR"

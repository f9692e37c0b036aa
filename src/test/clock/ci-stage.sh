#!/usr/bin/env bash
# CI stage: the suites that meet a real clock, run again with the clock moved ahead by libfaketime (Debian's faketime),
# so that a test written with today's date in it fails here long before the calendar catches up with it.
#
# The @QuarkusTest suites run on the fixed TestClock; what still reads the real clock is a running instance (the twin
# stage: two packaged instances), Keycloak (its tokens' times), Chromium (cookies, scripts) and the OIDC layer. Each of
# those suites runs here once more with the clock of every process it starts moved ahead:
#   +120 days: the Keycloak code flow (Keycloak and the app on the moved clock);
#   +400 days: the twin instances (CLOCK_OFFSETS_TWIN="+120d +400d" runs them at both) and the browser tests whose
#   pages show dates (action items' due dates, Lean Coffee sessions, roadmap reviews, a rating once a day), with
#   Chromium and the app on the moved clock. The browser tests that
#   show no date (code blocks, feedback forms, search suggestions, triage) run once, in the browser stage: under
#   faketime every clock read is intercepted and the whole suite takes twice as long.
# PostgreSQL keeps the real clock, as a database server on another machine would. Maven runs offline (-o): the earlier
# stages downloaded everything, and TLS certificates must not be judged by a clock a year ahead.
#
# Options (environment variables): CLOCK_OFFSETS_TWIN="+120d +400d", CLOCK_OFFSET_KEYCLOAK=+120d,
# CLOCK_OFFSET_BROWSER=+400d (an empty value skips that suite). Needs target/twin/quarkus-run.jar from stage 5 (or
# builds it).
set -euo pipefail
cd "$(dirname "$0")/../../.."

TWIN_OFFSETS=${CLOCK_OFFSETS_TWIN-"+400d"}
KEYCLOAK_OFFSET=${CLOCK_OFFSET_KEYCLOAK-+120d}
BROWSER_OFFSET=${CLOCK_OFFSET_BROWSER-+400d}

if ! command -v faketime >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q faketime
fi

# A green run proves nothing unless the JVM really saw the moved clock.
check_moved() {
  local offset=$1 days expected seen
  days=${offset#+}
  days=${days%d}
  expected=$(date -u -d "+$days days" +%F)
  seen=$(faketime -f "$offset" java src/test/clock/Today.java)
  if [[ $seen != "$expected" ]]; then
    echo "faketime $offset: the JVM says today is $seen, expected $expected; the clock did not move" >&2
    exit 1
  fi
  echo "faketime $offset: the JVM's today is $seen"
}

export MAVEN_ARGS="${MAVEN_ARGS:-} -o"
SKIP_BUILD=0
[[ -f target/twin/quarkus-run.jar ]] && SKIP_BUILD=1
for offset in $TWIN_OFFSETS; do
  check_moved "$offset"
  echo "== Moved clock $offset: two instances sharing PostgreSQL"
  SKIP_BUILD=$SKIP_BUILD faketime -f "$offset" src/test/twin/ci-stage.sh
  SKIP_BUILD=1
done
if [[ -n $KEYCLOAK_OFFSET ]]; then
  check_moved "$KEYCLOAK_OFFSET"
  echo "== Moved clock $KEYCLOAK_OFFSET: the authorization-code flow against Keycloak"
  faketime -f "$KEYCLOAK_OFFSET" src/test/keycloak/ci-stage.sh
fi
if [[ -n $BROWSER_OFFSET ]]; then
  check_moved "$BROWSER_OFFSET"
  echo "== Moved clock $BROWSER_OFFSET: the end-to-end tests in headless Chromium"
  MAVEN_ARGS="$MAVEN_ARGS -Dtest=${BROWSER_TESTS:-ActionItemBrowserTest,LeanCoffeeBrowserTest,RoadmapReviewBrowserTest,PageFeedbackBrowserTest} -Dsurefire.failIfNoSpecifiedTests=false" \
    faketime -f "$BROWSER_OFFSET" src/test/e2e/ci-stage.sh
fi

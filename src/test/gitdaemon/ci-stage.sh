#!/usr/bin/env bash
# CI stage: git sources against a real git server over the network. The tests (tag gitdaemon, src/test/java/dev/signpost/
# gitdaemon) start `git daemon` on 127.0.0.1 themselves, push to it over git://, stop it mid-run and start it again;
# this script only makes sure Debian's git is installed. The daemon is stopped however the tests end.
set -euo pipefail
cd "$(dirname "$0")/../../.."

echo "== Stage: ./mvnw -B test -Pgitdaemon (git daemon on 127.0.0.1)"
if ! command -v git >/dev/null || [[ ! -x "$(git --exec-path)/git-daemon" ]]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q git
fi
git --version
cleanup() {
  local pid_file=target/test-content/git-daemon/served/daemon.pid
  if [[ -f $pid_file ]]; then kill "$(cat "$pid_file")" 2>/dev/null || true; fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
./mvnw -B test -Pgitdaemon

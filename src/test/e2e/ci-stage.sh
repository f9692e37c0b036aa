#!/usr/bin/env bash
# CI stage: the end-to-end tests in a real headless Chromium (src/test/java/dev/signpost/e2e, @Tag("browser")).
# Installs Debian's chromium and chromium-driver when they are missing (CI runs as root on a fresh Debian machine);
# nothing else is downloaded: the tests start /usr/bin/chromium through /usr/bin/chromedriver, never Selenium Manager.
set -euo pipefail
cd "$(dirname "$0")/../../.."

echo "== Stage: ./mvnw -B test -Pbrowser (headless Chromium)"
if ! { command -v chromium >/dev/null && command -v chromedriver >/dev/null; }; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q chromium chromium-driver
fi
chromium --version 2>/dev/null || true
chromedriver --version
./mvnw -B test -Pbrowser

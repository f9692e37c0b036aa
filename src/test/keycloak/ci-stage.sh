#!/usr/bin/env bash
# CI stage: the real authorization-code flow against a local Keycloak. Run it as a command of its own from .ci/run,
# not with `source`, so that its trap stays its own. Keycloak is stopped however the stage ends.
set -euo pipefail
cd "$(dirname "$0")/../../.."

echo "== Stage: ./mvnw -B test -Pkeycloak (Keycloak on 127.0.0.1:8180, realm deploy/keycloak/signpost-realm.json)"
trap 'src/test/keycloak/keycloak.sh stop' EXIT
# A signal would otherwise end the shell without running the EXIT trap.
trap 'exit 130' INT
trap 'exit 143' TERM
src/test/keycloak/keycloak.sh start
./mvnw -B test -Pkeycloak

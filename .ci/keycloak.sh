#!/usr/bin/env bash
# Fetch, start and stop a local Keycloak with the Custody demo realm (data-seeds/keycloak/custody-realm.json).
#
# Used by CI (.ci/run sources it) and by developers who want to run the Keycloak suite themselves:
#   source .ci/keycloak.sh && kc_start      # downloads once into the cache, starts on 127.0.0.1:8180
#   ./mvnw -B verify -Pkeycloak             # the OIDC tests (they fail when Keycloak is not running)
#   kc_stop
#
# Settings (environment variables, with defaults):
#   CUSTODY_KC_VERSION  Keycloak version (Maven Central org.keycloak:keycloak-quarkus-dist)  (default: 26.4.7)
#   CUSTODY_KC_CACHE    where the distribution is downloaded and unpacked   (default: ~/.cache/custody-ci)
#   CUSTODY_KC_PORT     HTTP port on 127.0.0.1                              (default: 8180)
#   CUSTODY_KC_WAIT     seconds to wait until the realm answers             (default: 240)
#   CUSTODY_KC_LOG      Keycloak's output                                   (default: target/ci/keycloak.log)
#
# Keycloak runs in development mode (start-dev, its own H2 database) on loopback only; the realm's users and
# the web client's secret are DEMO values. Every start begins from an empty Keycloak database and imports the
# realm file again, so a changed realm export is always what the tests see.

CUSTODY_KC_VERSION=${CUSTODY_KC_VERSION:-26.4.7}
CUSTODY_KC_CACHE=${CUSTODY_KC_CACHE:-${HOME}/.cache/custody-ci}
CUSTODY_KC_PORT=${CUSTODY_KC_PORT:-8180}
CUSTODY_KC_WAIT=${CUSTODY_KC_WAIT:-240}
CUSTODY_KC_LOG=${CUSTODY_KC_LOG:-target/ci/keycloak.log}
CUSTODY_KC_PID=

kc_home() { echo "${CUSTODY_KC_CACHE}/keycloak-${CUSTODY_KC_VERSION}"; }

# Download the distribution from Maven Central through the Maven wrapper (once) and unpack it (once).
kc_fetch() {
  local home archive
  home=$(kc_home)
  archive="${CUSTODY_KC_CACHE}/keycloak-quarkus-dist-${CUSTODY_KC_VERSION}.tar.gz"
  [[ -x "${home}/bin/kc.sh" ]] && return 0
  mkdir -p "${CUSTODY_KC_CACHE}"
  if [[ ! -s "$archive" ]]; then
    ./mvnw -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
        "-Dartifact=org.keycloak:keycloak-quarkus-dist:${CUSTODY_KC_VERSION}:tar.gz" \
        "-DoutputDirectory=${CUSTODY_KC_CACHE}" || return 1
  fi
  tar -xzf "$archive" -C "${CUSTODY_KC_CACHE}" || return 1
  [[ -x "${home}/bin/kc.sh" ]]
}

kc_ready() {
  curl -fs -o /dev/null --max-time 5 \
      "http://127.0.0.1:${CUSTODY_KC_PORT}/realms/custody/.well-known/openid-configuration"
}

# Start Keycloak with a fresh database and the realm imported; wait until the realm answers.
kc_start() {
  local home realm waited=0
  realm="$(pwd)/data-seeds/keycloak/custody-realm.json"
  command -v curl >/dev/null || apt-get install -y curl >/dev/null || return 1
  if kc_ready; then
    echo "ERROR: something already answers on 127.0.0.1:${CUSTODY_KC_PORT}; stop it first" >&2
    return 1
  fi
  kc_fetch || { echo "ERROR: could not download Keycloak ${CUSTODY_KC_VERSION}" >&2; return 1; }
  home=$(kc_home)
  rm -rf "${home}/data/h2" "${home}/data/import"
  mkdir -p "${home}/data/import" "$(dirname "${CUSTODY_KC_LOG}")"
  cp "$realm" "${home}/data/import/"
  # In a process group of its own: kc.sh runs Java as a child, and kc_stop must end both.
  setsid "${home}/bin/kc.sh" start-dev --http-host 127.0.0.1 --http-port "${CUSTODY_KC_PORT}" --import-realm \
      >"${CUSTODY_KC_LOG}" 2>&1 &
  CUSTODY_KC_PID=$!
  until kc_ready; do
    if ! kill -0 "$CUSTODY_KC_PID" 2>/dev/null; then
      echo "ERROR: Keycloak exited while starting; last lines of ${CUSTODY_KC_LOG}:" >&2
      tail -n 30 "${CUSTODY_KC_LOG}" >&2
      CUSTODY_KC_PID=
      return 1
    fi
    if (( waited >= CUSTODY_KC_WAIT )); then
      echo "ERROR: Keycloak not ready within ${CUSTODY_KC_WAIT}s; last lines of ${CUSTODY_KC_LOG}:" >&2
      tail -n 30 "${CUSTODY_KC_LOG}" >&2
      kc_stop
      return 1
    fi
    sleep 2
    waited=$((waited + 2))
  done
  echo "Keycloak ${CUSTODY_KC_VERSION} ready on 127.0.0.1:${CUSTODY_KC_PORT} after ~${waited}s (pid ${CUSTODY_KC_PID})"
}

# Stop the Keycloak this shell started (its process group: kc.sh and its Java), waiting up to 30 s.
kc_stop() {
  [[ -n "${CUSTODY_KC_PID}" ]] || return 0
  kill -TERM -- "-${CUSTODY_KC_PID}" 2>/dev/null || true
  local i
  for i in $(seq 1 30); do
    kill -0 -- "-${CUSTODY_KC_PID}" 2>/dev/null || break
    sleep 1
  done
  kill -KILL -- "-${CUSTODY_KC_PID}" 2>/dev/null || true
  CUSTODY_KC_PID=
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  echo "Source this file and call kc_start / kc_stop (see the comment at the top)." >&2
  exit 2
fi

#!/usr/bin/env bash
# The API contract against the packaged jar (README "The API contract"): start Custody (embedded sign-in, demo
# logins, an H2 database of its own), save the document it serves at /q/openapi, lint it with Redocly's recommended
# rules, generate the Java client from it and run the client's smoke test against the same Custody.
#
# Used by CI (.ci/run sources it, after the H2 suite has packaged the jar) and by developers:
#   ./mvnw -B package -DskipTests
#   source .ci/api-contract.sh && api_start && api_fetch && api_lint && api_client_test; api_stop
#
# Settings (environment variables, with defaults):
#   CUSTODY_API_PORT      HTTP port of the started Custody on 127.0.0.1       (default: 18280)
#   CUSTODY_REDOCLY       @redocly/cli version from the npm registry           (default: 2.77.0)
#   CUSTODY_REDOCLY_HOME  where it is installed once and reused                 (default: ~/.cache/custody-ci/redocly)
#   CUSTODY_API_WAIT      seconds to wait until Custody answers                 (default: 180)
#
# The demo login analyst/demo (DEMO CREDENTIALS of the embedded default) fetches the document.

CUSTODY_API_PORT=${CUSTODY_API_PORT:-18280}
CUSTODY_REDOCLY=${CUSTODY_REDOCLY:-2.77.0}
CUSTODY_REDOCLY_HOME=${CUSTODY_REDOCLY_HOME:-${HOME}/.cache/custody-ci/redocly}
CUSTODY_API_WAIT=${CUSTODY_API_WAIT:-180}
CUSTODY_API_DIR=target/api-contract
CUSTODY_API_PID=

api_url() { echo "http://127.0.0.1:${CUSTODY_API_PORT}"; }

# Start target/quarkus-app/quarkus-run.jar with its data in target/api-contract/data; wait for /q/health.
api_start() {
  local waited=0
  [[ -f target/quarkus-app/quarkus-run.jar ]] || { echo "ERROR: no packaged jar; run ./mvnw package first" >&2; return 1; }
  if curl -fs -o /dev/null --max-time 3 "$(api_url)/q/health"; then
    echo "ERROR: something already answers on $(api_url); stop it or set CUSTODY_API_PORT" >&2
    return 1
  fi
  rm -rf "${CUSTODY_API_DIR}"
  mkdir -p "${CUSTODY_API_DIR}/data"
  CUSTODY_DATA_DIR="$(pwd)/${CUSTODY_API_DIR}/data" CUSTODY_AUTH=embedded \
    java -Dquarkus.http.port="${CUSTODY_API_PORT}" -Dquarkus.http.host=127.0.0.1 \
      -jar target/quarkus-app/quarkus-run.jar >"${CUSTODY_API_DIR}/custody.log" 2>&1 &
  CUSTODY_API_PID=$!
  until curl -fs -o /dev/null --max-time 3 "$(api_url)/q/health"; do
    if ! kill -0 "$CUSTODY_API_PID" 2>/dev/null || (( waited >= CUSTODY_API_WAIT )); then
      echo "ERROR: Custody did not start on $(api_url); last lines of ${CUSTODY_API_DIR}/custody.log:" >&2
      tail -n 30 "${CUSTODY_API_DIR}/custody.log" >&2
      api_stop
      return 1
    fi
    sleep 2
    waited=$((waited + 2))
  done
  echo "Custody ready on $(api_url) after ~${waited}s (pid ${CUSTODY_API_PID})"
}

# Save the document as served (JSON) to target/api-contract/openapi.json.
api_fetch() {
  curl -fsS -u analyst:demo -o "${CUSTODY_API_DIR}/openapi.json" "$(api_url)/q/openapi?format=json" || {
    echo "ERROR: could not fetch $(api_url)/q/openapi" >&2
    return 1
  }
  echo "Saved ${CUSTODY_API_DIR}/openapi.json ($(wc -c <"${CUSTODY_API_DIR}/openapi.json") bytes)"
}

# Redocly CLI from the npm registry, installed once into the cache folder; its recommended rules, errors fail.
api_lint() {
  if [[ ! -x "${CUSTODY_REDOCLY_HOME}/node_modules/.bin/redocly" ]]; then
    command -v npm >/dev/null || { echo "ERROR: npm is missing (Node.js is needed for the lint)" >&2; return 1; }
    mkdir -p "${CUSTODY_REDOCLY_HOME}"
    (cd "${CUSTODY_REDOCLY_HOME}" && npm install --no-audit --no-fund --loglevel=error "@redocly/cli@${CUSTODY_REDOCLY}") \
      || { echo "ERROR: could not install @redocly/cli@${CUSTODY_REDOCLY}" >&2; return 1; }
  fi
  # Node 20 prints an end-of-life notice first; the lint runs all the same. No redocly.yaml: the recommended rules.
  "${CUSTODY_REDOCLY_HOME}/node_modules/.bin/redocly" lint --format=stylish --max-problems 200 \
      "${CUSTODY_API_DIR}/openapi.json"
}

# Generate the Java client from the saved document, compile it and run its smoke test against the running Custody.
api_client_test() {
  ./mvnw -B -Papi-client test "-Dcustody.api.spec=$(pwd)/${CUSTODY_API_DIR}/openapi.json" \
      "-Dcustody.api.url=$(api_url)"
}

api_stop() {
  [[ -n "${CUSTODY_API_PID}" ]] || return 0
  kill "${CUSTODY_API_PID}" 2>/dev/null || true
  local i
  for i in $(seq 1 30); do
    kill -0 "${CUSTODY_API_PID}" 2>/dev/null || break
    sleep 1
  done
  kill -KILL "${CUSTODY_API_PID}" 2>/dev/null || true
  CUSTODY_API_PID=
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  echo "Source this file and call api_start, api_fetch, api_lint, api_client_test, api_stop (see the top)." >&2
  exit 2
fi

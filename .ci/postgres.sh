#!/usr/bin/env bash
# Start a local PostgreSQL (Debian/Ubuntu packaging) and create the Custody role and database.
#
# Used by CI (.ci/run sources it) and by developers who want a local PostgreSQL for the `pg` profile.
#
# Usage (run as root, or as a user with sudo; idempotent, safe to run again):
#   sudo bash .ci/postgres.sh              # install if missing, start, create role + database, check login
#   sudo CUSTODY_PG_RECREATE=1 bash .ci/postgres.sh   # also drop and recreate the database (loses its data)
#
# Then, for example:
#   export CUSTODY_DB_URL=jdbc:postgresql://127.0.0.1:5432/custody_ci CUSTODY_DB_USER=custody \
#          CUSTODY_DB_PASSWORD=custody-ci
#   ./mvnw -B verify -Dquarkus.test.profile=test,pg
#
# Or source it and call the functions yourself (what .ci/run does):
#   source .ci/postgres.sh && pg_setup
#
# Settings (environment variables, with defaults):
#   CUSTODY_PG_VERSION   major version of the cluster to use   (default: newest in /etc/postgresql)
#   CUSTODY_PG_CLUSTER   cluster name                          (default: main)
#   CUSTODY_PG_DB        database name                         (default: custody_ci)
#   CUSTODY_PG_USER      role name, owner of the database      (default: custody)
#   CUSTODY_PG_PASSWORD  role password                         (default: custody-ci)
#   CUSTODY_PG_RECREATE  1 = drop and recreate the database    (default: 0)
#   CUSTODY_PG_WAIT      seconds to wait for the server        (default: 60)
#
# CI-ONLY CREDENTIAL: "custody-ci" is a throw-away password for a database that only listens on
# loopback of a CI or developer machine. Never use it for anything else.
#
# After pg_setup, CUSTODY_PG_PORT holds the cluster's port and CUSTODY_PG_JDBC_URL the JDBC URL.
# Any failure (no server, cannot start, cannot log in) is an error: the functions return non-zero.

: "${CUSTODY_PG_CLUSTER:=main}"
: "${CUSTODY_PG_DB:=custody_ci}"
: "${CUSTODY_PG_USER:=custody}"
: "${CUSTODY_PG_PASSWORD:=custody-ci}"   # CI-only credential, see above
: "${CUSTODY_PG_RECREATE:=0}"
: "${CUSTODY_PG_WAIT:=60}"

pg_log() { printf '[postgres] %s\n' "$*" >&2; }

# Run a command as root (directly, or through sudo for a developer's own account).
_pg_root() {
  if [[ ${EUID} -eq 0 ]]; then "$@"; else sudo "$@"; fi
}

# Run psql as the postgres superuser over the local socket (peer authentication).
# Extra arguments go to psql; SQL comes from stdin or -c. Runs from / so that the postgres
# user never complains about an unreadable working directory.
_pg_psql_super() {
  local args
  args=$(printf ' %q' -X -q -v ON_ERROR_STOP=1 -p "${CUSTODY_PG_PORT}" -d postgres "$@")
  if [[ ${EUID} -eq 0 ]]; then
    (cd / && su postgres -c "psql${args}")
  else
    (cd / && sudo -u postgres sh -c "psql${args}")
  fi
}

# Is a PostgreSQL server (not just the client) installed?
_pg_server_installed() {
  compgen -G '/usr/lib/postgresql/*/bin/postgres' >/dev/null && command -v pg_ctlcluster >/dev/null
}

pg_install() {
  if _pg_server_installed; then
    return 0
  fi
  pg_log "PostgreSQL server not installed: installing it with apt-get"
  _pg_root env DEBIAN_FRONTEND=noninteractive apt-get update || return 1
  _pg_root env DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql || return 1
  _pg_server_installed || { pg_log "ERROR: PostgreSQL server still missing after apt-get install"; return 1; }
}

# Pick the cluster version (newest configured cluster unless CUSTODY_PG_VERSION is set); create the
# cluster if the package did not (e.g. it was removed).
pg_select_cluster() {
  if [[ -z ${CUSTODY_PG_VERSION:-} ]]; then
    CUSTODY_PG_VERSION=$(
      for d in /etc/postgresql/*/"${CUSTODY_PG_CLUSTER}"; do
        [[ -d $d ]] && basename "$(dirname "$d")"
      done | sort -V | tail -n 1
    )
  fi
  if [[ -z ${CUSTODY_PG_VERSION} ]]; then
    CUSTODY_PG_VERSION=$(
      for b in /usr/lib/postgresql/*/bin/postgres; do
        [[ -x $b ]] && basename "$(dirname "$(dirname "$b")")"
      done | sort -V | tail -n 1
    )
    [[ -n ${CUSTODY_PG_VERSION} ]] || { pg_log "ERROR: no PostgreSQL server version found"; return 1; }
  fi
  if [[ ! -d /etc/postgresql/${CUSTODY_PG_VERSION}/${CUSTODY_PG_CLUSTER} ]]; then
    pg_log "creating cluster ${CUSTODY_PG_VERSION}/${CUSTODY_PG_CLUSTER}"
    _pg_root pg_createcluster "${CUSTODY_PG_VERSION}" "${CUSTODY_PG_CLUSTER}" || return 1
  fi
  # Port of the cluster (5432 for the first cluster of a machine).
  CUSTODY_PG_PORT=$(pg_conftool -s "${CUSTODY_PG_VERSION}" "${CUSTODY_PG_CLUSTER}" show port 2>/dev/null || true)
  : "${CUSTODY_PG_PORT:=5432}"
  export CUSTODY_PG_VERSION CUSTODY_PG_PORT
  pg_log "using cluster ${CUSTODY_PG_VERSION}/${CUSTODY_PG_CLUSTER} on port ${CUSTODY_PG_PORT}"
}

_pg_log_tail() {
  local f="/var/log/postgresql/postgresql-${CUSTODY_PG_VERSION}-${CUSTODY_PG_CLUSTER}.log"
  if [[ -r $f ]]; then
    pg_log "last lines of $f:"
    tail -n 30 "$f" >&2 || true
  fi
}

# Start the cluster (fine if it is already running) and wait until it accepts TCP connections.
pg_start() {
  if _pg_root pg_ctlcluster "${CUSTODY_PG_VERSION}" "${CUSTODY_PG_CLUSTER}" status >/dev/null 2>&1; then
    pg_log "cluster already running"
  else
    pg_log "starting cluster"
    if ! _pg_root pg_ctlcluster "${CUSTODY_PG_VERSION}" "${CUSTODY_PG_CLUSTER}" start; then
      # A concurrent start may have won the race: only a cluster that is still down is an error.
      if ! _pg_root pg_ctlcluster "${CUSTODY_PG_VERSION}" "${CUSTODY_PG_CLUSTER}" status >/dev/null 2>&1; then
        pg_log "ERROR: pg_ctlcluster start failed"
        _pg_log_tail
        return 1
      fi
    fi
  fi
  local waited=0
  until pg_isready -q -h 127.0.0.1 -p "${CUSTODY_PG_PORT}"; do
    if (( waited >= CUSTODY_PG_WAIT )); then
      pg_log "ERROR: PostgreSQL not ready on 127.0.0.1:${CUSTODY_PG_PORT} after ${CUSTODY_PG_WAIT} s"
      _pg_log_tail
      return 1
    fi
    sleep 1
    waited=$((waited + 1))
  done
  pg_log "ready on 127.0.0.1:${CUSTODY_PG_PORT} (waited ${waited} s)"
}

# Password logins over TCP from 127.0.0.1 need a host line in pg_hba.conf. Debian's default has
# "host all all 127.0.0.1/32 scram-sha-256"; add it (first, so it wins) only when no such line exists.
pg_ensure_hba() {
  local hba
  hba=$(_pg_psql_super -At -c 'SHOW hba_file') || hba=""
  if [[ -z $hba ]]; then
    pg_log "ERROR: cannot read hba_file as the postgres superuser"
    return 1
  fi
  if _pg_root grep -Eq '^[[:space:]]*host[[:space:]]+all[[:space:]]+all[[:space:]]+127\.0\.0\.1/32[[:space:]]+(scram-sha-256|md5)([[:space:]]|$)' "$hba"; then
    return 0
  fi
  pg_log "adding a scram-sha-256 line for 127.0.0.1/32 to $hba"
  _pg_root sed -i '0,/^[[:space:]]*[^#[:space:]]/s//host    all             all             127.0.0.1\/32            scram-sha-256\n&/' "$hba" || return 1
  _pg_psql_super -c 'SELECT pg_reload_conf()' >/dev/null || return 1
}

# Create the role (or reset its password) and the database owned by it. Idempotent.
pg_create_db() {
  pg_log "ensuring role ${CUSTODY_PG_USER} and database ${CUSTODY_PG_DB}"
  _pg_psql_super -v "role=${CUSTODY_PG_USER}" -v "pw=${CUSTODY_PG_PASSWORD}" \
                 -v "db=${CUSTODY_PG_DB}" -v "recreate=${CUSTODY_PG_RECREATE}" <<'SQL'
SET client_min_messages = warning;
SELECT format('CREATE ROLE %I LOGIN', :'role')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'role') \gexec
-- Reset the password every time, so a role left over from an earlier run still matches.
ALTER ROLE :"role" WITH LOGIN PASSWORD :'pw';
SELECT format('DROP DATABASE IF EXISTS %I WITH (FORCE)', :'db') WHERE :'recreate' = '1' \gexec
SELECT format('CREATE DATABASE %I OWNER %I', :'db', :'role')
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db') \gexec
SELECT format('ALTER DATABASE %I OWNER TO %I', :'db', :'role') \gexec
SQL
}

# Log in the way the application does: password over TCP to 127.0.0.1.
pg_check_login() {
  local one
  one=$(PGPASSWORD="${CUSTODY_PG_PASSWORD}" psql -X -At -h 127.0.0.1 -p "${CUSTODY_PG_PORT}" \
          -U "${CUSTODY_PG_USER}" -d "${CUSTODY_PG_DB}" -c 'select 1') || {
    pg_log "ERROR: cannot log in as ${CUSTODY_PG_USER} to ${CUSTODY_PG_DB} on 127.0.0.1:${CUSTODY_PG_PORT}"
    return 1
  }
  [[ $one == 1 ]] || { pg_log "ERROR: unexpected answer to 'select 1': $one"; return 1; }
  pg_log "login as ${CUSTODY_PG_USER}@127.0.0.1:${CUSTODY_PG_PORT}/${CUSTODY_PG_DB} works"
}

# Everything, in order. Sets CUSTODY_PG_JDBC_URL. Every step checks its own errors (set -e does
# not apply inside a function called from an || or && list), so any failure returns non-zero here.
pg_setup() {
  pg_install || return 1
  pg_select_cluster || return 1
  pg_start || return 1
  pg_ensure_hba || return 1
  pg_create_db || return 1
  pg_check_login || return 1
  CUSTODY_PG_JDBC_URL="jdbc:postgresql://127.0.0.1:${CUSTODY_PG_PORT}/${CUSTODY_PG_DB}"
  export CUSTODY_PG_JDBC_URL
}

# Executed (not sourced): do the whole setup and print the settings to use.
if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
  set -euo pipefail
  pg_setup
  echo "CUSTODY_DB_URL=${CUSTODY_PG_JDBC_URL}"
  echo "CUSTODY_DB_USER=${CUSTODY_PG_USER}"
  echo "CUSTODY_DB_PASSWORD=${CUSTODY_PG_PASSWORD}"
fi
